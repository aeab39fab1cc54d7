/**
 * The question before a data center goes, asked wherever the delete came from: the inspector's
 * button or the Delete key on the canvas. It lives beside the other prompts of the page so a
 * keyboard delete and a click ask exactly the same thing.
 */
import { contentCounts } from '../../../shared/model/data-centers.ts';
import { useEditor, useEditorStore } from '../../state/context.tsx';
import { ConfirmDeleteDataCenter } from './ConfirmDeleteDataCenter.tsx';

export function DeleteDataCenterPrompt() {
  const store = useEditorStore();
  const prompt = useEditor((s) => s.prompt);
  const design = useEditor((s) => s.doc.design);
  if (prompt?.kind !== 'deleteDataCenter') return null;
  const dataCenter = design.dataCenters.find((dc) => dc.id === prompt.id);
  const others = design.dataCenters.filter((dc) => dc.id !== prompt.id);
  // Gone meanwhile (an undo), or the last one, which a design keeps: nothing to ask.
  if (!dataCenter || others.length === 0) return null;
  return (
    <ConfirmDeleteDataCenter
      dataCenter={dataCenter}
      others={others}
      counts={contentCounts(design, dataCenter.id)}
      onClose={() => store.getState().dismissPrompt()}
    />
  );
}
