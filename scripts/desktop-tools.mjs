/**
 * Helpers for the desktop scripts (start.mjs, dist.mjs) and the Playwright smoke suite.
 *
 * Finds the Electron executable that `npm install electron` would use, WITHOUT requiring the
 * `electron` package: since Electron 42 requiring it downloads the binary on the spot, which
 * on a machine without network fails (or, behind a silent proxy, hangs). Used by `npm start`
 * and the Playwright smoke suite.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function electronPackageDir(root) {
  try {
    return path.dirname(createRequire(path.join(root, 'package.json')).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

const executableFor = {
  darwin: 'Electron.app/Contents/MacOS/Electron',
  linux: 'electron',
  win32: 'electron.exe',
};

/**
 * `{ path, version }` when the binary is on disk, else `{ missing, code }` saying why
 * (code: 'not-installed', 'no-build' or 'not-downloaded').
 * ELECTRON_OVERRIDE_DIST_PATH (a folder holding an unpacked Electron) is honoured, as the
 * electron package itself does.
 */
export function findElectronBinary({
  root = projectRoot,
  env = process.env,
  platform = process.platform,
} = {}) {
  const pkgDir = electronPackageDir(root);
  if (!pkgDir)
    return { missing: 'the electron package is not installed (run npm install)', code: 'not-installed' };
  const version = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
  const relative = executableFor[platform];
  if (!relative) return { missing: `Electron has no build for ${platform}`, code: 'no-build' };
  const candidate = env.ELECTRON_OVERRIDE_DIST_PATH
    ? path.join(env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : path.join(pkgDir, 'dist', relative);
  if (!existsSync(candidate)) {
    return {
      missing: `the Electron ${version} binary has not been downloaded`,
      code: 'not-downloaded',
      version,
    };
  }
  return { path: candidate, version };
}

/** Runs a command with a deadline; the whole process group goes when time is up. */
export function runWithTimeout(command, args, { timeoutMs, env = process.env, cwd = projectRoot } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: process.platform !== 'win32',
      windowsHide: true,
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      try {
        if (process.platform === 'win32') child.kill();
        else process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
      resolve({ code: null, timedOut: true, output });
    }, timeoutMs);
    child.on('error', (err) => {
      clearTimeout(timer);
      resolve({ code: null, timedOut: false, output: String(err) });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, timedOut: false, output });
    });
  });
}

/** Whether the binary starts at all (missing system libraries show up here), within a deadline. */
export async function electronRuns(binary, timeoutMs = 20_000) {
  const result = await runWithTimeout(binary, ['--version'], {
    timeoutMs,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  });
  return result.code === 0;
}

/** Asks the electron package to fetch its binary, giving up after `timeoutMs`. */
export async function tryDownloadElectron({ root = projectRoot, timeoutMs = 60_000 } = {}) {
  const pkgDir = electronPackageDir(root);
  if (!pkgDir) return false;
  const result = await runWithTimeout(process.execPath, [path.join(pkgDir, 'install.js')], {
    timeoutMs,
    cwd: root,
  });
  return result.code === 0 && 'path' in findElectronBinary({ root });
}

/** `npm run <script>` as [command, args]; inside an npm script, npm_execpath is npm's own CLI. */
export function npmCommand(script) {
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.(c?js|mjs)$/.test(npmCli)) return [process.execPath, [npmCli, 'run', '--silent', script]];
  return [process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', '--silent', script]];
}
