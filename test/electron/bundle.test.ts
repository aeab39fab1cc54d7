/**
 * The built bundles themselves: the preload must run in Electron's sandbox, where `require`
 * knows only `electron` (and a few polyfills) and there is no Node, no ESM and no file access.
 */
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { desktopApiMethods } from './support/designer-api.ts';
import { projectRoot } from '../support/designs.ts';

let out: string;
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'pctopo-bundle-'));
  execFileSync(process.execPath, ['scripts/build-electron.mjs', '--out-dir', out], {
    cwd: projectRoot,
    stdio: 'pipe',
  });
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

function requiredModules(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1]!))].sort();
}

describe('the preload bundle', () => {
  it('requires nothing but electron and has no ES module syntax', () => {
    const code = readFileSync(join(out, 'preload.cjs'), 'utf8');
    expect(requiredModules(code)).toEqual(['electron']);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
    const withoutComments = code.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    expect(withoutComments).not.toMatch(/import\.meta|\bprocess\.|__dirname/);
  });

  it('exposes exactly window.pchatDesigner when run the way a sandboxed preload runs', () => {
    const exposed: Record<string, any> = {};
    const listening: string[] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: {
        invoke: async () => ({ ok: true, value: null }),
        send: () => undefined,
        on: (channel: string) => listening.push(channel),
      },
    };
    const sandbox = {
      require: (name: string) => {
        if (name !== 'electron') throw new Error(`module not found: ${name}`);
        return electron;
      },
      module: { exports: {} },
      exports: {},
      document: { activeElement: null },
    };
    runInNewContext(readFileSync(join(out, 'preload.cjs'), 'utf8'), sandbox);
    expect(Object.keys(exposed)).toEqual(['pchatDesigner']);
    expect(Object.keys(exposed.pchatDesigner).sort()).toEqual(desktopApiMethods);
    expect(listening.sort()).toEqual(['pchat:command', 'pchat:open-file']);
  });
});

describe('the main bundle', () => {
  it('is CommonJS requiring only electron and Node built-ins (shared/ and zod are inside)', () => {
    const code = readFileSync(join(out, 'main.cjs'), 'utf8');
    const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
    expect(requiredModules(code).filter((m) => m !== 'electron' && !builtins.has(m))).toEqual([]);
    expect(code).not.toMatch(/^\s*(import|export)\s/m);
  });
});
