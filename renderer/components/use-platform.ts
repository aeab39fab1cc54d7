/**
 * The shell around the page: files it opens, commands from its menus, the document's title and
 * unsaved state, and recovery drafts where the shell keeps them.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { actionByName } from '../actions/registry.ts';
import type { ActionContext } from '../actions/types.ts';
import { connectRecoveryDrafts } from '../platform/recovery-drafts.ts';
import type { Platform } from '../platform/index.ts';
import { selectModified } from '../state/selectors.ts';

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
  // Recovery drafts: on disk through the desktop shell, in the browser's storage in the web edition.
  useEffect(() => connectRecoveryDrafts(ctx.store, platform, undefined, window), [platform, ctx]);
}
