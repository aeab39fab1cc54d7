/**
 * The shell around the page: files it opens, commands from its menus, the document's title and
 * unsaved state, and recovery drafts where the shell keeps them.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { actionByName } from '../actions/registry.ts';
import type { ActionContext } from '../actions/types.ts';
import { writeDesign } from '../model/documents.ts';
import type { Platform } from '../platform/index.ts';
import { selectModified } from '../state/selectors.ts';

const RECOVERY_DRAFT_DELAY_MS = 1000;

/** Files and menu commands from the shell, and the document's title and modified state back to it. */
export function usePlatform(platform: Platform, ctx: ActionContext) {
  const { t } = useTranslation();
  useEffect(() => {
    const offOpen = platform.onOpenFile((file) => ctx.documents.openFile(file));
    const offCommand = platform.onCommand((name) => {
      const action = actionByName(name);
      if (action && (!action.enabled || action.enabled(ctx.store.getState()))) void action.perform(ctx);
    });
    return () => {
      offOpen();
      offCommand();
    };
  }, [platform, ctx]);
  useEffect(() => {
    const report = () => {
      const s = ctx.store.getState();
      const modified = selectModified(s);
      const name = s.file.name;
      const title = `${modified ? '● ' : ''}${name ?? s.doc.design.name} — ${t('app.title')}`;
      platform.setDocumentState({ name, title, modified });
    };
    report();
    return ctx.store.subscribe((s, prev) => {
      if (s.doc !== prev.doc || s.savedDoc !== prev.savedDoc || s.file !== prev.file) report();
    });
  }, [platform, ctx, t]);
  useEffect(() => {
    const saveDraft = platform.saveRecoveryDraft?.bind(platform);
    if (!saveDraft) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const unsubscribe = ctx.store.subscribe((s, prev) => {
      if (s.doc === prev.doc || !selectModified(s)) return;
      clearTimeout(timer);
      // Serializing a large design on every keystroke is waste; the last state after a pause is what counts.
      timer = setTimeout(() => {
        const now = ctx.store.getState();
        if (selectModified(now)) saveDraft({ text: writeDesign(now.doc), fileId: now.file.fileId });
      }, RECOVERY_DRAFT_DELAY_MS);
    });
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, [platform, ctx]);
}
