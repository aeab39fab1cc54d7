/**
 * Export outcome: the what-if panel's outcome as the same Markdown the CLI prints with
 * `simulate --markdown`, downloaded by the web edition (saveFiles) or, in a shell without it,
 * put on the clipboard.
 */
import { describe, expect, test } from 'vitest';
import { createDocumentCommands } from '../../renderer/actions/documents.ts';
import { exportOutcome } from '../../renderer/actions/registry.ts';
import { createEditorStore } from '../../renderer/state/editor-store.ts';
import type { DesignerPlatform } from '../../shared/platform/contract.ts';
import { idlePlatform } from '../support/platform.ts';
import { outcomesMarkdown } from '../../shared/simulation/outcome-markdown.ts';
import { simulateAll } from '../../shared/simulation/simulate.ts';
import { loadExample } from '../support/designs.ts';

const shell = idlePlatform();

function run(platform: DesignerPlatform) {
  const store = createEditorStore(loadExample('reference-high-bandwidth'), { locale: 'es' });
  const documents = createDocumentCommands({
    store,
    platform,
    xml: null,
    emptyNames: () => ({ design: 'N', dataCenters: ['A', 'B'] as const, lyncSite: 'S' }),
  });
  const ctx = {
    store,
    documents,
    viewport: { fitView: () => undefined, zoomIn: () => undefined, zoomOut: () => undefined },
    toggleShortcuts: () => undefined,
    openFind: () => undefined,
  };
  return { store, ctx };
}

describe('Export outcome', () => {
  test('applies only in what-if mode', () => {
    const { store } = run(shell);
    expect(exportOutcome.enabled!(store.getState())).toBe(false);
    store.getState().toggleWhatIf();
    expect(exportOutcome.enabled!(store.getState())).toBe(true);
  });

  test('the web edition downloads one .md with the same text as simulate --markdown, in the planner’s language', async () => {
    const saved: { name: string; text: string }[] = [];
    const { store, ctx } = run({ ...shell, saveFiles: async (archive) => void saved.push(...archive.files) });
    store.getState().toggleWhatIf();
    store.getState().toggleFailure('dc1');
    await exportOutcome.perform(ctx);
    const { design } = store.getState().doc;
    expect(saved).toEqual([
      {
        name: `${design.name} what-if.md`,
        text: outcomesMarkdown(simulateAll(design, { elementIds: ['dc1'], link: false }), 'es', design.name),
      },
    ]);
    expect(saved[0]!.text).toContain('**Resumen:** El chat está detenido');
    expect(store.getState().notice).toMatchObject({ tone: 'info', key: 'whatif.exported' });
  });
});
