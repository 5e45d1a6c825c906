/** Where the CLI writes: injected so tests run it in-process. Each call writes one line. */
export interface Io {
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

/** The process's own streams. */
export const processIo: Io = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

/** A one-line reason for a failure, without a stack trace. */
export function reason(e: unknown): string {
  // Duck-typed: errors from Node's fs may come from another realm (Jest's VM), failing instanceof.
  if (typeof e === "object" && e !== null && typeof (e as { message?: unknown }).message === "string") {
    const code = (e as { code?: unknown }).code;
    if (code === "ENOENT") return "no such file";
    if (code === "EISDIR") return "it is a folder, not a file";
    if (code === "EACCES") return "permission denied";
    const message = (e as { message: string }).message;
    return message.split("\n")[0] ?? "unknown error";
  }
  return String(e);
}
