import { afterEach, describe, expect, it, vi } from 'vitest';
import { connectRecoveryDrafts } from '../../renderer/platform/recovery-drafts.ts';
import { createEditorStore } from '../../renderer/state/editor-store.ts';
import { loadDesign, serializeDesign } from '../../shared/model/load.ts';
import { loadExample } from '../support/designs.ts';

afterEach(() => vi.useRealTimers());

function setup() {
  vi.useFakeTimers();
  const store = createEditorStore(loadExample('low-bandwidth'));
  const drafts: { text: string; fileId: string | null }[] = [];
  const stop = connectRecoveryDrafts(store, { saveRecoveryDraft: (d) => void drafts.push(d) }, 1_000);
  return { store, drafts, stop };
}

describe('recovery drafts from the page', () => {
  it('hands the shell the current design once edits pause', async () => {
    const { store, drafts } = setup();
    store.getState().updateDesign({ name: 'First edit' });
    store.getState().updateDesign({ name: 'Second edit' });
    expect(drafts).toEqual([]);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(drafts).toHaveLength(1);
    expect(loadDesign(drafts[0]!.text).design.name).toBe('Second edit');
    expect(drafts[0]!.text).toBe(serializeDesign(store.getState().doc));
  });

  it('sends nothing while the design is unchanged, or once it is back to its saved state', async () => {
    const { store, drafts } = setup();
    await vi.advanceTimersByTimeAsync(5_000);
    store.getState().updateDesign({ name: 'Edited' });
    store.getState().undo();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(drafts).toEqual([]);
  });

  it('does nothing in the web edition, whose platform has no drafts', () => {
    const store = createEditorStore(loadExample('low-bandwidth'));
    const subscribe = vi.spyOn(store, 'subscribe');
    connectRecoveryDrafts(store, {});
    expect(subscribe).not.toHaveBeenCalled();
  });

  it('stops when disconnected', async () => {
    const { store, drafts, stop } = setup();
    store.getState().updateDesign({ name: 'Edited' });
    stop();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(drafts).toEqual([]);
  });
});
