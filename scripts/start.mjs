#!/usr/bin/env node
/**
 * `npm start`: builds the designer and opens the desktop program, which starts with the
 * reference design. Where the Electron binary cannot be had (it is fetched on first use and
 * this machine may have no network), it says so in one line and serves the web edition
 * instead (the `web` script of package.json), printing its local URL.
 *
 *   npm start              desktop program, or the web edition as a fallback
 *   npm start -- --web     the web edition, without trying Electron
 * PCHAT_START_NO_DOWNLOAD=1 skips the attempt to fetch a missing Electron binary.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import {
  electronRuns,
  findElectronBinary,
  npmCommand,
  projectRoot,
  runWithTimeout,
  tryDownloadElectron,
} from './desktop-tools.mjs';

const DOWNLOAD_TIMEOUT_MS = 60_000;
const forceWeb = process.argv.includes('--web');

function say(line) {
  process.stdout.write(`${line}\n`);
}

/** Runs `npm run <script>` in a process group of its own, so stopping it stops the server npm started. */
function npmRun(script, stdio) {
  const [command, args] = npmCommand(script);
  return spawn(command, args, {
    cwd: projectRoot,
    stdio,
    shell: command === 'npm.cmd',
    detached: process.platform !== 'win32',
  });
}

function stopTree(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  if (process.platform === 'win32') {
    spawn('taskkill', ['/pid', String(child.pid), '/T', '/F'], { stdio: 'ignore' });
    return;
  }
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function build([command, args], label) {
  const result = await runWithTimeout(command, args, { timeoutMs: 5 * 60_000 });
  if (result.code !== 0) {
    process.stderr.write(result.output);
    say(`npm start: ${label} failed${result.timedOut ? ' (timed out)' : ''}.`);
    process.exit(1);
  }
}

/** Why the desktop program cannot run here, or null when it can. */
async function desktopUnavailable() {
  let found = findElectronBinary();
  if (found.code === 'not-downloaded') {
    if (process.env.PCHAT_START_NO_DOWNLOAD === '1') return `${found.missing} (fetching it was switched off)`;
    if (await tryDownloadElectron({ timeoutMs: DOWNLOAD_TIMEOUT_MS })) found = findElectronBinary();
    else return `${found.missing} and could not be fetched (no network?)`;
  }
  if (!('path' in found)) return found.missing;
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'there is no display to show a window on (DISPLAY is not set)';
  }
  if (!(await electronRuns(found.path))) return `the Electron binary at ${found.path} does not start`;
  return null;
}

function forwardSignals(child, stop = (signal) => child.exitCode === null && child.kill(signal)) {
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(signal));
}

async function startDesktop() {
  // The same renderer build as the web edition (the canvas's `build:web` script).
  await build(npmCommand('build:web'), 'building the renderer');
  const { path: binary } = findElectronBinary();
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  say(`Starting the desktop program (${path.relative(projectRoot, binary)})…`);
  const child = spawn(binary, [projectRoot], { cwd: projectRoot, env, stdio: 'inherit' });
  forwardSignals(child);
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

function startWeb() {
  let output = '';
  let announced = false;
  const child = npmRun('web', ['ignore', 'pipe', 'pipe']);
  forwardSignals(child, (signal) => stopTree(child, signal));
  const watch = (chunk) => {
    output += chunk;
    // Vite prints "Local:   http://127.0.0.1:4173/" (with colour codes) once it listens.
    // eslint-disable-next-line no-control-regex
    const plain = output.replace(/\u001b\[[0-9;]*m/g, '');
    const url = /Local:\s+(https?:\/\/\S+)/.exec(plain)?.[1];
    if (url && !announced) {
      announced = true;
      say(`Web edition: ${url}  (Ctrl+C stops it)`);
    }
  };
  child.stdout.on('data', watch);
  child.stderr.on('data', watch);
  child.on('exit', (code, signal) => {
    if (!announced) {
      process.stderr.write(output);
      say('npm start: the web edition did not start (see above).');
    }
    process.exit(code ?? (signal ? 0 : 1));
  });
}

await build([process.execPath, ['scripts/build-electron.mjs']], 'building the desktop shell');
const reason = forceWeb ? 'the web edition was asked for' : await desktopUnavailable();
if (reason === null) {
  await startDesktop();
} else {
  say(`Desktop program not started: ${reason}; serving the web edition instead.`);
  startWeb();
}
