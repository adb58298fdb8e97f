// Post-build step for the gateway: writes file.gz next to every text file of a build folder, so nginx
// (`gzip_static on`) sends the precompressed copy at the best level instead of compressing on each
// request. Idempotent: a .gz with its file's modification time is kept. Types: precompress.d.mts.
import { readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { constants, gzipSync } from "node:zlib";

/** What nginx gzips on the fly too (gzip_types in deploy/nginx/gateway.conf.template). */
export const PRECOMPRESSED_EXTENSIONS = [".html", ".js", ".mjs", ".css", ".json", ".map", ".txt", ".svg", ".xml", ".webmanifest"];

/**
 * @param {string} dir the build folder
 * @param {{ minSize?: number }} [options] smaller files are left alone (the gzip header outweighs the gain)
 * @returns {{ files: number, bytes: number, gzipBytes: number }} what was written or kept
 */
export function precompress(dir, { minSize = 512 } = {}) {
  const total = { files: 0, bytes: 0, gzipBytes: 0 };
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && PRECOMPRESSED_EXTENSIONS.includes(extname(entry.name).toLowerCase())) one(path);
    }
  };
  const one = (path) => {
    const st = statSync(path);
    const gz = `${path}.gz`;
    const old = statSync(gz, { throwIfNoEntry: false });
    if (st.size < minSize) {
      if (old) rmSync(gz);
      return;
    }
    if (old && old.mtimeMs === st.mtimeMs) {
      total.files += 1;
      total.bytes += st.size;
      total.gzipBytes += old.size;
      return;
    }
    const packed = gzipSync(readFileSync(path), { level: constants.Z_BEST_COMPRESSION });
    if (packed.length >= st.size) {
      if (old) rmSync(gz);
      return;
    }
    writeFileSync(gz, packed);
    utimesSync(gz, st.atime, st.mtime); // same Last-Modified whichever copy nginx sends
    total.files += 1;
    total.bytes += st.size;
    total.gzipBytes += packed.length;
  };
  walk(dir);
  return total;
}
