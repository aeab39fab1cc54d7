/** A Persistent Chat server: its name, pool, data center and whether it is active. */
import { useTranslation } from 'react-i18next';
import type { PersistentChatServer } from '../../../shared/model/types.ts';
import { useEditor, useEditorStore } from '../../state/context.tsx';
import { Reference } from './fields.tsx';
import { DataCenterField, EnumField, FqdnField } from './shared-fields.tsx';

export function ServerForm({ server }: { server: PersistentChatServer }) {
  const { t } = useTranslation();
  const store = useEditorStore();
  const pools = useEditor((s) => s.doc.design.pools);
  return (
    <>
      <FqdnField id={server.id} field="fqdn" label={t('fields.fqdn')} value={server.fqdn} />
      <Reference
        field="poolId"
        label={t('fields.pool')}
        value={server.poolId}
        options={pools.map((p) => ({ id: p.id, label: p.fqdn || p.id }))}
        noneLabel={t('fields.none')}
        onChange={(poolId) => store.getState().updateElement(server.id, { poolId })}
      />
      <DataCenterField id={server.id} value={server.dataCenterId} />
      <EnumField
        id={server.id}
        field="state"
        label={t('fields.state')}
        value={server.state}
        values={['active', 'idle']}
        prefix="values.state"
      />
      <FqdnField id={server.id} field="adDomain" label={t('fields.adDomain')} value={server.adDomain} />
      <EnumField
        id={server.id}
        field="fileSystem"
        label={t('fields.fileSystem')}
        value={server.fileSystem}
        values={['ntfs', 'fat32']}
        prefix="values.fileSystem"
      />
    </>
  );
}
