/**
 * The file-system calls the CLI's output module makes, as one narrow seam: the default is
 * Node's fs; tests pass a wrapper that fails a chosen call (disk full, permission, a rename
 * that fails half way) to check that nothing is lost when the real disk cannot be made to.
 */
import { constants } from "node:fs";
import * as fsp from "node:fs/promises";

/** What the output module reads from a stat (Node's Stats has all of it). */
export interface FileStat {
  readonly dev: number;
  readonly ino: number;
  readonly mode: number;
  readonly uid: number;
  readonly gid: number;
  isFile(): boolean;
  isDirectory(): boolean;
  isSymbolicLink(): boolean;
}

/** The calls the output module makes; every one may reject with a Node error (`code`). */
export interface OutputFs {
  /** stat(2): follows symbolic links. */
  readonly stat: (path: string) => Promise<FileStat>;
  /** lstat(2): the link itself. */
  readonly lstat: (path: string) => Promise<FileStat>;
  readonly realpath: (path: string) => Promise<string>;
  /** readlink(2): where a symbolic link points, as written in it. */
  readonly readlink: (path: string) => Promise<string>;
  /** Rejects when the folder may not be written (W_OK | X_OK). */
  readonly writable: (dir: string) => Promise<void>;
  /**
   * Creates `path`, failing if it exists (O_EXCL, so a planted link is never followed),
   * writes all of `data`, flushes it to the disk (fsync) and closes it. With `mode` (the
   * permissions of the file it will replace) the file gets exactly those; without, the
   * usual rw for all less the umask. With `owner` (the replaced file's) the file is given to
   * that owner and group where the system allows (see {@link keepOwner}).
   */
  readonly writeNew: (path: string, data: Uint8Array | string, mode?: number, owner?: Owner) => Promise<void>;
  readonly rename: (from: string, to: string) => Promise<void>;
  /** link(2): fails with EEXIST when `to` exists, which makes it a rename that never replaces. */
  readonly link: (from: string, to: string) => Promise<void>;
  /** A copy that fails when `to` exists (for file systems without hard links). */
  readonly copyNew: (from: string, to: string) => Promise<void>;
  readonly unlink: (path: string) => Promise<void>;
  /** fsync of a folder, so a rename in it survives a power cut; a no-op where unsupported. */
  readonly syncDir: (dir: string) => Promise<void>;
}

/** A file's owner and group, kept when a replacement is written. */
export interface Owner {
  readonly uid: number;
  readonly gid: number;
}

/**
 * Gives the new file the replaced file's owner and group where chown(2) allows it: root may
 * give any owner; anyone may give a group they belong to. Otherwise the file stays the
 * writer's own, as with any program that saves by renaming (the README says so).
 */
async function keepOwner(handle: fsp.FileHandle, owner: Owner): Promise<void> {
  const uid = typeof process.getuid === "function" ? process.getuid() : undefined;
  if (uid === undefined) return; // Windows: no POSIX owners
  try {
    await handle.chown(owner.uid, owner.gid);
  } catch {
    await handle.chown(uid, owner.gid).catch(() => undefined); // at least the group, if ours
  }
}

async function writeNew(path: string, data: Uint8Array | string, mode?: number, owner?: Owner): Promise<void> {
  const handle = await fsp.open(path, "wx", 0o666);
  try {
    await handle.writeFile(data);
    // chown first: it may clear set-id bits that the chmod below puts back exactly.
    if (owner) await keepOwner(handle, owner);
    // open()'s mode passes through the umask; a replacement keeps the replaced file's mode exactly.
    if (mode !== undefined) await handle.chmod(mode);
    await handle.sync();
  } finally {
    // A close error (NFS reports deferred write errors here) fails the write too.
    await handle.close();
  }
}

async function syncDir(dir: string): Promise<void> {
  let handle;
  try {
    handle = await fsp.open(dir, "r");
    await handle.sync();
  } catch {
    // Windows cannot open a folder, and some file systems refuse fsync on one (EINVAL):
    // the data itself was flushed; only the rename's durability is left to the OS.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/** Node's own file system. */
export const nodeFs: OutputFs = {
  stat: (p) => fsp.stat(p),
  lstat: (p) => fsp.lstat(p),
  realpath: (p) => fsp.realpath(p),
  readlink: (p) => fsp.readlink(p),
  writable: (d) => fsp.access(d, constants.W_OK | constants.X_OK),
  writeNew,
  rename: (a, b) => fsp.rename(a, b),
  link: (a, b) => fsp.link(a, b),
  copyNew: (a, b) => fsp.copyFile(a, b, constants.COPYFILE_EXCL),
  unlink: (p) => fsp.unlink(p),
  syncDir,
};
