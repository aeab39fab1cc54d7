/** A data center: its name, the Lync site it belongs to, and its time zone. */
import { useTranslation } from 'react-i18next';
import type { DataCenter } from '../../../shared/model/types.ts';
import { requiredProblem } from '../../i18n/value-problems.ts';
import { useEditorStore } from '../../state/context.tsx';
import { TextField } from './fields.tsx';

export function SiteForm({ site }: { site: DataCenter }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const update = (patch: Partial<DataCenter>) => store.getState().updateElement(site.id, patch);
  return (
    <>
      <TextField
        field="name"
        label={t('fields.siteName')}
        value={site.name}
        check={requiredProblem}
        onCommit={(name) => update({ name })}
      />
      <TextField
        field="lyncSite"
        label={t('fields.lyncSite')}
        value={site.lyncSite}
        onCommit={(lyncSite) => update({ lyncSite })}
      />
      <TextField
        field="timeZone"
        label={t('fields.timeZone')}
        value={site.timeZone}
        onCommit={(timeZone) => update({ timeZone })}
      />
    </>
  );
}
