/** A message about something that went wrong outside the design (a file that would not open). */
import { useTranslation } from 'react-i18next';
import { useEditor, useEditorStore } from '../state/context.tsx';

export function NoticeBar() {
  const { t } = useTranslation();
  const store = useEditorStore();
  const notice = useEditor((s) => s.notice);
  if (!notice) return null;
  return (
    <div className={`notice notice-${notice.tone}`} role="alert" data-testid="notice">
      <p>
        {t(notice.key, notice.params)}
        {notice.detail && <span className="notice-detail">{notice.detail}</span>}
      </p>
      <button type="button" onClick={() => store.getState().dismissNotice()}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}
