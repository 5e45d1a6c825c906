/** Where the CLI writes: injected so tests run it in-process. Each call writes one line. */
import { terminalSafe } from "./terminal";

export interface Io {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

/** The same Io with every line made safe for a terminal ({@link terminalSafe}). */
export function safeIo(io: Io): Io {
  return { stdout: (l) => io.stdout(terminalSafe(l)), stderr: (l) => io.stderr(terminalSafe(l)) };
}

/**
 * A line writer on a process stream that goes quiet once the stream fails: when the reader
 * of a pipe goes away (`csc-report validate x.xlsx | head`), Node reports EPIPE as an
 * 'error' event, which unhandled would crash the process with a stack trace. The command
 * then runs on to its own exit code, its remaining output dropped.
 */
function streamLines(stream: NodeJS.WriteStream, onError: (e: Error) => void): (line: string) => void {
  let open = true;
  stream.on("error", (e: Error) => {
    if (!open) return;
    open = false;
    onError(e);
  });
  return (line) => {
    if (open) stream.write(`${line}\n`);
  };
}

let processStreams: Io | undefined;

/** The process's own streams (made once, as it listens on them). */
export function processIo(): Io {
  if (!processStreams) {
    const stderr = streamLines(process.stderr, () => undefined);
    const stdout = streamLines(process.stdout, (e) => {
      // A closed pipe is the reader's choice (head, less quitting): nothing to say.
      if ((e as { code?: unknown }).code !== "EPIPE")
        stderr(`csc-report: cannot write to standard output: ${reason(e)}`);
    });
    processStreams = { stdout, stderr };
  }
  return processStreams;
}

const REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file",
  EISDIR: "it is a folder, not a file",
  ENOTDIR: "a part of the path is not a folder",
  EACCES: "permission denied",
  EPERM: "permission denied",
  ENOSPC: "the disk is full",
  EDQUOT: "the disk quota is used up",
  EFBIG: "the file is larger than this process may write (file size limit)",
  EROFS: "the disk is read-only",
  EIO: "the disk reported an input/output error",
  ENAMETOOLONG: "the name is too long",
  ELOOP: "too many symbolic links (a loop?)",
  EBUSY: "the file is in use (open in Excel?)",
};

/** A one-line reason for a failure, without a stack trace. */
export function reason(e: unknown): string {
  // Duck-typed: errors from Node's fs may come from another realm (Jest's VM), failing instanceof.
  if (typeof e === "object" && e !== null && typeof (e as { message?: unknown }).message === "string") {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string" && REASONS[code]) return REASONS[code];
    const message = (e as { message: string }).message;
    return message.split("\n")[0] ?? "unknown error";
  }
  return String(e);
}
