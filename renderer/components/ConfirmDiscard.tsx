/** Asks before another design replaces one with unsaved changes. */
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore } from '../state/context.tsx';

export function ConfirmDiscard() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const pending = useEditor((s) => s.pending);
  if (!pending) return null;
  return (
    <div className="modal-backdrop">
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="discard-title"
        data-testid="confirm-discard"
      >
        <h2 id="discard-title">{t('discard.title')}</h2>
        <p>{t('discard.body')}</p>
        <div className="button-row">
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
        </div>
      </div>
    </div>
  );
}
