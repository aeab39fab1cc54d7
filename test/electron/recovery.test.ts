import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DraftAutosaver, RecoveryStore, recoveryFolder } from '../../electron/recovery.ts';
import { loadExample } from '../support/designs.ts';

let userData: string;
beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'pctopo-userdata-'));
});
afterEach(() => {
  vi.useRealTimers();
  rmSync(userData, { recursive: true, force: true });
});

const SESSION_A = '11111111-1111-4111-8111-111111111111';
const SESSION_B = '22222222-2222-4222-8222-222222222222';

describe('recovery drafts', () => {
  it('live in <userData>/recovery', () => {
    expect(recoveryFolder(userData)).toBe(join(userData, 'recovery'));
  });

  it('offers the draft of a crashed session at the next start, with the unsaved design intact', async () => {
    const folder = recoveryFolder(userData);
    const edited = loadExample('reference-high-bandwidth');
    edited.design.name = 'Contoso chat, edited before the crash';
    // The first session writes a draft and then "crashes": it never discards it.
    await new RecoveryStore(folder, SESSION_A).save(
      edited,
      'C:\\Designs\\contoso.pctopo',
      new Date('2025-03-01T10:00:00Z'),
    );

    const next = new RecoveryStore(folder, SESSION_B);
    const drafts = await next.listOrphans();
    expect(drafts).toHaveLength(1);
    expect(drafts[0]).toMatchObject({
      sessionId: SESSION_A,
      designPath: 'C:\\Designs\\contoso.pctopo',
      savedAt: new Date('2025-03-01T10:00:00Z'),
    });
    expect(drafts[0]?.document).toEqual(edited);
  });

  it('does not offer the running session its own draft', async () => {
    const store = new RecoveryStore(recoveryFolder(userData), SESSION_A);
    await store.save(loadExample('low-bandwidth'), null);
    expect(await store.listOrphans()).toEqual([]);
  });

  it('leaves nothing behind after a normal save or exit', async () => {
    const store = new RecoveryStore(recoveryFolder(userData), SESSION_A);
    await store.save(loadExample('low-bandwidth'), null);
    await store.discard();
    expect(readdirSync(recoveryFolder(userData))).toEqual([]);
    expect(await new RecoveryStore(recoveryFolder(userData)).listOrphans()).toEqual([]);
  });

  it('lists several crashed sessions newest first', async () => {
    const folder = recoveryFolder(userData);
    await new RecoveryStore(folder, SESSION_A).save(
      loadExample('low-bandwidth'),
      null,
      new Date('2025-01-01T00:00:00Z'),
    );
    await new RecoveryStore(folder, SESSION_B).save(
      loadExample('broken'),
      null,
      new Date('2025-02-01T00:00:00Z'),
    );
    const drafts = await new RecoveryStore(folder).listOrphans();
    expect(drafts.map((d) => d.sessionId)).toEqual([SESSION_B, SESSION_A]);
  });

  it('sets a damaged draft aside instead of offering it or failing', async () => {
    const folder = recoveryFolder(userData);
    mkdirSync(folder, { recursive: true });
    writeFileSync(
      join(folder, `draft-${SESSION_A}.json`),
      '{"kind":"pctopo-recovery-draft","version":1,"sav',
    );
    expect(await new RecoveryStore(folder).listOrphans()).toEqual([]);
    expect(readdirSync(folder)).toEqual([`draft-${SESSION_A}.json.damaged`]);
  });

  it('keeps protecting a restored draft until the planner saves', async () => {
    const folder = recoveryFolder(userData);
    await new RecoveryStore(folder, SESSION_A).save(loadExample('low-bandwidth'), null);
    const next = new RecoveryStore(folder, SESSION_B);
    const [draft] = await next.listOrphans();
    await next.adopt(draft!);
    expect(next.draftFile).toBe(join(folder, `draft-${SESSION_A}.json`));
    expect(existsSync(next.draftFile)).toBe(true);
    await next.discard();
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('draft autosave timing', () => {
  function fakeStore() {
    return { save: vi.fn(async () => undefined), discard: vi.fn(async () => undefined) };
  }

  it('writes the latest design once the planner pauses', async () => {
    vi.useFakeTimers();
    const store = fakeStore();
    const saver = new DraftAutosaver(store, { quietMs: 2_000, maxWaitMs: 15_000 });
    const first = loadExample('low-bandwidth');
    const second = loadExample('reference-high-bandwidth');
    saver.edited(first, null);
    await vi.advanceTimersByTimeAsync(1_000);
    saver.edited(second, '/d/x.pctopo');
    await vi.advanceTimersByTimeAsync(1_999);
    expect(store.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(store.save).toHaveBeenCalledTimes(1);
    expect(store.save).toHaveBeenCalledWith(second, '/d/x.pctopo');
  });

  it('still writes during continuous editing, at most maxWait apart', async () => {
    vi.useFakeTimers();
    const store = fakeStore();
    const saver = new DraftAutosaver(store, { quietMs: 2_000, maxWaitMs: 10_000 });
    for (let t = 0; t < 12_000; t += 500) {
      saver.edited(loadExample('low-bandwidth'), null);
      await vi.advanceTimersByTimeAsync(500);
    }
    expect(store.save).toHaveBeenCalledTimes(1);
  });

  it('removes the draft and forgets pending edits when the design is saved', async () => {
    vi.useFakeTimers();
    const store = fakeStore();
    const saver = new DraftAutosaver(store);
    saver.edited(loadExample('low-bandwidth'), null);
    await saver.clean();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(store.save).not.toHaveBeenCalled();
    expect(store.discard).toHaveBeenCalledTimes(1);
  });

  it('reports a failed draft write without throwing at the editor', async () => {
    const errors: unknown[] = [];
    const saver = new DraftAutosaver(
      { save: async () => Promise.reject(new Error('disk full')), discard: async () => undefined },
      { onError: (e) => errors.push(e) },
    );
    saver.edited(loadExample('low-bandwidth'), null);
    await saver.flush();
    expect(errors).toHaveLength(1);
  });
});
