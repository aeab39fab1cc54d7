/**
 * A data center: its name, the Lync site it belongs to, and its time zone; merging it into
 * another, and deleting it after saying what happens to what it holds (DeleteDataCenterPrompt).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DataCenter } from '../../../shared/model/types.ts';
import { requiredProblem } from '../../i18n/value-problems.ts';
import { useEditor, useEditorStore } from '../../state/context.tsx';
import { TextField } from './fields.tsx';

function MergeInto({ dataCenter, others }: { dataCenter: DataCenter; others: readonly DataCenter[] }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const [into, setInto] = useState(others[0]?.id ?? '');
  const name = dataCenter.name || dataCenter.id;
  if (others.length === 0) return null;
  return (
    <div className="field" data-field="mergeInto">
      <label htmlFor={`merge-${dataCenter.id}`}>{t('dataCenters.mergeInto')}</label>
      <div className="button-row">
        <select
          id={`merge-${dataCenter.id}`}
          data-testid="field-mergeInto"
          value={into}
          onChange={(e) => setInto(e.target.value)}
        >
          {others.map((dc) => (
            <option key={dc.id} value={dc.id}>
              {dc.name || dc.id}
            </option>
          ))}
        </select>
        <button
          type="button"
          data-testid="merge-data-center"
          disabled={!into}
          onClick={() => store.getState().mergeDataCenter(dataCenter.id, into)}
        >
          {t('dataCenters.merge')}
        </button>
      </div>
      <p className="field-hint">{t('dataCenters.mergeHint', { name })}</p>
    </div>
  );
}

export function DataCenterForm({ dataCenter }: { dataCenter: DataCenter }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const design = useEditor((s) => s.doc.design);
  const update = (patch: Partial<DataCenter>) => store.getState().updateElement(dataCenter.id, patch);
  const others = design.dataCenters.filter((dc) => dc.id !== dataCenter.id);
  return (
    <>
      <TextField
        field="name"
        label={t('fields.dataCenterName')}
        value={dataCenter.name}
        check={requiredProblem}
        onCommit={(name) => update({ name })}
      />
      <TextField
        field="lyncSite"
        label={t('fields.lyncSite')}
        value={dataCenter.lyncSite}
        hint={t('dataCenters.lyncSiteHint')}
        onCommit={(lyncSite) => update({ lyncSite })}
      />
      <TextField
        field="timeZone"
        label={t('fields.timeZone')}
        value={dataCenter.timeZone}
        hint={t('dataCenters.timeZoneHint')}
        onCommit={(timeZone) => update({ timeZone })}
      />
      <MergeInto dataCenter={dataCenter} others={others} />
      <div className="button-row">
        <button
          type="button"
          className="danger"
          data-testid="delete-data-center"
          disabled={others.length === 0}
          title={others.length === 0 ? t('dataCenters.lastOne') : undefined}
          onClick={() => store.getState().ask({ kind: 'deleteDataCenter', id: dataCenter.id })}
        >
          {t('dataCenters.delete')}
        </button>
      </div>
      {others.length === 0 && <p className="field-hint">{t('dataCenters.lastOne')}</p>}
    </>
  );
}
