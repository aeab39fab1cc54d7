/**
 * The standard what-if questions for one pool, ready to offer in a menu: each data center, the
 * link, each SQL role, and the Persistent Chat servers. Only questions the design can answer
 * are listed (no witness, no witness scenario).
 */
import type { Text } from '../i18n/text.ts';
import { indexDesign } from '../model/design-index.ts';
import type { Design, PersistentChatPool } from '../model/types.ts';
import { serversOf, storeInstance } from '../model/queries.ts';
import type { FailureSet } from './types.ts';

export interface Scenario {
  /** Also the token the CLI accepts for it, where there is one. */
  id: string;
  label: Text;
  failures: FailureSet;
}

const only = (...elementIds: string[]): FailureSet => ({ elementIds, link: false });

export function standardScenarios(design: Design, pool: PersistentChatPool): Scenario[] {
  const index = indexDesign(design);
  const out: Scenario[] = [];
  design.dataCenters.slice(0, 2).forEach((dc, i) => {
    out.push({
      id: `dc${i + 1}`,
      label: {
        en: `Loss of data center ${dc.name || dc.id}`,
        es: `Pérdida del centro de datos ${dc.name || dc.id}`,
      },
      failures: only(dc.id),
    });
  });
  out.push({
    id: 'link',
    label: {
      en: 'Loss of the link between the data centers',
      es: 'Pérdida del vínculo entre los centros de datos',
    },
    failures: { elementIds: [], link: true },
  });
  const roles = [
    [
      'primary',
      'primary',
      'instance',
      'Loss of the primary SQL instance',
      'Pérdida de la instancia SQL principal',
    ],
    ['mirror', 'primary', 'mirror', 'Loss of its mirror', 'Pérdida de su reflejo'],
    ['witness', 'primary', 'witness', 'Loss of its witness', 'Pérdida de su testigo'],
    ['backup', 'backup', 'instance', 'Loss of the backup store', 'Pérdida del almacén de copia'],
  ] as const;
  for (const [id, role, part, en, es] of roles) {
    const instance =
      pool.disasterRecovery || role === 'primary' ? storeInstance(index, pool, role, part) : undefined;
    if (instance)
      out.push({
        id,
        label: { en: `${en} (${index.label(instance.id)})`, es: `${es} (${index.label(instance.id)})` },
        failures: only(instance.id),
      });
  }
  const servers = serversOf(index, pool);
  const firstActive = servers.find((s) => s.state === 'active');
  if (firstActive) {
    out.push({
      id: `server:${firstActive.fqdn}`,
      label: {
        en: `Loss of the active server ${firstActive.fqdn}`,
        es: `Pérdida del servidor activo ${firstActive.fqdn}`,
      },
      failures: only(firstActive.id),
    });
  }
  const actives = servers.filter((s) => s.state === 'active');
  if (actives.length > 1) {
    out.push({
      id: 'all-active-servers',
      label: { en: 'Loss of every active server', es: 'Pérdida de todos los servidores activos' },
      failures: only(...actives.map((s) => s.id)),
    });
  }
  return out;
}
