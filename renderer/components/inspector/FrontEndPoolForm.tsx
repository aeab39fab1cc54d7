/** A Front End pool (or Standard Edition server): the next hop of Persistent Chat pools. */
import { useTranslation } from 'react-i18next';
import { fqdnProblem } from '../../../shared/model/values.ts';
import type { ValueProblem } from '../../../shared/model/values.ts';
import type { FrontEndPool } from '../../../shared/model/types.ts';
import { useEditorStore } from '../../state/context.tsx';
import { TextField } from './fields.tsx';
import { DataCenterField, EnumField, FqdnField } from './shared-fields.tsx';

/** What is wrong with the first machine name that is not an FQDN, or null. */
function machinesProblem(text: string): ValueProblem | null {
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const problem = fqdnProblem(line.trim());
    if (problem) return problem;
  }
  return null;
}

export function FrontEndPoolForm({ pool }: { pool: FrontEndPool }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const update = (patch: Partial<FrontEndPool>) => store.getState().updateElement(pool.id, patch);
  return (
    <>
      <FqdnField id={pool.id} field="fqdn" label={t('fields.fqdn')} value={pool.fqdn} />
      <EnumField
        id={pool.id}
        field="edition"
        label={t('fields.feEdition')}
        value={pool.edition}
        values={['enterprise', 'standard']}
        prefix="values.feEdition"
      />
      <DataCenterField id={pool.id} value={pool.dataCenterId} />
      <TextField
        field="lyncSite"
        label={t('fields.lyncSite')}
        value={pool.lyncSite}
        onCommit={(lyncSite) => update({ lyncSite })}
      />
      <FqdnField id={pool.id} field="adDomain" label={t('fields.adDomain')} value={pool.adDomain} />
      <TextField
        field="machines"
        label={t('fields.machines')}
        value={pool.machines.join('\n')}
        multiline
        check={machinesProblem}
        hint={t('fields.machinesHint')}
        onCommit={(text) =>
          update({
            machines: text
              .split('\n')
              .map((m) => m.trim())
              .filter((m) => m !== ''),
          })
        }
      />
    </>
  );
}
