/**
 * The question before a data center is deleted: what it holds, by count and kind, and the two
 * ways on: move it all to another data center (chosen here), or delete it with the data center.
 * Either is one undo step.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContentCounts } from '../../../shared/model/data-centers.ts';
import type { DataCenter } from '../../../shared/model/types.ts';
import { contentsText, contentTotal } from '../../i18n/data-center-contents.ts';
import { useEditor, useEditorStore } from '../../state/context.tsx';
import { Modal } from '../Modal.tsx';

export function ConfirmDeleteDataCenter(props: {
  dataCenter: DataCenter;
  others: readonly DataCenter[];
  counts: ContentCounts;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const locale = useEditor((s) => s.locale);
  const [moveTo, setMoveTo] = useState(props.others[0]?.id ?? '');
  const name = props.dataCenter.name || props.dataCenter.id;
  const total = contentTotal(props.counts);
  const body =
    total === 0
      ? t('dataCenters.holdsNothing', { name })
      : `${t('dataCenters.holds', { name, contents: contentsText(props.counts, t, locale) })} ${t('dataCenters.undoHint')}`;
  const remove = (target: string | null) => {
    props.onClose();
    store.getState().deleteDataCenter(props.dataCenter.id, target);
  };
  return (
    <Modal
      id="delete-data-center"
      testId="confirm-delete-data-center"
      title={t('dataCenters.deleteTitle', { name })}
      body={body}
      onCancel={props.onClose}
    >
      {total > 0 && (
        <>
          <label htmlFor="delete-data-center-move-to">{t('dataCenters.moveTo')}</label>
          <select
            id="delete-data-center-move-to"
            data-testid="delete-move-to"
            value={moveTo}
            onChange={(e) => setMoveTo(e.target.value)}
          >
            {props.others.map((dc) => (
              <option key={dc.id} value={dc.id}>
                {dc.name || dc.id}
              </option>
            ))}
          </select>
          <button type="button" data-testid="delete-move-contents" onClick={() => remove(moveTo)}>
            {t('dataCenters.moveAndDelete', { name })}
          </button>
        </>
      )}
      <button
        type="button"
        className="danger"
        data-testid="delete-with-contents"
        onClick={() => remove(null)}
      >
        {total === 0
          ? t('dataCenters.deleteEmpty', { name })
          : t('dataCenters.deleteAll', { name, count: total })}
      </button>
      <button type="button" autoFocus onClick={props.onClose}>
        {t('dataCenters.cancel')}
      </button>
    </Modal>
  );
}
