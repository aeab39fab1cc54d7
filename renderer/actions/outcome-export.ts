/**
 * Export outcome: the what-if outcome of every pool as one Markdown document, the same text as
 * `pchat-topology simulate --markdown`. The web edition offers it as a download through the
 * platform's `saveFiles`, as Export runbook does; a shell without it (the desktop program)
 * gets it on the clipboard, so the planner can still paste it somewhere.
 */
import { outcomesMarkdown } from '../../shared/simulation/outcome-markdown.ts';
import type { DesignerPlatform } from '../../shared/platform/contract.ts';
import { companionFileName } from '../model/documents.ts';
import type { EditorStore } from '../state/editor-store.ts';
import { selectWhatIf } from '../state/selectors.ts';

export async function exportOutcome(
  store: EditorStore,
  platform: DesignerPlatform,
  clipboard: { writeText(text: string): Promise<void> } | undefined,
): Promise<void> {
  const state = store.getState();
  const view = selectWhatIf(state);
  const notice = (tone: 'info' | 'error', key: string) => state.showNotice({ tone, key });
  if (!view || view.outcomes.length === 0) return notice('error', 'whatif.exportNothing');
  const text = outcomesMarkdown(view.outcomes, state.locale, state.doc.design.name);
  const name = companionFileName(state.file.name, state.doc, ' what-if.md');
  if (platform.saveFiles) {
    await platform.saveFiles({ name, files: [{ name, text }] });
    return notice('info', 'whatif.exported');
  }
  if (!clipboard) return notice('error', 'whatif.exportFailed');
  await clipboard.writeText(text);
  notice('info', 'whatif.copied');
}
