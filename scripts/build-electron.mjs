#!/usr/bin/env node
/**
 * Builds the desktop shell's two bundles with Vite (Rolldown) into dist/electron/:
 *   main.cjs    the main process: electron/main.ts with shared/ and zod bundled in;
 *               Node built-ins and `electron` stay external.
 *   preload.cjs the preload: one self-contained CommonJS file that requires only `electron`,
 *               as a sandboxed preload must (no Node, no other modules, no ESM).
 * The renderer is built separately (`npm run web` / vite build into dist-web/).
 */
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--out-dir <folder>` lets the tests build somewhere of their own.
const outArg = process.argv.indexOf('--out-dir');
const outDir =
  outArg > 0 && process.argv[outArg + 1]
    ? path.resolve(process.argv[outArg + 1])
    : path.join(root, 'dist', 'electron');
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** @param {{ entry: string, fileName: string, external: string[], emptyOutDir: boolean }} bundle */
async function bundle({ entry, fileName, external, emptyOutDir }) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      outDir,
      emptyOutDir,
      target: 'node22',
      minify: false,
      sourcemap: true,
      reportCompressedSize: false,
      ssr: true,
      lib: { entry: path.join(root, entry), formats: ['cjs'], fileName: () => fileName },
      rolldownOptions: { external, output: { codeSplitting: false } },
    },
    ssr: { noExternal: true, target: 'node' },
  });
}

await bundle({
  entry: 'electron/main.ts',
  fileName: 'main.cjs',
  external: ['electron', ...nodeBuiltins],
  emptyOutDir: true,
});
// Only `electron` may be required in a sandboxed preload; a Node built-in sneaking in would fail at run time.
await bundle({
  entry: 'electron/preload.ts',
  fileName: 'preload.cjs',
  external: ['electron'],
  emptyOutDir: false,
});
process.stdout.write(
  `desktop shell built: ${path.relative(process.cwd(), outDir) || '.'}/main.cjs, preload.cjs\n`,
);
