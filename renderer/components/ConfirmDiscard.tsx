/** Asks before another design replaces one with unsaved changes. */
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore } from '../state/context.tsx';
import { Modal } from './Modal.tsx';

export function ConfirmDiscard() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const pending = useEditor((s) => s.pending);
  if (!pending) return null;
  return (
    <Modal
      id="discard"
      testId="confirm-discard"
      title={t('discard.title')}
      body={t('discard.body')}
      onCancel={() => store.getState().cancelPending()}
    >
      <button
        type="button"
        className="danger"
        autoFocus
        data-testid="confirm-discard-yes"
        onClick={() => store.getState().confirmPending()}
      >
        {t('discard.confirm')}
      </button>
      <button type="button" onClick={() => store.getState().cancelPending()}>
        {t('discard.cancel')}
      </button>
    </Modal>
  );
}
