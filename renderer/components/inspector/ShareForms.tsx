/** File stores and log-shipping shares: a share on a file server, in a data center. */
import { useTranslation } from 'react-i18next';
import { shareNameProblem } from '../../../shared/model/values.ts';
import type { FileStore, Share } from '../../../shared/model/types.ts';
import { useEditorStore } from '../../state/context.tsx';
import { TextField } from './fields.tsx';
import { DataCenterField, EnumField, FqdnField } from './shared-fields.tsx';

function ShareNameField({ id, value }: { id: string; value: string }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  return (
    <TextField
      field="shareName"
      label={t('fields.shareName')}
      value={value}
      check={shareNameProblem}
      onCommit={(shareName) => store.getState().updateElement(id, { shareName })}
    />
  );
}

export function FileStoreForm({ store: fs }: { store: FileStore }) {
  const { t } = useTranslation();
  return (
    <>
      <FqdnField id={fs.id} field="serverFqdn" label={t('fields.fileServer')} value={fs.serverFqdn} />
      <ShareNameField id={fs.id} value={fs.shareName} />
      <DataCenterField id={fs.id} value={fs.dataCenterId} />
    </>
  );
}

export function ShareForm({ share }: { share: Share }) {
  const { t } = useTranslation();
  return (
    <>
      <FqdnField id={share.id} field="serverFqdn" label={t('fields.fileServer')} value={share.serverFqdn} />
      <ShareNameField id={share.id} value={share.shareName} />
      <EnumField
        id={share.id}
        field="purpose"
        label={t('fields.purpose')}
        value={share.purpose}
        values={['log-backup', 'log-copy', 'mirroring']}
        prefix="slots"
      />
      <DataCenterField id={share.id} value={share.dataCenterId} />
    </>
  );
}
