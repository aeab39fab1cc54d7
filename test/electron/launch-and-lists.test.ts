import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { designPathFromArgv } from '../../electron/argv.ts';
import { FileTokens } from '../../electron/files/file-tokens.ts';
import { readProblem, writeProblem, describeProblem } from '../../electron/files/file-problems.ts';
import { MAX_RECENT, RecentFiles } from '../../electron/recent.ts';
import { localeFromSystem } from '../../electron/strings.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pctopo-lists-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('a design named on the command line', () => {
  const packaged = { isPackaged: true, cwd: '/home/planner' };

  it('is found in a packaged app double-click (Windows passes the path after the exe)', () => {
    expect(designPathFromArgv(['C:\\Program Files\\PChat\\pchat.exe', '/srv/Contoso.pctopo'], packaged)).toBe(
      '/srv/Contoso.pctopo',
    );
  });

  it('skips the app path of `electron .` and resolves a relative path against the caller folder', () => {
    expect(
      designPathFromArgv(['electron', '.', 'designs/Site.PCTOPO'], { isPackaged: false, cwd: '/work' }),
    ).toBe(resolve('/work', 'designs/Site.PCTOPO'));
  });

  it('ignores switches Chromium and the OS add, and files that are not designs', () => {
    const argv = ['pchat', '--allow-file-access-from-files', '-psn_0_12345', '--inspect=9229', 'notes.txt'];
    expect(designPathFromArgv(argv, packaged)).toBeNull();
    expect(designPathFromArgv(['pchat', '--open=evil.pctopo'], packaged)).toBeNull();
  });

  it('accepts the file:// URLs some Linux desktops pass', () => {
    const file = join(dir, 'From Files.pctopo');
    expect(designPathFromArgv(['pchat', pathToFileURL(file).href], packaged)).toBe(file);
  });

  it('takes the second instance argv relative to the second instance folder', () => {
    expect(designPathFromArgv(['pchat', 'b.pctopo'], { isPackaged: true, cwd: '/other' })).toBe(
      '/other/b.pctopo',
    );
  });
});

describe('the recent list', () => {
  it('keeps the most recent first, each file once, at most ten, across restarts', async () => {
    const store = join(dir, 'recent.json');
    const recent = new RecentFiles(store, 'win32');
    for (let i = 0; i < 12; i++) await recent.add(`C:\\d\\${i}.pctopo`);
    await recent.add('c:\\D\\3.PCTOPO');
    expect(recent.list).toHaveLength(MAX_RECENT);
    expect(recent.list[0]).toMatch(/3\.PCTOPO$/i);
    expect(recent.list.filter((f) => /\\3\.pctopo$/i.test(f))).toHaveLength(1);
    const again = new RecentFiles(store, 'win32');
    await again.load();
    expect(again.list).toEqual(recent.list);
  });

  it('starts empty from a damaged list instead of failing', async () => {
    const store = join(dir, 'recent.json');
    writeFileSync(store, '{"version":1,"files":[42');
    const recent = new RecentFiles(store);
    await recent.load();
    expect(recent.list).toEqual([]);
    await recent.add(join(dir, 'a.pctopo'));
    expect(JSON.parse(readFileSync(store, 'utf8'))).toEqual({ version: 1, files: [join(dir, 'a.pctopo')] });
  });
});

describe('file tokens', () => {
  it('gives the page an opaque token per file and never accepts anything else', () => {
    const tokens = new FileTokens('win32');
    const a = tokens.issue('C:\\Designs\\A.pctopo');
    expect(a).toMatch(/^[0-9a-f]{32}$/);
    expect(tokens.issue('c:\\designs\\a.PCTOPO')).toBe(a);
    expect(tokens.pathOf(a)).toBe(resolve('c:\\designs\\a.PCTOPO'));
    expect(tokens.pathOf('C:\\Designs\\A.pctopo')).toBeNull();
    expect(tokens.pathOf('0'.repeat(32))).toBeNull();
    expect(tokens.pathOf(null)).toBeNull();
  });
});

describe('how file problems are told apart', () => {
  const errno = (code: string) => Object.assign(new Error(code), { code });

  it('calls a Windows sharing violation on open a lock', () => {
    const p = readProblem('/d/Site.pctopo', errno('EBUSY'));
    expect(p.kind).toBe('locked');
    expect(describeProblem(p, 'en')).toBe(
      '“Site.pctopo” is locked by another program. Close it there and try again.',
    );
  });

  it('calls a refused read a permission problem', () => {
    expect(readProblem('/d/Site.pctopo', errno('EACCES')).kind).toBe('no-permission');
  });

  it('calls EPERM on a writable file held open on Windows a lock, and elsewhere a permission problem', async () => {
    const file = join(dir, 'Site.pctopo');
    writeFileSync(file, '{}');
    expect((await writeProblem(file, errno('EPERM'), 'win32')).kind).toBe('locked');
    expect((await writeProblem(file, errno('EPERM'), 'linux')).kind).toBe('no-permission');
  });

  it('reports a full disk and a read-only drive', async () => {
    expect((await writeProblem('/d/a.pctopo', errno('ENOSPC'))).kind).toBe('disk-full');
    expect((await writeProblem('/d/a.pctopo', errno('EROFS'))).kind).toBe('read-only');
  });
});

describe('the language of the shell', () => {
  it('follows the system locale: Spanish for any Spanish variant, English otherwise', () => {
    expect(localeFromSystem('es-419')).toBe('es');
    expect(localeFromSystem('ES')).toBe('es');
    expect(localeFromSystem('en-GB')).toBe('en');
    expect(localeFromSystem('de-DE')).toBe('en');
  });
});
