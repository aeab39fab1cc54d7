/**
 * Asks before Topology Builder XML is exported from a design with errors, naming how many, as the
 * CLI's `export` refuses without --force; "Export anyway" goes on.
 */
import { useTranslation } from 'react-i18next';
import { useActionContext, useEditor, useEditorStore } from '../state/context.tsx';
import { Modal } from './Modal.tsx';

export function ConfirmExport() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const ctx = useActionContext();
  const prompt = useEditor((s) => s.prompt);
  if (prompt?.kind !== 'exportWithErrors') return null;
  return (
    <Modal
      id="export-errors"
      testId="confirm-export"
      title={t('safety.exportErrors.title')}
      body={t('safety.exportErrors.body', { count: prompt.errors })}
      onCancel={() => store.getState().dismissPrompt()}
    >
      <button type="button" autoFocus onClick={() => store.getState().dismissPrompt()}>
        {t('safety.exportErrors.cancel')}
      </button>
      <button
        type="button"
        className="danger"
        data-testid="confirm-export-anyway"
        onClick={() => void ctx.documents.exportXml({ despiteErrors: true })}
      >
        {t('safety.exportErrors.confirm')}
      </button>
    </Modal>
  );
}
