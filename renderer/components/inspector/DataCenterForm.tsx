/** A data center: its name, the Lync site it belongs to, and its time zone. */
import { useTranslation } from 'react-i18next';
import type { DataCenter } from '../../../shared/model/types.ts';
import { requiredProblem } from '../../i18n/value-problems.ts';
import { useEditorStore } from '../../state/context.tsx';
import { TextField } from './fields.tsx';

export function DataCenterForm({ dataCenter }: { dataCenter: DataCenter }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const update = (patch: Partial<DataCenter>) => store.getState().updateElement(dataCenter.id, patch);
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
        onCommit={(lyncSite) => update({ lyncSite })}
      />
      <TextField
        field="timeZone"
        label={t('fields.timeZone')}
        value={dataCenter.timeZone}
        onCommit={(timeZone) => update({ timeZone })}
      />
    </>
  );
}
