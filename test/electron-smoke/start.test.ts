/**
 * `npm start` on a machine where the Electron binary cannot be had: one line says so, the web
 * edition is served, and its URL is printed. The binary is made "missing" on purpose
 * (an empty ELECTRON_OVERRIDE_DIST_PATH), so this runs the same everywhere.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../scripts/desktop-tools.mjs';

const emptyDist = mkdtempSync(join(tmpdir(), 'pctopo-no-electron-'));
afterAll(() => rmSync(emptyDist, { recursive: true, force: true }));

describe('npm start without an Electron binary', () => {
  it('says so in one line, serves the web edition and prints its local URL', async () => {
    const child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: projectRoot,
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: emptyDist, PCHAT_START_NO_DOWNLOAD: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stderr.on('data', (d) => (out += d));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (d) => {
          out += d;
          const match = /^Web edition: (http:\/\/\S+)/m.exec(out);
          if (match?.[1]) resolve(match[1]);
        });
        child.on('exit', (code) => reject(new Error(`start.mjs exited (${code}):\n${out}`)));
      });
      const lines = out.trim().split('\n');
      expect(lines).toHaveLength(2);
      expect(lines[0]).toMatch(
        /^Desktop program not started: the Electron \d+\.\d+\.\d+ binary has not been downloaded .*; serving the web edition instead\.$/,
      );
      expect(url).toMatch(/^http:\/\/(127\.0\.0\.1|localhost):\d+\/$/);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root"></div>');
    } finally {
      const exited = new Promise((r) => child.on('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  }, 120_000);
});
