/**
 * The return's inputs on disk: files and folders (a folder's files, not its subfolders, in name
 * order; hidden files skipped), each opened for reading only and streamed as UTF-8 text chunks.
 */
import { createReadStream } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { basename, join } from "node:path";
import type { ReturnSource } from "../core/returns";
import { reason } from "./io";

/** The files named by the arguments, or a message saying which cannot be read. */
export async function returnFiles(paths: readonly string[]): Promise<{ files: string[] } | { error: string }> {
  const files: string[] = [];
  for (const p of paths) {
    try {
      const s = await stat(p);
      if (s.isDirectory()) {
        const names = (await readdir(p)).filter((n) => !n.startsWith(".")).sort();
        for (const n of names) if ((await stat(join(p, n))).isFile()) files.push(join(p, n));
      } else files.push(p);
    } catch (e) {
      return { error: `cannot read the input "${p}": ${reason(e)}` };
    }
  }
  if (files.length === 0) return { error: `no files in ${paths.map((p) => `"${p}"`).join(", ")}` };
  return { files };
}

/** A file as a source: its name (without the folder) and its text in chunks. */
export function fileSource(path: string): ReturnSource {
  return { name: basename(path), chunks: createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 16 }) };
}
