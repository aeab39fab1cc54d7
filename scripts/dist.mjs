#!/usr/bin/env node
/**
 * `npm run dist`: builds the renderer and the desktop shell, then the installers for this
 * platform with electron-builder (electron-builder.yml): Windows nsis + portable, Linux
 * AppImage + deb, macOS dmg. Extra arguments go to electron-builder (`npm run dist -- --win`).
 *
 * electron-builder downloads the Electron build for the target and its packaging tools
 * (NSIS, AppImage, fpm) from GitHub on first use. Without network that would fail slowly or
 * hang, so this script first checks that GitHub answers (or that electron-builder's caches
 * are filled) and otherwise stops at once with a message saying so. electron-builder itself
 * runs under a watchdog: ten minutes without any output stops it.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { npmCommand, projectRoot, runWithTimeout } from './desktop-tools.mjs';

const SILENCE_LIMIT_MS = 10 * 60_000;
const builderArgs = process.argv.slice(2);

function fail(message) {
  process.stderr.write(`npm run dist: ${message}\n`);
  process.exit(1);
}

function cacheDirs() {
  const home = os.homedir();
  if (process.platform === 'win32') {
    const local = process.env.LOCALAPPDATA ?? path.join(home, 'AppData', 'Local');
    return {
      electron: path.join(local, 'electron', 'Cache'),
      builder: path.join(local, 'electron-builder', 'Cache'),
    };
  }
  const base =
    process.platform === 'darwin'
      ? path.join(home, 'Library', 'Caches')
      : (process.env.XDG_CACHE_HOME ?? path.join(home, '.cache'));
  return {
    electron: process.env.ELECTRON_CACHE ?? path.join(base, 'electron'),
    builder: process.env.ELECTRON_BUILDER_CACHE ?? path.join(base, 'electron-builder'),
  };
}

function hasFiles(dir) {
  try {
    return readdirSync(dir).length > 0;
  } catch {
    return false;
  }
}

async function githubAnswers() {
  try {
    const res = await fetch('https://github.com/electron/electron/releases', {
      method: 'HEAD',
      signal: AbortSignal.timeout(10_000),
    });
    return res.status < 500;
  } catch {
    return false;
  }
}

async function step(label, command, args) {
  process.stdout.write(`${label}…\n`);
  const result = await runWithTimeout(command, args, { timeoutMs: 10 * 60_000 });
  if (result.code !== 0) {
    process.stderr.write(result.output);
    fail(`${label} failed${result.timedOut ? ' (timed out)' : ''}.`);
  }
}

await step('Building the renderer', ...npmCommand('build:web'));
await step('Building the desktop shell', process.execPath, ['scripts/build-electron.mjs']);
if (!existsSync(path.join(projectRoot, 'dist-web', 'index.html')))
  fail('the renderer build produced no dist-web/index.html.');

const caches = cacheDirs();
if (!(hasFiles(caches.electron) && hasFiles(caches.builder)) && !(await githubAnswers())) {
  fail(
    'electron-builder must download Electron and its packaging tools (NSIS, AppImage, fpm) from GitHub, ' +
      'and github.com cannot be reached from this machine. Run it where there is network, ' +
      `or fill the caches ${caches.electron} and ${caches.builder} first. Nothing was packaged.`,
  );
}

process.stdout.write('Packaging with electron-builder…\n');
const cli = path.join(projectRoot, 'node_modules', 'electron-builder', 'cli.js');
const child = spawn(
  process.execPath,
  [cli, '--config', 'electron-builder.yml', '--publish', 'never', ...builderArgs],
  {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
let watchdog;
const feed = () => {
  clearTimeout(watchdog);
  watchdog = setTimeout(() => {
    child.kill('SIGKILL');
    fail(
      `electron-builder printed nothing for ${SILENCE_LIMIT_MS / 60_000} minutes (a download stuck?) and was stopped.`,
    );
  }, SILENCE_LIMIT_MS);
};
feed();
child.stdout.on('data', (d) => {
  feed();
  process.stdout.write(d);
});
child.stderr.on('data', (d) => {
  feed();
  process.stderr.write(d);
});
child.on('exit', (code) => {
  clearTimeout(watchdog);
  if (code !== 0) fail(`electron-builder failed (exit ${code}); see its output above.`);
  process.stdout.write(`Installers written to ${path.join(projectRoot, 'release')}\n`);
});
