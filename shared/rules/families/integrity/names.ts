/** FQDNs and names (DSN-003, DSN-004, DSN-005, DSN-012, DSN-013, DSN-014). */
import { updateElement } from '../../../model/edit.ts';
import { groupBy } from '../../../model/groups.ts';
import type { Design } from '../../../model/types.ts';
import { collectionOf } from '../../../model/types.ts';
import {
  instanceNameProblem,
  shareNameProblem,
  sqlInstanceLabel,
  fqdnProblem,
} from '../../../model/values.ts';
import type { Text } from '../../../i18n/text.ts';
import { messagesFor } from '../../messages.ts';
import { defineRule } from '../../types.ts';
import { SOURCE } from './source.ts';
import { memoFqdnKey, memoFqdnProblem } from './values.ts';
import { fqdnReasons, instanceReasons, reasonMessages, reasonOf, shareReasons } from './reasons.ts';

const hasScriptVariable = (value: string) => value.includes('$');

const scriptVariableEnding: Text = {
  en: 'holds a PowerShell variable instead of a name, as topologies cut out of deployment scripts do (for example $SkypeFQDN or $CSShareName); replace it with the real name before publishing.',
  es: 'contiene una variable de PowerShell en lugar de un nombre, como ocurre en las topologías extraídas de scripts de implementación (por ejemplo $SkypeFQDN o $CSShareName); sustitúyala por el nombre real antes de publicar.',
};

/** The sentence openings that name each FQDN field; a Front End machine also names its pool. */
const fqdnSubjects = {
  frontEndPool: {
    en: 'The FQDN "{value}" of a Front End pool',
    es: 'El FQDN «{value}» de un grupo front-end',
  },
  frontEndMachine: {
    en: 'The machine FQDN "{value}" in Front End pool {owner}',
    es: 'El FQDN de equipo «{value}» del grupo front-end {owner}',
  },
  pool: {
    en: 'The FQDN "{value}" of a Persistent Chat pool',
    es: 'El FQDN «{value}» de un grupo de Chat persistente',
  },
  server: {
    en: 'The FQDN "{value}" of a Persistent Chat server',
    es: 'El FQDN «{value}» de un servidor de Chat persistente',
  },
  sqlInstance: {
    en: 'The server FQDN "{value}" of a SQL Server instance',
    es: 'El FQDN de servidor «{value}» de una instancia de SQL Server',
  },
  fileStore: {
    en: 'The server FQDN "{value}" of a file store',
    es: 'El FQDN de servidor «{value}» de un almacén de archivos',
  },
  share: {
    en: 'The server FQDN "{value}" of a share',
    es: 'El FQDN de servidor «{value}» de un recurso compartido',
  },
} satisfies Record<string, Text>;

type FqdnSubject = keyof typeof fqdnSubjects;

interface NamedValue {
  owner: string;
  subject: FqdnSubject;
  value: string;
  /** Writes a corrected value back, for the mechanical case of stray spaces. */
  set(design: Design, value: string): Design;
}

function forEachFqdn(design: Design, visit: (v: NamedValue) => void): void {
  for (const fe of design.frontEndPools) {
    visit({
      owner: fe.id,
      subject: 'frontEndPool',
      value: fe.fqdn,
      set: (d, fqdn) => updateElement(d, 'frontEndPool', fe.id, { fqdn }),
    });
    fe.machines.forEach((machine, i) =>
      visit({
        owner: fe.id,
        subject: 'frontEndMachine',
        value: machine,
        set: (d, fqdn) => {
          const current = d.frontEndPools.find((f) => f.id === fe.id);
          if (!current || current.machines[i] !== machine) return d;
          const machines = current.machines.map((m, j) => (j === i ? fqdn : m));
          return updateElement(d, 'frontEndPool', fe.id, { machines });
        },
      }),
    );
  }
  for (const p of design.pools)
    visit({
      owner: p.id,
      subject: 'pool',
      value: p.fqdn,
      set: (d, fqdn) => updateElement(d, 'pool', p.id, { fqdn }),
    });
  for (const s of design.servers)
    visit({
      owner: s.id,
      subject: 'server',
      value: s.fqdn,
      set: (d, fqdn) => updateElement(d, 'server', s.id, { fqdn }),
    });
  const host = (kind: 'sqlInstance' | 'fileStore' | 'share', el: { id: string; serverFqdn: string }) =>
    visit({
      owner: el.id,
      subject: kind,
      value: el.serverFqdn,
      set: (d, serverFqdn) => updateElement(d, kind, el.id, { serverFqdn }),
    });
  design.sqlInstances.forEach((i) => host('sqlInstance', i));
  design.fileStores.forEach((f) => host('fileStore', f));
  design.shares.forEach((s) => host('share', s));
}

export const dsn003 = defineRule({
  id: 'DSN-003',
  severity: 'error',
  source: `${SOURCE}; RFC 1035`,
  fixable: true,
  summary: {
    en: 'Every FQDN is a valid fully qualified domain name.',
    es: 'Todo FQDN es un nombre de dominio completo válido.',
  },
  messages: {
    ...messagesFor('scriptVariable', fqdnSubjects, (s) => ({
      en: `${s.en} ${scriptVariableEnding.en}`,
      es: `${s.es} ${scriptVariableEnding.es}`,
    })),
    ...reasonMessages('invalid', fqdnSubjects, fqdnReasons),
    trim: {
      en: 'Remove the spaces around "{trimmed}"',
      es: 'Quitar los espacios alrededor de «{trimmed}»',
    },
  },
  check({ design, index, report }) {
    forEachFqdn(design, ({ owner, subject, value, set }) => {
      const problem = memoFqdnProblem(value);
      if (problem === null) return;
      const params = { value, owner: index.label(owner) };
      if (hasScriptVariable(value)) {
        report({ message: `scriptVariable.${subject}`, params, elements: [owner] });
        return;
      }
      const reason = reasonOf(problem, fqdnReasons);
      const trimmed = value.trim();
      report({
        message: `invalid.${subject}.${reason.key}`,
        params: { ...params, ...reason.params },
        elements: [owner],
        fix:
          trimmed !== value && fqdnProblem(trimmed) === null
            ? { title: 'trim', params: { trimmed }, apply: (d) => set(d, trimmed) }
            : undefined,
      });
    });
  },
});

const pluralKinds = {
  server: { en: 'Persistent Chat servers', es: 'servidores de Chat persistente' },
  pool: { en: 'Persistent Chat pools', es: 'grupos de Chat persistente' },
  frontEndPool: { en: 'Front End pools', es: 'grupos front-end' },
} satisfies Record<string, Text>;

export const dsn004 = defineRule({
  id: 'DSN-004',
  severity: 'error',
  source: SOURCE,
  summary: {
    en: 'No two servers, pools or Front End pools share an FQDN.',
    es: 'Dos servidores, grupos o grupos front-end no comparten un FQDN.',
  },
  messages: messagesFor('duplicate', pluralKinds, (k) => ({
    en: `{count} ${k.en} have the FQDN {fqdn} (DNS names ignore case); each needs a name of its own.`,
    es: `{count} ${k.es} tienen el FQDN {fqdn} (los nombres DNS no distinguen mayúsculas); cada uno necesita su propio nombre.`,
  })),
  check({ design, report }) {
    const keyOf = (fqdn: string) => (fqdn.trim() === '' ? null : memoFqdnKey(fqdn));
    const flag = (kind: keyof typeof pluralKinds, groups: Map<string, { id: string }[]>) => {
      for (const [fqdn, list] of groups) {
        if (list.length < 2) continue;
        report({
          message: `duplicate.${kind}`,
          params: { count: list.length, fqdn },
          elements: list.map((el) => el.id),
        });
      }
    };
    flag(
      'server',
      groupBy(design.servers, (s) => keyOf(s.fqdn)),
    );
    flag(
      'pool',
      groupBy(design.pools, (p) => keyOf(p.fqdn)),
    );
    // A Front End name counts once per pool: a Standard Edition server lists itself as its machine.
    const feNames = design.frontEndPools.flatMap((fe) =>
      [...new Set([fe.fqdn, ...fe.machines].map(keyOf))].map((key) => ({ key, id: fe.id })),
    );
    flag(
      'frontEndPool',
      groupBy(feNames, (n) => n.key),
    );
  },
});

export const dsn005 = defineRule({
  id: 'DSN-005',
  severity: 'error',
  source: SOURCE,
  summary: {
    en: 'No two SQL Server instances are the same server and instance name.',
    es: 'Dos instancias de SQL Server no tienen el mismo servidor y nombre de instancia.',
  },
  messages: {
    duplicate: {
      en: '{count} SQL Server instances are all {instance}; a server holds each instance name once.',
      es: '{count} instancias de SQL Server son todas {instance}; un servidor tiene cada nombre de instancia una sola vez.',
    },
  },
  check({ index, report }) {
    for (const [server, instances] of index.instancesByServer) {
      if (instances.length < 2 || server === '') continue;
      // SQL Server instance names ignore case, like the DNS names they hang off.
      for (const list of groupBy(instances, (i) => i.instanceName.trim().toUpperCase()).values()) {
        if (list.length < 2) continue;
        report({
          message: 'duplicate',
          params: {
            count: list.length,
            instance: sqlInstanceLabel(list[0]!.serverFqdn, list[0]!.instanceName),
          },
          elements: list.map((i) => i.id),
        });
      }
    }
  },
});

export const dsn012 = defineRule({
  id: 'DSN-012',
  severity: 'error',
  source: SOURCE,
  fixable: true,
  summary: {
    en: 'Every SQL Server instance name is a valid instance name (empty for the default instance).',
    es: 'Todo nombre de instancia de SQL Server es válido (vacío para la instancia predeterminada).',
  },
  messages: {
    ...reasonMessages(
      'invalid',
      {
        name: {
          en: 'The instance name "{name}" on {server}',
          es: 'El nombre de instancia «{name}» en {server}',
        },
      },
      instanceReasons,
    ),
    useDefault: {
      en: 'Use the default instance of {server}',
      es: 'Usar la instancia predeterminada de {server}',
    },
  },
  check({ design, report }) {
    for (const instance of design.sqlInstances) {
      const problem = instanceNameProblem(instance.instanceName);
      if (problem === null) continue;
      const reason = reasonOf(problem, instanceReasons);
      const params = { name: instance.instanceName, server: instance.serverFqdn };
      report({
        message: `invalid.name.${reason.key}`,
        params: { ...params, ...reason.params },
        elements: [instance.id],
        fix:
          reason.key === 'reserved'
            ? {
                title: 'useDefault',
                params,
                apply: (d) => updateElement(d, 'sqlInstance', instance.id, { instanceName: '' }),
              }
            : undefined,
      });
    }
  },
});

const shareSubjects = {
  fileStore: {
    en: 'The share name "{value}" of the file store on {server}',
    es: 'El nombre de recurso «{value}» del almacén de archivos en {server}',
  },
  share: {
    en: 'The share name "{value}" of the share on {server}',
    es: 'El nombre de recurso «{value}» del recurso compartido en {server}',
  },
} satisfies Record<string, Text>;

export const dsn013 = defineRule({
  id: 'DSN-013',
  severity: 'error',
  source: SOURCE,
  summary: {
    en: 'Every file store and share has a valid share name.',
    es: 'Todo almacén de archivos y recurso compartido tiene un nombre de recurso válido.',
  },
  messages: {
    ...messagesFor('scriptVariable', shareSubjects, (s) => ({
      en: `${s.en} ${scriptVariableEnding.en}`,
      es: `${s.es} ${scriptVariableEnding.es}`,
    })),
    ...reasonMessages('invalid', shareSubjects, shareReasons),
  },
  check({ design, report }) {
    const check = (
      kind: keyof typeof shareSubjects,
      el: { id: string; serverFqdn: string; shareName: string },
    ) => {
      const params = { value: el.shareName, server: el.serverFqdn };
      if (hasScriptVariable(el.shareName)) {
        report({ message: `scriptVariable.${kind}`, params, elements: [el.id] });
        return;
      }
      const problem = shareNameProblem(el.shareName);
      if (problem === null) return;
      const reason = reasonOf(problem, shareReasons);
      report({
        message: `invalid.${kind}.${reason.key}`,
        params: { ...params, ...reason.params },
        elements: [el.id],
      });
    };
    design.fileStores.forEach((f) => check('fileStore', f));
    design.shares.forEach((s) => check('share', s));
  },
});

export const dsn014 = defineRule({
  id: 'DSN-014',
  severity: 'error',
  source: SOURCE,
  summary: {
    en: 'Every element has an id of its own.',
    es: 'Cada elemento tiene un identificador propio.',
  },
  messages: {
    duplicateId: {
      en: 'The id "{id}" is used by {count} elements ({names}); references to it reach only the first.',
      es: 'El identificador «{id}» lo usan {count} elementos ({names}); las referencias a él solo llegan al primero.',
    },
  },
  check({ design, index, report }) {
    const all = (Object.values(collectionOf) as (keyof Design)[]).flatMap(
      (c) => design[c] as { id: string }[],
    );
    // The index keeps the first element of each id, so equal counts mean no id is shared.
    if (all.length === index.byId.size) return;
    for (const [id, list] of groupBy(all, (el) => el.id)) {
      if (list.length < 2) continue;
      const names = list.map((el) => ('fqdn' in el ? String(el.fqdn) : index.label(id)));
      report({
        message: 'duplicateId',
        params: { id, count: list.length, names: names.join(', ') },
        elements: [id],
      });
    }
  },
});
