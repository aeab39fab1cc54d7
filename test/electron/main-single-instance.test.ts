import { describe, expect, it, vi } from 'vitest';
import { fake } from './support/fake-electron.ts';

vi.mock('electron', async () => (await import('./support/fake-electron.ts')).fake.electron);

describe('a second copy of the designer', () => {
  it('quits at once without a window when another copy holds the single-instance lock', async () => {
    fake.state.lock = false;
    await import('../../electron/main.ts');
    fake.state.readyResolve();
    await new Promise((r) => setTimeout(r, 20));
    expect(fake.calls).toContain('quit');
    expect(fake.windows).toEqual([]);
    expect(fake.electron.app.listeners.has('second-instance')).toBe(false);
  });
});
