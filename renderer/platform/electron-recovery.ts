/**
 * Desktop only: keeps the shell's recovery draft up to date while the design has unsaved
 * changes. The shell (electron/recovery.ts) writes the draft to disk after a pause and offers
 * it after a crash; this side only hands over the current design. Connect it once at start
 * where the platform offers `saveRecoveryDraft` (the Electron preload does; the browser does
 * not, so nothing happens there).
 */
import { serializeDesign } from '../../shared/model/load.ts';
import type { DesignerPlatform } from '../../shared/platform/contract.ts';
import type { EditorStore } from '../state/editor-store.ts';
import { selectModified } from '../state/selectors.ts';

type RecoveryDraftSink = Pick<DesignerPlatform, 'saveRecoveryDraft'>;

/** Serializing a large design takes a few milliseconds, so a burst of edits sends one draft. */
const DRAFT_DELAY_MS = 1_000;

export function connectRecoveryDrafts(
  store: EditorStore,
  platform: RecoveryDraftSink,
  delayMs = DRAFT_DELAY_MS,
) {
  const send = platform.saveRecoveryDraft?.bind(platform);
  if (!send) return () => undefined;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const flush = () => {
    timer = null;
    const s = store.getState();
    if (selectModified(s)) send({ text: serializeDesign(s.doc), fileId: s.file.fileId });
  };
  const unsubscribe = store.subscribe((s, prev) => {
    if (s.doc === prev.doc || !selectModified(s)) return;
    if (timer === null) timer = setTimeout(flush, delayMs);
  });
  return () => {
    unsubscribe();
    if (timer !== null) clearTimeout(timer);
  };
}
