import { spawn } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promises as fsp } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serializeDesign } from '../../shared/model/load.ts';
import {
  looksLikeXml,
  readDesignFile,
  withDesignExtension,
  writeDesignFile,
  writeTextFile,
} from '../../electron/files/design-files.ts';
import { removeStaleTempFiles } from '../../electron/files/atomic-write.ts';
import { describeProblem } from '../../electron/files/file-problems.ts';
import { examplesDir, loadExample, projectRoot } from '../support/designs.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pctopo-files-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const reference = () => loadExample('reference-high-bandwidth');
const lowBandwidth = () => loadExample('low-bandwidth');

function otherFilesIn(folder: string, ...expected: string[]): string[] {
  return readdirSync(folder).filter((n) => !expected.includes(n));
}

describe('saving a design', () => {
  it('writes the design so that it opens again unchanged', async () => {
    const file = join(dir, 'site.pctopo');
    expect(await writeDesignFile(file, reference())).toEqual({ ok: true, value: undefined });
    const read = await readDesignFile(file);
    expect(read).toEqual({ ok: true, value: reference() });
    expect(otherFilesIn(dir, 'site.pctopo')).toEqual([]);
  });

  it('keeps the previous version as <name>.pctopo.bak', async () => {
    const file = join(dir, 'site.pctopo');
    await writeDesignFile(file, reference());
    await writeDesignFile(file, lowBandwidth());
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(serializeDesign(reference()));
    expect(readFileSync(file, 'utf8')).toBe(serializeDesign(lowBandwidth()));
  });

  it('leaves the target intact when the save dies between writing and renaming', async () => {
    const file = join(dir, 'site.pctopo');
    await writeDesignFile(file, reference());
    const before = readFileSync(file, 'utf8');

    const result = await writeDesignFile(file, lowBandwidth(), {
      beforeReplace: () => {
        throw new Error('simulated crash');
      },
    });

    expect(result.ok).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(before);
    // The half-finished temporary file is cleaned up; the backup already holds the old version too.
    expect(otherFilesIn(dir, 'site.pctopo', 'site.pctopo.bak')).toEqual([]);
  });

  it('removes its temporary file when writing it fails halfway (a full disk), and reports the problem', async () => {
    const file = join(dir, 'site.pctopo');
    await writeDesignFile(file, reference());
    const before = readFileSync(file, 'utf8');
    const realOpen = fsp.open.bind(fsp);
    const spy = vi.spyOn(fsp, 'open').mockImplementation(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await realOpen(...args);
      if (String(args[0]).endsWith('.tmp')) {
        handle.writeFile = async () => {
          throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
        };
      }
      return handle;
    });
    try {
      const result = await writeDesignFile(file, lowBandwidth());
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.kind).toBe('disk-full');
    } finally {
      spy.mockRestore();
    }
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(otherFilesIn(dir, 'site.pctopo', 'site.pctopo.bak')).toEqual([]);
  });

  it('returns a problem, never throws, for a design that cannot be written as JSON', async () => {
    const file = join(dir, 'site.pctopo');
    const doc = reference() as any;
    doc.preservedTopology = { loop: {} };
    doc.preservedTopology.loop.self = doc.preservedTopology;
    const result = await writeDesignFile(file, doc);
    expect(result.ok).toBe(false);
    expect(existsSync(file)).toBe(false);
  });

  it('leaves the target intact when the saving process is killed halfway (SIGKILL)', async () => {
    const file = join(dir, 'site.pctopo');
    writeFileSync(file, serializeDesign(reference()));
    const before = readFileSync(file, 'utf8');

    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        join(import.meta.dirname, 'fixtures', 'save-then-hang.ts'),
        file,
        join(examplesDir, 'low-bandwidth.pctopo'),
      ],
      { cwd: projectRoot, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const tempPath = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const match = /^written (.+)$/m.exec(out);
        if (match?.[1]) resolve(match[1]);
      });
      child.on('exit', (code) => reject(new Error(`child exited early (${code}): ${stderr}`)));
    });
    // The new design is fully on disk in the temporary file when the process dies.
    expect(readFileSync(tempPath, 'utf8')).toBe(serializeDesign(lowBandwidth()));
    const exited = new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(await readDesignFile(file)).toEqual({ ok: true, value: reference() });

    // The next save succeeds and, once the leftover is old enough, sweeps it away.
    expect((await writeDesignFile(file, lowBandwidth())).ok).toBe(true);
    expect(existsSync(tempPath)).toBe(true);
    expect(await removeStaleTempFiles(file, 0)).toBe(1);
    expect(otherFilesIn(dir, 'site.pctopo', 'site.pctopo.bak')).toEqual([]);
  }, 20_000);

  it('refuses to replace a read-only file and says so, leaving it untouched', async () => {
    const file = join(dir, 'locked-down.pctopo');
    writeFileSync(file, serializeDesign(reference()));
    chmodSync(file, 0o444);
    try {
      const result = await writeDesignFile(file, lowBandwidth());
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.problem.kind).toBe('read-only');
      expect(describeProblem(result.problem, 'en')).toBe(
        '“locked-down.pctopo” is read-only, so it was not replaced. Use Save As to save a copy elsewhere.',
      );
      expect(describeProblem(result.problem, 'es')).toContain('de solo lectura');
      expect(readFileSync(file, 'utf8')).toBe(serializeDesign(reference()));
      expect(otherFilesIn(dir, 'locked-down.pctopo')).toEqual([]);
    } finally {
      chmodSync(file, 0o644);
    }
  });

  it('reports a folder that vanished before the save', async () => {
    const gone = join(dir, 'gone');
    const result = await writeDesignFile(join(gone, 'site.pctopo'), reference());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.kind).toBe('vanished');
    expect(describeProblem(result.problem, 'en')).toContain(`The folder ${gone} no longer exists`);
  });

  it('keeps the permissions of the file it replaces', async () => {
    const file = join(dir, 'shared.pctopo');
    writeFileSync(file, serializeDesign(reference()), { mode: 0o640 });
    chmodSync(file, 0o640);
    await writeDesignFile(file, lowBandwidth());
    const { statSync } = await import('node:fs');
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('writes exports atomically without a backup', async () => {
    const file = join(dir, 'topology.xml');
    await writeTextFile(file, '<a/>', { backup: false });
    await writeTextFile(file, '<b/>', { backup: false });
    expect(readFileSync(file, 'utf8')).toBe('<b/>');
    expect(otherFilesIn(dir, 'topology.xml')).toEqual([]);
  });

  it('adds the .pctopo extension a save dialog left off', () => {
    expect(withDesignExtension('/home/p/site')).toBe('/home/p/site.pctopo');
    expect(withDesignExtension('C:\\Designs\\Site.PCTOPO')).toBe('C:\\Designs\\Site.PCTOPO');
  });
});

describe('opening a design', () => {
  it('refuses a corrupted file with the loader message and the file name', async () => {
    const file = join(dir, 'half.pctopo');
    const text = serializeDesign(reference());
    writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
    const result = await readDesignFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.kind).toBe('corrupted');
    expect(describeProblem(result.problem, 'en')).toMatch(
      /^“half\.pctopo” is damaged or is not a Persistent Chat design\. The file is not valid JSON \(/,
    );
  });

  it('refuses a file whose content breaks the schema, naming the JSON path', async () => {
    const file = join(dir, 'bad-state.pctopo');
    const raw = JSON.parse(serializeDesign(reference())) as any;
    raw.design.servers[0].state = 'standby';
    writeFileSync(file, JSON.stringify(raw));
    const result = await readDesignFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(describeProblem(result.problem, 'en')).toContain(
      'at design.servers[0].state: expected "active" or "idle", got "standby"',
    );
  });

  it('reports a file that vanished', async () => {
    const result = await readDesignFile(join(dir, 'moved.pctopo'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem.kind).toBe('vanished');
    expect(describeProblem(result.problem, 'en')).toBe(
      `“moved.pctopo” cannot be found at ${dir}. It may have been moved, renamed or deleted, or its drive disconnected.`,
    );
  });

  it('reports a folder given as a design', async () => {
    const result = await readDesignFile(dir);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.kind).toBe('not-a-file');
  });
});

describe('telling a topology document from a design by its bytes', () => {
  it.each([
    ['UTF-8 XML', Buffer.from('<?xml version="1.0"?><Topology/>')],
    ['UTF-8 XML with a BOM and a blank line', Buffer.from('\uFEFF\r\n<Topology/>')],
    ['UTF-16 LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<T/>', 'utf16le')])],
    ['UTF-16 LE without a BOM', Buffer.from('<T/>', 'utf16le')],
  ])('reads %s as XML', (_what, bytes) => {
    expect(looksLikeXml(bytes)).toBe(true);
  });

  it('reads JSON as a design', () => {
    expect(looksLikeXml(Buffer.from('\uFEFF{"formatVersion":1}'))).toBe(false);
  });
});
