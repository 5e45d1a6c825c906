/**
 * How every csc-report command writes its files: all or nothing, never over the input, and
 * never leaving a half-written file.
 *
 * 1. Preflight ({@link preflight}): every output is checked and compared with the input and
 *    with the others by identity before a byte is written.
 * 2. Each output's bytes go to a temporary file beside it (same folder, so the rename below
 *    stays on one file system), created exclusively and flushed to the disk (fsync).
 * 3. The preflight runs again, right before the files are put in place, so a link planted
 *    meanwhile is still caught.
 * 4. Each temporary is renamed over its target (atomic: a reader sees the old file or the new,
 *    never a mix), a new target by link(2), which refuses a file that appeared meanwhile.
 *    When one of several fails, the ones already placed are put back from hard-link backups.
 *    Then the folders are flushed.
 * Any failure removes the temporaries, leaves every previous file as it was, and is thrown
 * as an {@link OutputError} naming the file. On Ctrl-C or a kill, the command's signal
 * handler removes the temporaries ({@link removeTemporariesNow}); a signal that arrives while
 * the renames of step 4 are under way waits for them ({@link afterCommit}), so a set of
 * outputs is never left half old and half new. A crash that runs no handler (power cut,
 * kill -9) can leave one temporary, named `.NAME.csc-report-PID-XXXXXX.tmp` beside the
 * output so it is easy to spot.
 */
import { randomBytes } from "node:crypto";
import { unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { reason } from "./io";
import { nodeFs, type OutputFs } from "./output-fs";
import { OutputError, named, preflight, type NamedPath, type PlannedOutput } from "./output-paths";

export { OutputError, type NamedPath } from "./output-paths";
export { nodeFs, type OutputFs } from "./output-fs";

/** One output and its content: bytes as they go to the disk, or text written as UTF-8. */
export interface OutputFile extends NamedPath {
  readonly data: Uint8Array | string;
}

/** Options of {@link writeOutputs} and {@link checkOutputs}. */
export interface WriteOptions {
  /** Replace outputs that exist (otherwise they are refused). */
  readonly force?: boolean;
  /** The file system (tests inject failures). */
  readonly fs?: OutputFs;
  /** Called after the temporaries are written, before they are put in place (a test hook). */
  readonly beforeCommit?: () => Promise<void>;
  /** Called after the first of several outputs is put in place, before the next (a test hook). */
  readonly betweenRenames?: () => Promise<void>;
}

/** The part of a leftover's name that marks it as ours. */
export const LEFTOVER_MARK = ".csc-report-";

/**
 * The first whole characters of `name` that fit in `bytes` bytes of UTF-8. File systems limit a
 * name to 255 bytes, not characters: 120 characters of a Welsh or Chinese name can be 360 bytes,
 * and cutting UTF-16 units could split a character in two.
 */
export function cutToBytes(name: string, bytes: number): string {
  let used = 0;
  let out = "";
  for (const ch of name) {
    used += Buffer.byteLength(ch, "utf8");
    if (used > bytes) break;
    out += ch;
  }
  return out;
}

/** A hidden name beside `target`: `.report.xlsx.csc-report-1234-a1b2c3.tmp`. */
function besideName(target: string, suffix: "tmp" | "bak"): string {
  // Keep the whole name within the 255-byte limit of common file systems: 120 bytes of the
  // output's name, and at most about 45 of ours.
  const name = cutToBytes(basename(target), 120);
  return join(dirname(target), `.${name}${LEFTOVER_MARK}${process.pid}-${randomBytes(3).toString("hex")}.${suffix}`);
}

/** The temporaries of writes under way, for {@link removeTemporariesNow}. */
const live = new Set<string>();

/**
 * Removes the temporaries of writes under way, synchronously: for a signal handler just
 * before the process ends (bin/csc-report.js). The previous files are untouched; a backup
 * made during a commit is left, as it may be the only copy of a previous file.
 */
export function removeTemporariesNow(): void {
  for (const t of live) {
    try {
      unlinkSync(t);
    } catch {
      // gone already, or a seam's path: nothing to do
    }
  }
  live.clear();
}

/** Commits under way (step 4), and what to run once none is. */
let committing = 0;
const waitingForCommit: (() => void)[] = [];

/**
 * Runs `then` now, or, while outputs are being put in place, once that is finished (put in
 * place, or put back after a failure). The signal handler ends the process through it: the
 * renames take milliseconds, and ending between two of them would leave the new report
 * beside the old deck.
 */
export function afterCommit(then: () => void): void {
  if (committing === 0) then();
  else waitingForCommit.push(then);
}

/** Whether something waits for the commit under way (a signal came): test pauses end early. */
export function commitAwaited(): boolean {
  return waitingForCommit.length > 0;
}

/** Removes a leftover, best effort: a failure here must not hide the error being reported. */
const remove = (fs: OutputFs, path: string): Promise<void> => fs.unlink(path).catch(() => undefined);

/**
 * Checks the outputs as {@link writeOutputs} will, without writing: commands call it before
 * their slow work so a bad path is refused at once.
 * @throws {OutputError} naming the first output refused.
 */
export async function checkOutputs(
  input: NamedPath | undefined,
  outputs: readonly NamedPath[],
  options: WriteOptions = {},
): Promise<void> {
  await preflight(options.fs ?? nodeFs, input, outputs, options);
}

/**
 * Writes every output, or none: see the module comment for the steps.
 * @param input the file the command read, which no output may be.
 * @throws {OutputError} naming the output refused or that failed; nothing was changed.
 */
export async function writeOutputs(
  input: NamedPath | undefined,
  outputs: readonly OutputFile[],
  options: WriteOptions = {},
): Promise<void> {
  const fs = options.fs ?? nodeFs;
  const first = await preflight(fs, input, outputs, options);
  const temps: string[] = [];
  try {
    for (const [i, p] of first.entries()) {
      const temp = besideName(p.real, "tmp");
      temps.push(temp);
      live.add(temp);
      try {
        await fs.writeNew(temp, outputs[i]?.data ?? "", p.mode, p.owner);
      } catch (e) {
        throw failed(p, e);
      }
    }
    await options.beforeCommit?.();
    const caseInsensitiveDirs = await probeCase(fs, temps);
    const last = await preflight(fs, input, outputs, { ...options, caseInsensitiveDirs });
    last.forEach((p, i) => {
      if (p.real !== first[i]?.real)
        throw new OutputError(p.file, `${named(p.file)} changed while it was being written; nothing was written`);
    });
    committing++;
    try {
      await commit(fs, last, temps, options.betweenRenames);
      for (const dir of new Set(last.map((p) => dirname(p.real)))) await fs.syncDir(dir);
    } finally {
      committing--;
      // Done or put back: a signal that came meanwhile may end the process now.
      if (committing === 0) for (const then of waitingForCommit.splice(0)) then();
    }
  } finally {
    for (const t of temps) {
      await remove(fs, t);
      live.delete(t);
    }
  }
}

/** An OutputError for a failed write, saying what became of the previous files. */
function failed(p: PlannedOutput, e: unknown, unrestored: readonly string[] = []): OutputError {
  const previous = unrestored.length
    ? `; ${unrestored.join("; ")}`
    : p.exists
      ? "; nothing was written and the previous file is unchanged"
      : "; nothing was written";
  return new OutputError(p.file, `cannot write ${named(p.file)}: ${reason(e)}${previous}`);
}

/**
 * The folders where a temporary is also found under another case of its name: those folders
 * are case-insensitive, so outputs there are compared without case.
 */
async function probeCase(fs: OutputFs, temps: readonly string[]): Promise<Set<string>> {
  const dirs = new Set<string>();
  for (const t of temps) {
    const other = join(dirname(t), basename(t).replace(LEFTOVER_MARK, LEFTOVER_MARK.toUpperCase()));
    try {
      const [a, b] = [await fs.stat(t), await fs.stat(other)];
      if (a.dev === b.dev && a.ino === b.ino) dirs.add(await fs.realpath(dirname(t)));
    } catch {
      // not found under the other case: a case-sensitive folder
    }
  }
  return dirs;
}

/** Puts each temporary in place; on a failure, puts back the ones already placed. */
async function commit(
  fs: OutputFs,
  planned: readonly PlannedOutput[],
  temps: readonly string[],
  betweenRenames?: () => Promise<void>,
): Promise<void> {
  const placed: { readonly p: PlannedOutput; readonly backup?: string }[] = [];
  const backups: string[] = [];
  let current: PlannedOutput | undefined;
  try {
    for (const [i, p] of planned.entries()) {
      current = p;
      const temp = temps[i] ?? "";
      // A backup only when a later output could still fail and this one would need putting back.
      const backup = p.exists && i < planned.length - 1 ? await keepCopy(fs, p.real) : undefined;
      if (backup) backups.push(backup);
      if (p.exists) await fs.rename(temp, p.real);
      else await placeNew(fs, temp, p.real);
      placed.push(backup ? { p, backup } : { p });
      if (i < planned.length - 1) await betweenRenames?.();
    }
  } catch (e) {
    const unrestored: string[] = [];
    for (const { p, backup } of placed.reverse()) {
      try {
        if (backup) await fs.rename(backup, p.real);
        else await fs.unlink(p.real);
      } catch {
        if (!backup) unrestored.push(`${named(p.file)} was written and could not be removed`);
        else {
          backups.splice(backups.indexOf(backup), 1); // the only copy of the previous file now
          unrestored.push(`the previous ${named(p.file)} could not be put back and is kept as "${backup}"`);
        }
      }
    }
    throw current ? failed(current, e, unrestored) : e;
  } finally {
    for (const b of backups) await remove(fs, b);
  }
}

/** A hard link to `file` beside it (a copy where links are not supported). */
async function keepCopy(fs: OutputFs, file: string): Promise<string> {
  const backup = besideName(file, "bak");
  try {
    await fs.link(file, backup);
  } catch {
    await fs.copyNew(file, backup);
  }
  return backup;
}

/** Moves `temp` to a `target` that must not exist: link(2) refuses one that appeared meanwhile. */
async function placeNew(fs: OutputFs, temp: string, target: string): Promise<void> {
  try {
    await fs.link(temp, target);
  } catch (e) {
    // No hard links here (FAT, some network shares): check, then rename.
    const exists =
      (e as { code?: unknown }).code === "EEXIST" ||
      (await fs.lstat(target).then(
        () => true,
        () => false,
      ));
    if (exists) throw new Error("another program created the file while csc-report was writing it");
    await fs.rename(temp, target);
    return;
  }
  await fs.unlink(temp).catch(() => undefined); // writeOutputs removes it in any case
}
