/**
 * Keeps the platform's recovery draft up to date while the design has unsaved changes. The
 * desktop shell (electron/recovery.ts) writes the draft to disk after a pause and offers it after
 * a crash; the web edition keeps it in the browser's storage (browser-drafts.ts) and offers it at
 * the next load. This side only hands over the current design, a moment after the planner stops
 * editing, and at once when the page goes away (a reload, a closed tab) so no edit is lost in
 * between. Connect it once at start; where the platform offers no `saveRecoveryDraft`, nothing
 * happens.
 */
import { serializeDesign } from '../../shared/model/load.ts';
import type { DesignerPlatform } from '../../shared/platform/contract.ts';
import type { EditorStore } from '../state/editor-store.ts';
import { selectModified } from '../state/selectors.ts';

type RecoveryDraftSink = Pick<DesignerPlatform, 'saveRecoveryDraft'>;

/** Serializing a large design takes a few milliseconds, so a burst of edits sends one draft. */
const DRAFT_DELAY_MS = 1_000;

/** The page's `pagehide` event, on which a pending draft is sent at once. */
type PageEvents = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export function connectRecoveryDrafts(
  store: EditorStore,
  platform: RecoveryDraftSink,
  delayMs = DRAFT_DELAY_MS,
  page?: PageEvents,
) {
  const send = platform.saveRecoveryDraft?.bind(platform);
  if (!send) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let warned = false;
  const flush = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const s = store.getState();
    if (!selectModified(s)) return;
    let text: string;
    try {
      text = serializeDesign(s.doc);
    } catch {
      // The loader bounds what a design holds, so this is a bug; a timer must not throw over it.
      text = '';
    }
    const kept = text === '' ? false : send({ text, fileId: s.file.fileId });
    // Said once: a full browser storage stays full, and the planner can still save.
    if (kept === false && !warned) {
      warned = true;
      s.showNotice({ tone: 'error', key: 'safety.draftNotKept' });
    }
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.doc === prev.doc || !selectModified(s)) return;
    if (timer === null) timer = setTimeout(flush, delayMs);
  });
  const onLeave = () => timer !== null && flush();
  page?.addEventListener('pagehide', onLeave);
  return () => {
    unsubscribe();
    page?.removeEventListener('pagehide', onLeave);
    if (timer !== null) clearTimeout(timer);
  };
}
