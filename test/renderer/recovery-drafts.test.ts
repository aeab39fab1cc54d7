/**
 * The web edition keeps a recovery draft of unsaved work in the browser and offers it at the
 * next load; it asks before a reload or a closed tab discards unsaved work.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { createDocumentCommands } from '../../renderer/actions/documents.ts';
import { templateDocument } from '../../renderer/model/templates.ts';
import { DRAFT_KEY } from '../../renderer/platform/browser-drafts.ts';
import type { DraftStorage } from '../../renderer/platform/browser-drafts.ts';
import { createBrowserPlatform } from '../../renderer/platform/browser.ts';
import { connectRecoveryDrafts } from '../../renderer/platform/recovery-drafts.ts';
import { createEditorStore } from '../../renderer/state/editor-store.ts';
import { selectModified } from '../../renderer/state/selectors.ts';
import { memoryStorage } from '../support/storage.ts';

const emptyNames = () => ({ design: 'New', dataCenters: ['A', 'B'] as const, lyncSite: 'S' });

/** One visit of the page: a platform on the browser's storage, the store, the commands, the drafts. */
function visit(storage: DraftStorage) {
  let shouldAsk: () => boolean = () => false;
  const platform = createBrowserPlatform({
    fileSystemAccess: null,
    download: () => undefined,
    storage,
    onBeforeUnload: (ask) => (shouldAsk = ask),
  });
  const store = createEditorStore(templateDocument('high-bandwidth'));
  const docs = createDocumentCommands({ store, platform, xml: null, emptyNames });
  const report = () => {
    const s = store.getState();
    platform.setDocumentState({ name: s.file.name, title: 't', modified: selectModified(s) });
  };
  report();
  store.subscribe(report);
  const stop = connectRecoveryDrafts(store, platform, 1_000);
  return { platform, store, docs, stop, leaving: () => shouldAsk() };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the web edition’s recovery draft', () => {
  test('unsaved work is kept a moment after an edit and offered, restored and still unsaved, at the next load', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const first = visit(storage);
    expect(first.platform.draftOffer()).toBeNull();
    first.store.getState().renameDataCenter('dc1', 'Austin');
    expect(storage.items.has(DRAFT_KEY)).toBe(false);
    vi.advanceTimersByTime(1_000);
    expect(storage.items.has(DRAFT_KEY)).toBe(true);
    first.stop();

    const second = visit(storage);
    const offer = second.platform.draftOffer();
    expect(offer?.name).toBe('Contoso stretched Persistent Chat pool (high bandwidth)');
    // Loading the start design does not throw the draft away while the offer waits for an answer.
    expect(storage.items.has(DRAFT_KEY)).toBe(true);
    second.docs.openFile(second.platform.restoreDraft()!);
    const s = second.store.getState();
    expect(s.doc.design.dataCenters[0]!.name).toBe('Austin');
    expect(selectModified(s)).toBe(true);
    expect(s.notice).toMatchObject({ key: 'safety.draftRestored' });
    expect(second.leaving()).toBe(true);
  });

  test('Discard removes the draft; a save removes it too', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    const first = visit(storage);
    first.store.getState().renameDataCenter('dc1', 'Austin');
    vi.advanceTimersByTime(1_000);
    const second = visit(storage);
    second.platform.discardDraft();
    expect(storage.items.has(DRAFT_KEY)).toBe(false);
    expect(visit(storage).platform.draftOffer()).toBeNull();

    const third = visit(storage);
    third.store.getState().renameDataCenter('dc1', 'Austin');
    vi.advanceTimersByTime(1_000);
    expect(storage.items.has(DRAFT_KEY)).toBe(true);
    third.store.getState().markSaved(third.store.getState().doc, { name: 'a.pctopo', fileId: null });
    expect(storage.items.has(DRAFT_KEY)).toBe(false);
  });

  test('a reload right after an edit keeps it: the draft is written when the page goes away', () => {
    const storage = memoryStorage();
    const page = new EventTarget();
    const platform = createBrowserPlatform({ fileSystemAccess: null, download: () => undefined, storage });
    const store = createEditorStore(templateDocument('high-bandwidth'));
    connectRecoveryDrafts(store, platform, 60_000, page);
    store.getState().renameDataCenter('dc1', 'Austin');
    page.dispatchEvent(new Event('pagehide'));
    expect(storage.items.get(DRAFT_KEY)).toContain('Austin');
  });

  test('a full storage is said once, and the design stays as it is', () => {
    vi.useFakeTimers();
    const storage = memoryStorage();
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const { store } = visit(storage);
    store.getState().renameDataCenter('dc1', 'Austin');
    vi.advanceTimersByTime(1_000);
    expect(store.getState().notice).toMatchObject({ tone: 'error', key: 'safety.draftNotKept' });
    store.getState().dismissNotice();
    store.getState().renameDataCenter('dc1', 'Boston');
    vi.advanceTimersByTime(1_000);
    expect(store.getState().notice).toBeNull();
    expect(store.getState().doc.design.dataCenters[0]!.name).toBe('Boston');
  });

  test('a damaged draft is dropped, never offered', () => {
    const storage = memoryStorage();
    storage.setItem(DRAFT_KEY, '{"kind":"pctopo-browser-draft","version":1,"text":"{nope"}');
    expect(visit(storage).platform.draftOffer()).toBeNull();
    expect(storage.items.has(DRAFT_KEY)).toBe(false);
  });

  test('the browser asks before a reload or a closed tab only while there is unsaved work', () => {
    const { store, leaving } = visit(memoryStorage());
    expect(leaving()).toBe(false);
    store.getState().renameDataCenter('dc1', 'Austin');
    expect(leaving()).toBe(true);
    store.getState().undo();
    expect(leaving()).toBe(false);
  });
});
