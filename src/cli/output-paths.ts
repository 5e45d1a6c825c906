/**
 * The preflight every csc-report command runs on its outputs before writing a byte: each
 * output path is resolved to what it really names (through symbolic links, symlinked
 * folders, "./x" or "a/../x" spellings) and compared by identity (device and inode for a
 * file that exists, real folder and name for one that does not) with the input and with the
 * other outputs. Spelling is never trusted: a hard link has another name but the same inode.
 */
import { basename, dirname, join, resolve } from "node:path";
import { reason } from "./io";
import type { FileStat, OutputFs, Owner } from "./output-fs";

/** A file a command names, with how the user named it ("-o", "--html", "the input"). */
export interface NamedPath {
  /** The option or role, as messages show it: "-o", "--html", "the output", "the input". */
  readonly label: string;
  readonly path: string;
}

/** A refusal or failure about one named file; its message names it. Exit code 2. */
export class OutputError extends Error {
  constructor(
    readonly file: NamedPath,
    message: string,
  ) {
    super(message);
    this.name = "OutputError";
  }
}

/** `-o "out.xlsx"`: how messages name a file. */
export function named(f: NamedPath): string {
  return `${f.label} "${f.path}"`;
}

/** What a path names: an existing file (by inode) or a name not yet taken in a real folder. */
export type Identity =
  | { readonly kind: "file"; readonly dev: number; readonly ino: number }
  | { readonly kind: "new"; readonly dir: string; readonly name: string };

/** An output after preflight: where the bytes will really go. */
export interface PlannedOutput {
  readonly file: NamedPath;
  readonly id: Identity;
  /** The real path written (a symbolic link's target; the link itself stays). */
  readonly real: string;
  /** The file exists and will be replaced (only with force). */
  readonly exists: boolean;
  /** The replaced file's permissions, which the new file keeps (undefined for a new file). */
  readonly mode: number | undefined;
  /** The replaced file's owner and group, which the new file keeps where allowed. */
  readonly owner: Owner | undefined;
}

const code = (e: unknown): unknown => (e as { code?: unknown } | null)?.code;
const missing = (e: unknown): boolean => code(e) === "ENOENT" || code(e) === "ENOTDIR";

async function statOrMissing(get: () => Promise<FileStat>): Promise<FileStat | undefined> {
  try {
    return await get();
  } catch (e) {
    if (missing(e)) return undefined;
    throw e;
  }
}

/**
 * What `path` names, or undefined when neither it nor its folder exists.
 * @throws the fs error when the path cannot be examined (permission, a loop of links).
 */
export async function identify(fs: OutputFs, path: string): Promise<Identity | undefined> {
  const st = await statOrMissing(() => fs.stat(path));
  if (st) return { kind: "file", dev: st.dev, ino: st.ino };
  try {
    return { kind: "new", dir: await fs.realpath(dirname(resolve(path))), name: basename(path) };
  } catch (e) {
    if (missing(e)) return undefined;
    throw e;
  }
}

/**
 * Whether two identities are one file. Names not yet taken compare folded to one case in a
 * folder known to be case-insensitive (macOS and Windows volumes by default), where
 * "Report.xlsx" and "report.xlsx" are the same file.
 */
export function sameFile(a: Identity, b: Identity, caseInsensitiveDirs: ReadonlySet<string> = new Set()): boolean {
  if (a.kind === "file" && b.kind === "file") return a.dev === b.dev && a.ino === b.ino;
  if (a.kind === "new" && b.kind === "new" && a.dir === b.dir) {
    if (a.name === b.name) return true;
    return caseInsensitiveDirs.has(a.dir) && a.name.toLowerCase() === b.name.toLowerCase();
  }
  return false;
}

/**
 * Folders whose names stand for devices, processes and their open files rather than files:
 * `/dev/stdout` is a link to `/proc/self/fd/1`, which is a link to whatever stdout was
 * redirected to, so "replacing" it would replace that file. Outputs there are refused by name,
 * before any link is followed (proc(5): /proc/[pid]/fd; macOS: fdesc(5) /dev/fd).
 */
const SPECIAL_FOLDERS = ["/dev", "/proc", "/sys"] as const;

/** The special folder `path` lies in (as typed, and as its links lead), or undefined. */
async function specialFolder(fs: OutputFs, absolute: string): Promise<string | undefined> {
  const within = (p: string) => SPECIAL_FOLDERS.find((f) => p === f || p.startsWith(`${f}/`));
  let path = absolute;
  // Follow the chain of links by hand (at most 40, as the kernel does), checking each step.
  for (let step = 0; step < 40; step++) {
    const hit = within(path);
    if (hit) return hit;
    const st = await statOrMissing(() => fs.lstat(path));
    if (!st?.isSymbolicLink()) return undefined;
    path = resolve(dirname(path), await fs.readlink(path));
  }
  return undefined;
}

/** Inspects one output: refuses a folder, a device, a dangling link, a missing or unwritable folder. */
async function planOutput(fs: OutputFs, file: NamedPath): Promise<PlannedOutput> {
  const refuse = (why: string): never => {
    throw new OutputError(file, `${named(file)} ${why}`);
  };
  if (file.path === "") refuse("is empty: give a file name");
  const absolute = resolve(file.path);
  try {
    const special = process.platform === "win32" ? undefined : await specialFolder(fs, absolute);
    if (special)
      refuse(
        `names a device or a process's open file (in ${special}), not a file; give a file path such as report.xlsx`,
      );
    const link = await statOrMissing(() => fs.lstat(absolute));
    const st = link && (await statOrMissing(() => fs.stat(absolute)));
    if (link && !st) refuse("is a symbolic link to a file that does not exist; give the file itself");
    if (st?.isDirectory()) refuse("is a folder, not a file");
    if (st && !st.isFile()) refuse("is not a regular file (a device, pipe or socket); give a file path");
    // The real path: for an existing file through every link; for a new one, the real folder.
    const folder = dirname(absolute);
    const real = st ? await fs.realpath(absolute) : join(await realFolder(fs, folder, refuse), basename(absolute));
    try {
      await fs.writable(dirname(real));
    } catch (e) {
      refuse(`cannot be written: the folder "${dirname(real)}" is not writable (${reason(e)})`);
    }
    const id: Identity = st
      ? { kind: "file", dev: st.dev, ino: st.ino }
      : { kind: "new", dir: dirname(real), name: basename(real) };
    return {
      file,
      id,
      real,
      exists: st !== undefined,
      mode: st ? st.mode & 0o777 : undefined,
      owner: st ? { uid: st.uid, gid: st.gid } : undefined,
    };
  } catch (e) {
    if (e instanceof OutputError) throw e;
    return refuse(`cannot be checked: ${reason(e)}`);
  }
}

async function realFolder(fs: OutputFs, folder: string, refuse: (why: string) => never): Promise<string> {
  const st = await statOrMissing(() => fs.stat(folder));
  if (!st) return refuse(`cannot be written: the folder "${folder}" does not exist`);
  if (!st.isDirectory()) return refuse(`cannot be written: "${folder}" is not a folder`);
  return fs.realpath(folder);
}

/** Options of {@link preflight}. */
export interface PreflightOptions {
  /** Existing outputs may be replaced. */
  readonly force?: boolean;
  /** Folders found case-insensitive (by the write step's probe). */
  readonly caseInsensitiveDirs?: ReadonlySet<string>;
}

/**
 * Checks every output before anything is written: each one is a file (or a new name) in a
 * writable folder, no two of input and outputs are the same file, and none exists unless
 * `force`. Errors come in that order, so the gravest is the one reported.
 * @param input the file the command reads (undefined for commands that read none).
 * @returns the outputs in order, with where each really goes.
 * @throws {OutputError} naming the first output refused.
 */
export async function preflight(
  fs: OutputFs,
  input: NamedPath | undefined,
  outputs: readonly NamedPath[],
  options: PreflightOptions = {},
): Promise<PlannedOutput[]> {
  const planned: PlannedOutput[] = [];
  for (const o of outputs) planned.push(await planOutput(fs, o));
  let inputId: Identity | undefined;
  try {
    inputId = input && (await identify(fs, input.path));
  } catch {
    inputId = undefined; // an input that cannot be examined cannot be read either: the read says why
  }
  const dirs = options.caseInsensitiveDirs;
  planned.forEach((p, i) => {
    if (input && inputId && sameFile(p.id, inputId, dirs))
      throw new OutputError(
        p.file,
        `${named(p.file)} is the same file as ${named(input)}: give another ${p.file.label} so the input stays as it was`,
      );
    const twin = planned.slice(0, i).find((q) => sameFile(p.id, q.id, dirs));
    if (twin)
      throw new OutputError(
        p.file,
        `${named(p.file)} is the same file as ${named(twin.file)}: give each output its own file`,
      );
  });
  // Last, so a clash with the input is reported as such even when the input (of course) exists.
  const existing = options.force ? undefined : planned.find((p) => p.exists);
  if (existing)
    throw new OutputError(existing.file, `${named(existing.file)} already exists; use --force to replace it`);
  return planned;
}
