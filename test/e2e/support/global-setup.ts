/**
 * Builds the web edition into dist-web/ and serves it on a free port of 127.0.0.1 for the
 * whole e2e run. Without Chromium there is nothing to drive: the build is skipped and the tests
 * report themselves skipped, saying why.
 */
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
  // The config file sets its own root (renderer/) and output (dist-web/).
  await build({ configFile: `${root}/vite.config.ts`, logLevel: 'warn', mode: 'production' });
  const server: PreviewServer = await preview({
    configFile: `${root}/vite.config.ts`,
    logLevel: 'warn',
    preview: { port: 0, host: '127.0.0.1', strictPort: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no local URL');
  console.log(`e2e: built and serving the web edition at ${url} (${Date.now() - started} ms)`);
  project.provide('webUrl', url);
  return async () => {
    await server.close();
  };
}
