/**
 * At load, offers the recovery draft an earlier visit left in this browser (the web edition keeps
 * one while a design has unsaved changes), as the desktop program offers its drafts at start.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Platform } from '../platform/index.ts';
import { useActionContext, useEditor } from '../state/context.tsx';
import { Modal } from './Modal.tsx';

export function RecoveryOffer({ platform }: { platform: Platform }) {
  const { t } = useTranslation();
  const ctx = useActionContext();
  const locale = useEditor((s) => s.locale);
  // Read once: the offer belongs to this load, and answering it removes it.
  const [offer, setOffer] = useState(() => platform.draftOffer?.() ?? null);
  if (!offer) return null;
  const restore = () => {
    setOffer(null);
    const file = platform.restoreDraft?.();
    if (file) ctx.documents.openFile(file);
  };
  const discard = () => {
    setOffer(null);
    platform.discardDraft?.();
  };
  return (
    <Modal
      id="draft"
      testId="recovery-offer"
      title={t('safety.draft.title')}
      body={t('safety.draft.body', {
        name: offer.name,
        time: offer.savedAt.toLocaleString(locale === 'es' ? 'es-ES' : 'en-US'),
      })}
    >
      <button type="button" autoFocus data-testid="recovery-restore" onClick={restore}>
        {t('safety.draft.restore')}
      </button>
      <button type="button" className="danger" data-testid="recovery-discard" onClick={discard}>
        {t('safety.draft.discard')}
      </button>
    </Modal>
  );
}
