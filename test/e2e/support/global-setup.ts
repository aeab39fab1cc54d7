/**
 * Builds the web edition (as `npm run build:web` does) and serves it on a free port of 127.0.0.1 for the
 * whole e2e run. Without Chromium there is nothing to drive: the build is skipped and the tests
 * report themselves skipped, saying why.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PreviewServer } from 'vite';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The served web edition, such as http://127.0.0.1:41234/; empty when the suite cannot run. */
    webUrl: string;
    chromium: string;
  }
}

const root = fileURLToPath(new URL('../../..', import.meta.url));

export default async function setup(project: TestProject) {
  const chromium = chromiumPath();
  project.provide('chromium', chromium ?? '');
  if (!chromium) {
    project.provide('webUrl', '');
    return;
  }
  const started = Date.now();
  // The same build as `npm run build:web`, but into a folder of its own: a build of dist-web/
  // running at the same time (another checkout task, `npm run web`) must not pull files from
  // under the server while the tests load them.
  const outDir = mkdtempSync(join(tmpdir(), 'pchat-web-e2e-'));
  const configFile = `${root}/vite.config.ts`;
  await build({ configFile, logLevel: 'warn', mode: 'production', build: { outDir, emptyOutDir: true } });
  const server: PreviewServer = await preview({
    configFile,
    logLevel: 'warn',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no local URL');
  console.log(`e2e: built and serving the web edition at ${url} (${Date.now() - started} ms)`);
  project.provide('webUrl', url);
  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
