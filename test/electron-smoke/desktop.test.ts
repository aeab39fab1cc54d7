/**
 * `npm start`, the renderer under the desktop's security headers, and the real desktop
 * program. All three build dist-web/, so they share this file and run one after the other.
 *
 * Without the Electron binary, `npm start` says so in one line, serves the web edition and
 * prints its URL; the binary is made "missing" on purpose (an empty ELECTRON_OVERRIDE_DIST_PATH),
 * so that test runs the same everywhere.
 *
 * The renderer is then served with exactly the headers the app:// protocol sends (its CSP
 * among them) and loaded in Chromium, where one is installed: it must run without a single
 * CSP violation or console error.
 *
 * The desktop program is driven by Playwright's Electron support. It needs
 * the Electron binary (fetched by the electron package on first use) and, on Linux, a display
 * (xvfb-run on CI). Where either is missing the suite is reported as skipped, saying why;
 * the binary is looked for without requiring the electron package, which would try to
 * download it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron, chromium, type ElectronApplication, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktopApiMethods } from '../electron/support/designer-api.ts';
import { findElectronBinary, npmCommand, projectRoot } from '../../scripts/desktop-tools.mjs';
import { createAppProtocolHandler } from '../../electron/app-protocol.ts';
import { serializeDesign } from '../../shared/model/load.ts';
import { chromiumArgs, chromiumPath } from '../e2e/support/chromium.ts';
import { loadExample } from '../support/designs.ts';

const binary = findElectronBinary();
const noDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const skipReason =
  binary.path === undefined ? binary.missing : noDisplay ? 'no display (DISPLAY is not set)' : null;

const profile = mkdtempSync(join(tmpdir(), 'pctopo-smoke-profile-'));
const emptyDist = mkdtempSync(join(tmpdir(), 'pctopo-no-electron-'));
const files = mkdtempSync(join(tmpdir(), 'pctopo-smoke-files-'));
afterAll(() => {
  for (const dir of [profile, emptyDist, files]) rmSync(dir, { recursive: true, force: true });
});
const env = () => {
  const e: Record<string, string> = {
    ...(process.env as Record<string, string>),
    PCHAT_DESIGNER_USER_DATA: profile,
  };
  delete e.ELECTRON_RUN_AS_NODE;
  return e;
};

async function launch(...extraArgs: string[]): Promise<{ app: ElectronApplication; page: Page }> {
  const app = await _electron.launch({
    executablePath: binary.path!,
    args: [projectRoot, ...extraArgs],
    env: env(),
    timeout: 60_000,
  });
  const page = await app.firstWindow();
  await page.waitForLoadState('domcontentloaded');
  return { app, page };
}

const windowTitle = (app: ElectronApplication) =>
  app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');

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

function buildRenderer(): void {
  const [command, args] = npmCommand('build:web');
  execFileSync(command, args, { cwd: projectRoot, stdio: 'pipe', shell: command === 'npm.cmd' });
}

const browserPath = chromiumPath();

describe.skipIf(browserPath === null)('the renderer under the desktop security headers (in Chromium)', () => {
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    buildRenderer();
    // The app:// handler itself answers, so the page gets exactly the headers the desktop sends.
    const handler = createAppProtocolHandler(join(projectRoot, 'dist-web'));
    server = createServer((req, res) => {
      void handler(new Request(`app://pctopo${req.url ?? '/'}`)).then(async (answer) => {
        res.writeHead(answer.status, Object.fromEntries(answer.headers));
        res.end(Buffer.from(await answer.arrayBuffer()));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 120_000);

  afterAll(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  it('shows the reference design with no CSP violation and no console error', async () => {
    const browser = await chromium.launch({ executablePath: browserPath!, args: chromiumArgs });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
      await page.addInitScript(() =>
        document.addEventListener('securitypolicyviolation', (e) =>
          console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
        ),
      );
      const response = await page.goto(`${origin}/index.html`);
      expect(response?.headers()['content-security-policy']).toMatch(
        /^default-src 'none'; script-src 'self'/,
      );
      await expect.poll(() => page.getByTestId('findings-summary').getAttribute('data-errors')).toBe('0');
      // Styles applied: the canvas has a size, so nothing was refused by style-src.
      const box = await page.locator('.react-flow').boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(200);
      await page.waitForTimeout(300);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 120_000);
});

describe.skipIf(skipReason !== null)(
  `the desktop program${skipReason ? ` (skipped: ${skipReason})` : ''}`,
  () => {
    let app: ElectronApplication;
    let page: Page;

    beforeAll(async () => {
      const [command, args] = npmCommand('build:web');
      execFileSync(command, args, { cwd: projectRoot, stdio: 'pipe', shell: command === 'npm.cmd' });
      execFileSync(process.execPath, ['scripts/build-electron.mjs'], { cwd: projectRoot, stdio: 'pipe' });
      ({ app, page } = await launch());
    }, 180_000);

    afterAll(async () => {
      await app?.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
      rmSync(files, { recursive: true, force: true });
    });

    it('opens one window on app://pctopo showing the reference design with zero errors', async () => {
      expect(page.url()).toBe('app://pctopo/index.html');
      await expect.poll(() => page.getByTestId('findings-summary').getAttribute('data-errors')).toBe('0');
      expect(await windowTitle(app)).toMatch(/ - Persistent Chat Topology Designer$/);
      expect(app.windows()).toHaveLength(1);
    });

    it('gives the page no Node and exactly the designer API', async () => {
      const seen = await page.evaluate(() => ({
        require: typeof (window as any).require,
        process: typeof (window as any).process,
        api: Object.keys((window as any).pchatDesigner ?? {}).sort(),
      }));
      expect(seen.require).toBe('undefined');
      expect(seen.process).toBe('undefined');
      expect(seen.api).toEqual(desktopApiMethods);
    });

    it('blocks inline script (CSP), new windows and navigation', async () => {
      const result = await page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__injected = true';
        document.head.append(s);
        return {
          injected: (window as any).__injected === true,
          opened: window.open('https://example.com') !== null,
        };
      });
      expect(result).toEqual({ injected: false, opened: false });
      await page.evaluate(() => {
        location.href = 'https://example.com/';
      });
      await page.waitForTimeout(500);
      expect(page.url()).toBe('app://pctopo/index.html');
      expect(app.windows()).toHaveLength(1);
    });

    it('saves through the native dialog, atomically, keeping the previous version as .bak', async () => {
      const target = join(files, 'Smoke.pctopo');
      await app.evaluate(({ dialog }, filePath) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
      }, target);
      const first = serializeDesign(loadExample('reference-high-bandwidth'));
      const second = serializeDesign(loadExample('low-bandwidth'));
      const saved = await page.evaluate(
        (text) =>
          (window as any).pchatDesigner.saveDesignAs({ text, suggestedName: 'Smoke.pctopo', fileId: null }),
        first,
      );
      expect(saved).toEqual({ name: 'Smoke.pctopo', fileId: expect.stringMatching(/^[0-9a-f]{32}$/) });
      await page.evaluate(
        ([text, fileId]) =>
          (window as any).pchatDesigner.saveDesign({ text, suggestedName: 'Smoke.pctopo', fileId }),
        [second, saved.fileId] as const,
      );
      expect(readFileSync(target, 'utf8')).toBe(second);
      expect(readFileSync(`${target}.bak`, 'utf8')).toBe(first);
    });

    it('refuses a save to a path the page made up', async () => {
      const error = await page.evaluate(() =>
        (window as any).pchatDesigner
          .saveDesign({ text: '{}', suggestedName: 'x.pctopo', fileId: '/etc/passwd' })
          .then(
            () => null,
            (e: Error) => e.message,
          ),
      );
      expect(error).toMatch(/Refused pchat:save-design/);
    });

    it('asks before closing over unsaved work and stays open on Cancel', async () => {
      await app.evaluate(({ dialog }) => {
        (globalThis as any).__asked = [];
        dialog.showMessageBox = (async (_w: unknown, options: { message: string; cancelId: number }) => {
          (globalThis as any).__asked.push(options.message);
          return { response: options.cancelId, checkboxChecked: false };
        }) as typeof dialog.showMessageBox;
      });
      await page.evaluate(() =>
        (window as any).pchatDesigner.setDocumentState({ name: 'Smoke.pctopo', title: '', modified: true }),
      );
      await expect.poll(() => windowTitle(app)).toBe('*Smoke.pctopo - Persistent Chat Topology Designer');
      await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
      await expect
        .poll(() => app.evaluate(() => (globalThis as any).__asked as string[]))
        .toEqual(['Do you want to save the changes to “Smoke.pctopo” before closing?']);
      expect(app.windows()).toHaveLength(1);
      await page.evaluate(() =>
        (window as any).pchatDesigner.setDocumentState({ name: 'Smoke.pctopo', title: '', modified: false }),
      );
    });

    it('hands a design given to a second copy to the running window, and the second copy quits', async () => {
      const file = join(files, 'Second.pctopo');
      writeFileSync(file, serializeDesign(loadExample('low-bandwidth')));
      const second = spawn(binary.path!, [projectRoot, file], { env: env(), stdio: 'ignore' });
      const code = await new Promise((resolve) => second.on('exit', resolve));
      expect(code).toBe(0);
      await expect
        .poll(() => windowTitle(app), { timeout: 15_000 })
        .toBe('Second.pctopo - Persistent Chat Topology Designer');
    });

    it('opens a design named on the command line at start', async () => {
      await app.close();
      const file = join(files, 'Argv.pctopo');
      writeFileSync(file, serializeDesign(loadExample('reference-high-bandwidth')));
      ({ app, page } = await launch(file));
      await expect
        .poll(() => windowTitle(app), { timeout: 15_000 })
        .toBe('Argv.pctopo - Persistent Chat Topology Designer');
      expect(existsSync(join(profile, 'recent.json'))).toBe(true);
    });
  },
);
