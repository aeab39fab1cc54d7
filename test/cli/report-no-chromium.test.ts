import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type * as Chromium from '../../cli/chromium.ts';
import { runCli } from '../support/cli.ts';
import { examplesDir } from '../support/designs.ts';

// A machine without Chromium: the lookup finds nothing wherever it looks.
vi.mock('../../cli/chromium.ts', async (original) => ({
  ...(await original<typeof Chromium>()),
  chromiumPath: () => null,
}));

describe('pchat-topology report --pdf without Chromium', () => {
  it('says why in one line, exits 2 and writes neither file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pchat-report-'));
    const html = join(dir, 'report.html');
    const pdf = join(dir, 'report.pdf');
    const r = await runCli(
      'report',
      join(examplesDir, 'reference-high-bandwidth.pctopo'),
      '-o',
      html,
      '--pdf',
      pdf,
    );
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('--pdf needs Chromium and none was found');
    expect(existsSync(pdf)).toBe(false);
    expect(existsSync(html)).toBe(false);
  });
});
