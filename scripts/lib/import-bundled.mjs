// Import TypeScript sources in a Node script: bundle them with esbuild into a temporary ES module,
// import it, and remove the file. Used by the eval, training and classifier-bench scripts, which
// all run the core from source rather than from a build.
import { build } from 'esbuild';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Bundle `entry` (an entry file, or `{ contents, resolveDir }` for generated re-exports) and import
 * the result. Platform-neutral: the core must not need Node.
 */
export async function importBundled(entry) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'claimlens-import-'));
  const outfile = path.join(dir, 'bundle.mjs');
  await build({
    ...(typeof entry === 'string' ? { entryPoints: [entry] } : { stdin: { ...entry, loader: 'ts' } }),
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    outfile,
    logLevel: 'warning',
  });
  try {
    return await import(pathToFileURL(outfile).href);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
