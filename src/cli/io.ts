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
  if (e instanceof Error) {
    const code = (e as { code?: unknown }).code;
    if (code === "ENOENT") return "no such file";
    if (code === "EISDIR") return "it is a folder, not a file";
    if (code === "EACCES") return "permission denied";
    if (/^File not found/.test(e.message)) return "no such file"; // ExcelJS's own check
    if (/zip|central directory|end of data/i.test(e.message))
      return "not an .xlsx workbook (is it .xls, .csv or damaged?)";
    return e.message.split("\n")[0] ?? "unknown error";
  }
  return String(e);
}
