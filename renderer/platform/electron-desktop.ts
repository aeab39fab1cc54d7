/**
 * Desktop only: what the Electron shell needs from the page beyond the file API. Connect it
 * once at start (`connectDesktop(store, platform)`); in the web edition, whose platform has
 * neither `saveRecoveryDraft` nor `exportRunbook`, it does nothing.
 *   - recovery drafts while the design has unsaved changes (electron-recovery.ts);
 *   - the menu's Export Runbook: the shell makes the runbooks from the design it is handed.
 */
import { serializeDesign } from '../../shared/model/load.ts';
import type { EditorStore } from '../state/editor-store.ts';
import type { CommandListener } from './file-api.ts';
import { connectRecoveryDrafts, type RecoveryDraftSink } from './electron-recovery.ts';

export interface DesktopPlatform extends RecoveryDraftSink {
  onCommand(listener: CommandListener): () => void;
  exportRunbook?(request: { text: string; suggestedName: string }): Promise<unknown>;
}

export function connectDesktop(store: EditorStore, platform: DesktopPlatform): () => void {
  const stopDrafts = connectRecoveryDrafts(store, platform);
  const exportRunbook = platform.exportRunbook?.bind(platform);
  const stopRunbook = exportRunbook
    ? platform.onCommand((command) => {
        if (command !== 'exportRunbook') return;
        const { doc, file } = store.getState();
        // The shell reports its own problems in native dialogs; a failure here is a broken bridge.
        void exportRunbook({ text: serializeDesign(doc), suggestedName: file.name ?? doc.design.name }).catch(
          (err: unknown) => console.error('Export Runbook failed', err),
        );
      })
    : () => undefined;
  return () => {
    stopDrafts();
    stopRunbook();
  };
}
