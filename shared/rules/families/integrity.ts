/**
 * The designer's own integrity checks: a design must hang together before the catalogue rules
 * can judge it. They catch what a half-finished canvas or an imported topology leaves behind.
 *
 * DSN-001 error    A reference points to no element (next hop, file store, shares, store parts,
 *                  pool of a server, data center, Back End pool of a SQL instance).
 * DSN-002 error    A reference points to an element of the wrong kind.
 * DSN-003 error    An FQDN is not a valid DNS name (including PowerShell variables such as
 *                  $SkypeFQDN left in topologies cut out of deployment scripts).
 * DSN-004 error    Two servers, two pools or two Front End pools share one FQDN.
 * DSN-005 error    Two SQL instances are the same server and instance name.
 * DSN-006 warning  An element is not placed in any data center.
 * DSN-007 warning  A Persistent Chat server belongs to no pool.
 * DSN-008 error    A port is outside 1 to 65535 or not a whole number.
 * DSN-009 error    A log-shipping minute field is impossible (negative, over a week, or a zero
 *                  schedule interval).
 * DSN-010 error    A pool uses disaster recovery but the design does not have exactly two data
 *                  centers.
 * DSN-011 error    One computer is placed in two data centers.
 * DSN-012 error    A SQL Server instance name is not a valid instance name.
 * DSN-013 error    A file store or share has an invalid share name.
 * DSN-014 error    Two elements share one id, so references to it are ambiguous.
 * DSN-015 error    A link figure or a rule setting is out of range.
 *
 * Parameters carry names only, never words, so English and Spanish take the same placeholders;
 * where a message names a field or a reason, there is one message per field and reason, built
 * from the word tables below.
 */
import { updateElement } from '../../model/edit.ts';
import type { DesignIndex } from '../../model/design-index.ts';
import { logShippingSchema, ruleSettingsSchema } from '../../model/schema.ts';
import type { Design, ElementKind, LogShipping, RuleSettings } from '../../model/types.ts';
import { collectionOf } from '../../model/types.ts';
import { clearReference, referenceFields, referencesOf } from '../../model/references.ts';
import {
  describeProblem,
  problemTexts,
  fqdnKey,
  fqdnProblem,
  instanceNameProblem,
  minutesProblem,
  portProblem,
  shareNameProblem,
  sqlInstanceLabel,
} from '../../model/values.ts';
import type { ProblemCode, ValueProblem } from '../../model/values.ts';
import type { Params, Text } from '../../i18n/text.ts';
import { messagesFor } from '../messages.ts';
import { defineRule } from '../types.ts';
import type { Rule } from '../types.ts';
import { DEFAULT_MIRRORING_PORT, DEFAULT_POOL_PORT, DEFAULT_WITNESS_PORT } from '../../model/product.ts';

const SOURCE = 'Designer';
const DEFAULT_LOG_SHIPPING = logShippingSchema.parse({});
const DEFAULT_SETTINGS = ruleSettingsSchema.parse({});

/**
 * The canvas re-validates after every edit with nearly the same names, so the pure per-value
 * checks are remembered by value; the bound keeps a long session from growing without end.
 */
function memo<R>(fn: (value: string) => R): (value: string) => R {
  const seen = new Map<string, R>();
  return (value) => {
    if (seen.has(value)) return seen.get(value) as R;
    const result = fn(value);
    if (seen.size >= 50_000) seen.clear();
    seen.set(value, result);
    return result;
  };
}

const memoFqdnKey = memo(fqdnKey);
const memoFqdnProblem = memo(fqdnProblem);

// ---------------------------------------------------------------------------------------------
// Reasons: values.ts says what is wrong with a value as a code; each code a rule can meet gets
// its own message key here (keys kept stable for the canvas and scripts), and a code a table
// does not list still reaches the planner through `other`.

interface Reason<K extends string = string> {
  key: K;
  code: string;
  text: Text;
}

/** A reason as values.ts words it; `text` only where the message says more than that. */
function reason<K extends string>(key: K, code: ProblemCode | typeof ZERO_INTERVAL, text?: Text): Reason<K> {
  return { key, code, text: text ?? problemTexts[code as ProblemCode] };
}

const OTHER_KEY = 'other';
type OtherKey = typeof OTHER_KEY;
const OTHER_TEXT: Text = { en: '{problem}', es: '{problem}' };

const fqdnReasons = [
  reason('empty', 'empty'),
  reason('spaces', 'spaces'),
  reason('tooLong', 'tooLong253'),
  reason('singleLabel', 'singleLabel'),
  reason('badLabel', 'invalidLabel'),
  reason('ipAddress', 'ipAddress'),
];

const portReasons = [reason('notWhole', 'notWhole'), reason('range', 'portRange')];

/** Not a problem of the value itself: a schedule interval of 0 is a valid number but no schedule. */
const ZERO_INTERVAL = 'zeroInterval';

const minuteReasons = [
  reason('notNumber', 'notNumber'),
  reason('negative', 'negative'),
  reason('overWeek', 'overWeek'),
  reason('zero', ZERO_INTERVAL, {
    en: 'is zero; a schedule needs at least 1 minute',
    es: 'es cero; una programación necesita al menos 1 minuto',
  }),
];

const instanceReasons = [
  reason('tooLong', 'tooLong16'),
  reason('characters', 'instanceChars'),
  reason('reserved', 'reservedInstance'),
];

const shareReasons = [
  reason('empty', 'empty'),
  reason('path', 'sharePath'),
  reason('character', 'shareChars'),
];

type Problem = ValueProblem | { code: typeof ZERO_INTERVAL; params: Params };
const zeroInterval: Problem = { code: ZERO_INTERVAL, params: {} };

function reasonOf<K extends string>(
  problem: Problem,
  reasons: readonly Reason<K>[],
): { key: K | OtherKey; params: Params } {
  const hit = reasons.find((r) => r.code === problem.code);
  if (hit) return { key: hit.key, params: problem.params };
  return { key: OTHER_KEY, params: { problem: describeProblem(problem as ValueProblem) } };
}

/** Messages `prefix.subject.reason`, each a subject sentence finished by one reason. */
function reasonMessages<P extends string, S extends string, K extends string>(
  prefix: P,
  subjects: Record<S, Text>,
  reasons: readonly Reason<K>[],
): Record<`${P}.${S}.${K | OtherKey}`, Text> {
  const out: Record<string, Text> = {};
  for (const s of Object.keys(subjects) as S[]) {
    for (const r of [...reasons, { key: OTHER_KEY, text: OTHER_TEXT }]) {
      out[`${prefix}.${s}.${r.key}`] = {
        en: `${subjects[s].en} ${r.text.en}.`,
        es: `${subjects[s].es} ${r.text.es}.`,
      };
    }
  }
  return out as Record<`${P}.${S}.${K | OtherKey}`, Text>;
}

const hasScriptVariable = (value: string) => value.includes('$');

const scriptVariableEnding: Text = {
  en: 'holds a PowerShell variable instead of a name, as topologies cut out of deployment scripts do (for example $SkypeFQDN or $CSShareName); replace it with the real name before publishing.',
  es: 'contiene una variable de PowerShell en lugar de un nombre, como ocurre en las topologías extraídas de scripts de implementación (por ejemplo $SkypeFQDN o $CSShareName); sustitúyala por el nombre real antes de publicar.',
};

// ---------------------------------------------------------------------------------------------
// References (DSN-001, DSN-002)

type Words = Text;

/** What each kind of element is called, with its indefinite article. */
const aKind: Record<ElementKind, Words> = {
  dataCenter: { en: 'a data center', es: 'un centro de datos' },
  frontEndPool: { en: 'a Front End pool', es: 'un grupo front-end' },
  pool: { en: 'a Persistent Chat pool', es: 'un grupo de Chat persistente' },
  server: { en: 'a Persistent Chat server', es: 'un servidor de Chat persistente' },
  sqlInstance: { en: 'a SQL Server instance', es: 'una instancia de SQL Server' },
  fileStore: { en: 'a file store', es: 'un almacén de archivos' },
  share: { en: 'a share', es: 'un recurso compartido' },
};

type Placeable = 'frontEndPool' | 'server' | 'sqlInstance' | 'fileStore' | 'share';

const clearMessages = messagesFor('clear', referenceFields, (f) => ({
  en: `Clear the ${f.name.en} of {owner}`,
  es: `Quitar el ${f.name.es} de {owner}`,
}));

const dsn001 = defineRule({
  id: 'DSN-001',
  severity: 'error',
  source: SOURCE,
  fixable: true,
  summary: {
    en: 'Every reference in the design points to an element that exists.',
    es: 'Toda referencia del diseño apunta a un elemento que existe.',
  },
  messages: {
    ...messagesFor('dangling', referenceFields, (f) => ({
      en: `The ${f.name.en} of {owner} refers to "{target}", which is not in the design.`,
      es: `El ${f.name.es} de {owner} hace referencia a «{target}», que no está en el diseño.`,
    })),
    ...clearMessages,
  },
  check({ design, index, report }) {
    for (const ref of referencesOf(design)) {
      if (index.byId.has(ref.target)) continue;
      report({
        message: `dangling.${ref.field}`,
        params: { owner: index.label(ref.owner), target: ref.target },
        elements: [ref.owner],
        fix: { title: `clear.${ref.field}`, apply: (d) => clearReference(d, ref) },
      });
    }
  },
});

const dsn002 = defineRule({
  id: 'DSN-002',
  severity: 'error',
  source: SOURCE,
  fixable: true,
  summary: {
    en: 'Every reference points to an element of the right kind.',
    es: 'Toda referencia apunta a un elemento del tipo correcto.',
  },
  messages: {
    ...messagesFor('wrongKind', referenceFields, (f) => ({
      en: `The ${f.name.en} of {owner} refers to {target}, which is not ${aKind[f.expects].en}.`,
      es: `El ${f.name.es} de {owner} hace referencia a {target}, que no es ${aKind[f.expects].es}.`,
    })),
    ...clearMessages,
  },
  check({ design, index, report }) {
    for (const ref of referencesOf(design)) {
      const hit = index.byId.get(ref.target);
      if (!hit || hit.kind === ref.expects) continue;
      report({
        message: `wrongKind.${ref.field}`,
        params: { owner: index.label(ref.owner), target: index.label(ref.target) },
        elements: [ref.owner, ref.target],
        fix: { title: `clear.${ref.field}`, apply: (d) => clearReference(d, ref) },
      });
    }
  },
});

// ---------------------------------------------------------------------------------------------
// FQDNs and names (DSN-003, DSN-004, DSN-005, DSN-012, DSN-013, DSN-014)

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

const dsn003 = defineRule({
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

function groupBy<T>(items: Iterable<T>, key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

const pluralKinds = {
  server: { en: 'Persistent Chat servers', es: 'servidores de Chat persistente' },
  pool: { en: 'Persistent Chat pools', es: 'grupos de Chat persistente' },
  frontEndPool: { en: 'Front End pools', es: 'grupos front-end' },
} satisfies Record<string, Words>;

const dsn004 = defineRule({
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

const dsn005 = defineRule({
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

const dsn012 = defineRule({
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

const dsn013 = defineRule({
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

const dsn014 = defineRule({
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

// ---------------------------------------------------------------------------------------------
// Placement (DSN-006, DSN-007, DSN-010, DSN-011)

interface Computer {
  /** The one data center the design puts it in, or null while it is unplaced. */
  dataCenter: string | null;
  /** True once two of its elements disagree about the data center. */
  split: boolean;
  elements: string[];
}

const computersCache = new WeakMap<DesignIndex, Map<string, Computer>>();

/**
 * What stands on each computer (by FQDN) and where the design puts it; shared by DSN-006 and
 * DSN-011. Only placements in a data center that exists count; dangling ones are DSN-001's.
 */
function computersOf(design: Design, index: DesignIndex): Map<string, Computer> {
  const cached = computersCache.get(index);
  if (cached) return cached;
  const computers = new Map<string, Computer>();
  const add = (fqdn: string, dataCenterId: string | null, id: string) => {
    const key = memoFqdnKey(fqdn);
    if (key === '') return;
    let c = computers.get(key);
    if (!c) computers.set(key, (c = { dataCenter: null, split: false, elements: [] }));
    if (c.elements[c.elements.length - 1] !== id) c.elements.push(id);
    if (!dataCenterId || !index.dataCenter(dataCenterId)) return;
    if (c.dataCenter === null) c.dataCenter = dataCenterId;
    else if (c.dataCenter !== dataCenterId) c.split = true;
  };
  for (const fe of design.frontEndPools) {
    // An Enterprise pool's own FQDN is a DNS name for the pool, not a computer.
    if (fe.edition === 'standard') add(fe.fqdn, fe.dataCenterId, fe.id);
    for (const m of fe.machines) add(m, fe.dataCenterId, fe.id);
  }
  for (const s of design.servers) add(s.fqdn, s.dataCenterId, s.id);
  for (const i of design.sqlInstances) add(i.serverFqdn, i.dataCenterId, i.id);
  for (const f of design.fileStores) add(f.serverFqdn, f.dataCenterId, f.id);
  for (const s of design.shares) add(s.serverFqdn, s.dataCenterId, s.id);
  computersCache.set(index, computers);
  return computers;
}

const theKind: Record<Placeable, Words> = {
  frontEndPool: { en: 'The Front End pool', es: 'El grupo front-end' },
  server: { en: 'The Persistent Chat server', es: 'El servidor de Chat persistente' },
  sqlInstance: { en: 'The SQL Server instance', es: 'La instancia de SQL Server' },
  fileStore: { en: 'The file store', es: 'El almacén de archivos' },
  share: { en: 'The share', es: 'El recurso compartido' },
};

const dsn006 = defineRule({
  id: 'DSN-006',
  severity: 'warning',
  source: SOURCE,
  fixable: true,
  summary: {
    en: 'Every server, SQL instance, file store, share and Front End pool is placed in a data center.',
    es: 'Todo servidor, instancia SQL, almacén de archivos, recurso compartido y grupo front-end está en un centro de datos.',
  },
  messages: {
    ...messagesFor('unplaced', theKind, (k) => ({
      en: `${k.en} {name} is not placed in any data center, so the placement rules cannot judge it.`,
      es: `${k.es} {name} no está en ningún centro de datos, así que las reglas de ubicación no pueden evaluarlo.`,
    })),
    place: {
      en: 'Place it in {dataCenter}, beside the rest of {computer}',
      es: 'Colocarlo en {dataCenter}, junto al resto de {computer}',
    },
  },
  check({ design, index, report }) {
    let computers: Map<string, Computer> | undefined;
    const visit = (kind: Placeable, el: { id: string; dataCenterId: string | null }, hosts: string[]) => {
      if (el.dataCenterId !== null) return;
      computers ??= computersOf(design, index);
      // Another element on the same computer tells where this one stands, if it says one thing.
      let home: { dc: string; computer: string } | undefined;
      for (const h of hosts) {
        const c = computers.get(memoFqdnKey(h));
        if (c?.dataCenter && !c.split) home = { dc: c.dataCenter, computer: h };
      }
      report({
        message: `unplaced.${kind}`,
        params: { name: index.label(el.id) },
        elements: [el.id],
        fix: home && {
          title: 'place',
          params: { dataCenter: index.label(home.dc), computer: home.computer },
          apply: (d: Design) => updateElement(d, kind, el.id, { dataCenterId: home.dc }),
        },
      });
    };
    for (const fe of design.frontEndPools) visit('frontEndPool', fe, fe.machines);
    for (const s of design.servers) visit('server', s, [s.fqdn]);
    for (const i of design.sqlInstances) visit('sqlInstance', i, [i.serverFqdn]);
    for (const f of design.fileStores) visit('fileStore', f, [f.serverFqdn]);
    for (const s of design.shares) visit('share', s, [s.serverFqdn]);
  },
});

const dsn007 = defineRule({
  id: 'DSN-007',
  severity: 'warning',
  source: SOURCE,
  fixable: true,
  summary: {
    en: 'Every Persistent Chat server belongs to a pool.',
    es: 'Todo servidor de Chat persistente pertenece a un grupo.',
  },
  messages: {
    noPool: {
      en: 'The Persistent Chat server {server} belongs to no pool, so no pool rule counts it.',
      es: 'El servidor de Chat persistente {server} no pertenece a ningún grupo, así que ninguna regla de grupo lo cuenta.',
    },
    join: {
      en: 'Add it to pool {pool}',
      es: 'Agregarlo al grupo {pool}',
    },
  },
  check({ design, index, report }) {
    // With one pool the choice is mechanical; with several the planner decides.
    const only = design.pools.length === 1 ? design.pools[0] : undefined;
    for (const server of design.servers) {
      if (server.poolId !== null) continue;
      report({
        message: 'noPool',
        params: { server: index.label(server.id) },
        elements: [server.id],
        fix: only && {
          title: 'join',
          params: { pool: index.label(only.id) },
          apply: (d: Design) => updateElement(d, 'server', server.id, { poolId: only.id }),
        },
      });
    }
  },
});

const dsn010 = defineRule({
  id: 'DSN-010',
  severity: 'error',
  source: `${SOURCE}; CFG, STR`,
  summary: {
    en: 'A pool with disaster recovery is stretched over exactly two data centers.',
    es: 'Un grupo con recuperación ante desastres se extiende exactamente sobre dos centros de datos.',
  },
  messages: {
    dataCenters: {
      en: '{pools} use disaster recovery, which stretches a pool over two data centers (primary and backup), but the design has {count} data centers.',
      es: '{pools} usan recuperación ante desastres, que extiende un grupo sobre dos centros de datos (principal y de copia de seguridad), pero el diseño tiene {count} centros de datos.',
    },
  },
  check({ design, index, report }) {
    if (design.dataCenters.length === 2) return;
    const dr = design.pools.filter((p) => p.disasterRecovery);
    if (dr.length === 0) return;
    report({
      message: 'dataCenters',
      params: { pools: dr.map((p) => index.label(p.id)).join(', '), count: design.dataCenters.length },
      elements: [...dr.map((p) => p.id), ...design.dataCenters.map((d) => d.id)],
    });
  },
});

const dsn011 = defineRule({
  id: 'DSN-011',
  severity: 'error',
  source: SOURCE,
  summary: {
    en: 'A computer stands in one data center: everything on it is placed there.',
    es: 'Un equipo está en un solo centro de datos: todo lo que hay en él se ubica allí.',
  },
  messages: {
    split: {
      en: 'The computer {computer} is placed in {dataCenters} at once by {names}; one computer stands in one data center.',
      es: 'El equipo {computer} está a la vez en {dataCenters} según {names}; un equipo está en un solo centro de datos.',
    },
  },
  check({ design, index, report }) {
    for (const [computer, c] of computersOf(design, index)) {
      if (!c.split) continue;
      const dataCenters = new Set<string>();
      for (const id of c.elements) {
        const dc = (index.byId.get(id)?.element as { dataCenterId?: string | null } | undefined)
          ?.dataCenterId;
        if (dc && index.dataCenter(dc)) dataCenters.add(dc);
      }
      report({
        message: 'split',
        params: {
          computer,
          dataCenters: [...dataCenters].map((dc) => index.label(dc)).join(' / '),
          names: c.elements.map((id) => index.label(id)).join(', '),
        },
        elements: c.elements,
      });
    }
  },
});

// ---------------------------------------------------------------------------------------------
// Numbers (DSN-008, DSN-009, DSN-015)

const portSubjects = {
  pool: {
    en: 'The Persistent Chat port {port} of {owner}',
    es: 'El puerto de Chat persistente {port} de {owner}',
  },
  mirroring: {
    en: 'The mirroring port {port} of {owner}',
    es: 'El puerto de creación de reflejo {port} de {owner}',
  },
} satisfies Record<string, Text>;

const dsn008 = defineRule({
  id: 'DSN-008',
  severity: 'error',
  source: SOURCE,
  fixable: true,
  summary: {
    en: 'Every port is a whole number from 1 to 65535.',
    es: 'Todo puerto es un número entero de 1 a 65535.',
  },
  messages: {
    ...reasonMessages('badPort', portSubjects, portReasons),
    reset: {
      en: 'Use the default port {port}',
      es: 'Usar el puerto predeterminado {port}',
    },
  },
  check({ design, index, report }) {
    const flag = (
      subject: keyof typeof portSubjects,
      owner: string,
      port: number,
      fallback: number,
      set: (d: Design) => Design,
    ) => {
      const problem = portProblem(port);
      if (problem === null) return;
      const reason = reasonOf(problem, portReasons);
      report({
        message: `badPort.${subject}.${reason.key}`,
        params: { owner: index.label(owner), port: String(port), ...reason.params },
        elements: [owner],
        fix: { title: 'reset', params: { port: String(fallback) }, apply: set },
      });
    };
    for (const pool of design.pools) {
      flag('pool', pool.id, pool.port, DEFAULT_POOL_PORT, (d) =>
        updateElement(d, 'pool', pool.id, { port: DEFAULT_POOL_PORT }),
      );
    }
    for (const instance of design.sqlInstances) {
      if (instance.mirroringPort === null) continue;
      const roles = index.rolesByInstance.get(instance.id) ?? [];
      const witnessOnly = roles.length > 0 && roles.every((r) => r.part === 'witness');
      const fallback = witnessOnly ? DEFAULT_WITNESS_PORT : DEFAULT_MIRRORING_PORT;
      flag('mirroring', instance.id, instance.mirroringPort, fallback, (d) =>
        updateElement(d, 'sqlInstance', instance.id, { mirroringPort: fallback }),
      );
    }
  },
});

type MinuteField = keyof Pick<
  LogShipping,
  'backupIntervalMinutes' | 'copyIntervalMinutes' | 'restoreIntervalMinutes' | 'restoreDelayMinutes'
>;

const minuteSubjects: Record<MinuteField, Text> = {
  backupIntervalMinutes: {
    en: 'The log backup interval of pool {pool} ({minutes} minutes)',
    es: 'El intervalo de copia del registro del grupo {pool} ({minutes} minutos)',
  },
  copyIntervalMinutes: {
    en: 'The log copy interval of pool {pool} ({minutes} minutes)',
    es: 'El intervalo de copia a destino del grupo {pool} ({minutes} minutos)',
  },
  restoreIntervalMinutes: {
    en: 'The log restore interval of pool {pool} ({minutes} minutes)',
    es: 'El intervalo de restauración del grupo {pool} ({minutes} minutos)',
  },
  restoreDelayMinutes: {
    en: 'The restore delay of pool {pool} ({minutes} minutes)',
    es: 'El retraso de restauración del grupo {pool} ({minutes} minutos)',
  },
};

const dsn009 = defineRule({
  id: 'DSN-009',
  severity: 'error',
  source: SOURCE,
  fixable: true,
  summary: {
    en: 'Log-shipping intervals and the restore delay are possible numbers of minutes.',
    es: 'Los intervalos del trasvase de registros y el retraso de restauración son cantidades de minutos posibles.',
  },
  messages: {
    ...reasonMessages('badMinutes', minuteSubjects, minuteReasons),
    reset: {
      en: 'Set it to {minutes} minutes',
      es: 'Establecerlo en {minutes} minutos',
    },
  },
  check({ design, index, report }) {
    for (const pool of design.pools) {
      const ls = pool.logShipping;
      const backupOk = minutesProblem(ls.backupIntervalMinutes) === null && ls.backupIntervalMinutes > 0;
      for (const key of Object.keys(minuteSubjects) as MinuteField[]) {
        const value = ls[key];
        const interval = key !== 'restoreDelayMinutes';
        const problem = minutesProblem(value) ?? (interval && value === 0 ? zeroInterval : null);
        if (problem === null) continue;
        // The delay's documented value is 0; the other schedules follow the backup (PC-058).
        const target = !interval
          ? 0
          : key !== 'backupIntervalMinutes' && backupOk
            ? ls.backupIntervalMinutes
            : DEFAULT_LOG_SHIPPING[key];
        const reason = reasonOf(problem, minuteReasons);
        report({
          message: `badMinutes.${key}.${reason.key}`,
          params: { pool: index.label(pool.id), minutes: String(value), ...reason.params },
          elements: [pool.id],
          fix: {
            title: 'reset',
            params: { minutes: target },
            apply: (d) => {
              const current = d.pools.find((p) => p.id === pool.id);
              if (!current) return d;
              return updateElement(d, 'pool', pool.id, {
                logShipping: { ...current.logShipping, [key]: target },
              });
            },
          },
        });
      }
    }
  },
});

type SettingKey = keyof RuleSettings;

const settingLimits: Record<SettingKey, { min: number; text: Text }> = {
  lowLatencyMaxMs: {
    min: 0,
    text: {
      en: 'The setting lowLatencyMaxMs is {value}; it must be 0 or more (milliseconds).',
      es: 'La configuración lowLatencyMaxMs vale {value}; debe ser 0 o más (milisegundos).',
    },
  },
  highBandwidthMinMbps: {
    min: 0,
    text: {
      en: 'The setting highBandwidthMinMbps is {value}; it must be 0 or more (Mbit/s).',
      es: 'La configuración highBandwidthMinMbps vale {value}; debe ser 0 o más (Mbit/s).',
    },
  },
  logShippingScheduleTolerance: {
    min: 1,
    text: {
      en: 'The setting logShippingScheduleTolerance is {value}; it must be 1 or more (a ratio).',
      es: 'La configuración logShippingScheduleTolerance vale {value}; debe ser 1 o más (una razón).',
    },
  },
};

const linkFigures = {
  latencyMs: {
    en: 'The link between the data centers has a latency of {value} ms, which is not a possible figure.',
    es: 'El enlace entre los centros de datos tiene una latencia de {value} ms, que no es una cifra posible.',
  },
  bandwidthMbps: {
    en: 'The link between the data centers has a bandwidth of {value} Mbit/s, which is not a possible figure.',
    es: 'El enlace entre los centros de datos tiene un ancho de banda de {value} Mbit/s, que no es una cifra posible.',
  },
} satisfies Record<'latencyMs' | 'bandwidthMbps', Text>;

const atLeast = (n: number, min: number) => Number.isFinite(n) && n >= min;

const dsn015 = defineRule({
  id: 'DSN-015',
  severity: 'error',
  source: SOURCE,
  fixable: true,
  summary: {
    en: 'The data-center link figures and the rule settings are possible values.',
    es: 'Las cifras del enlace entre centros de datos y la configuración de las reglas son valores posibles.',
  },
  messages: {
    ...messagesFor('link', linkFigures, (t) => t),
    ...messagesFor('setting', settingLimits, (s) => s.text),
    reset: {
      en: 'Reset it to {value}',
      es: 'Restablecerla en {value}',
    },
  },
  check({ design, report }) {
    for (const key of Object.keys(linkFigures) as (keyof typeof linkFigures)[]) {
      const value = design.link[key];
      if (!atLeast(value, 0))
        report({ message: `link.${key}`, params: { value: String(value) }, elements: [] });
    }
    for (const key of Object.keys(settingLimits) as SettingKey[]) {
      const value = design.settings[key];
      if (atLeast(value, settingLimits[key].min)) continue;
      const fallback = DEFAULT_SETTINGS[key];
      report({
        message: `setting.${key}`,
        params: { value: String(value) },
        elements: [],
        fix: {
          title: 'reset',
          params: { value: String(fallback) },
          apply: (d) => ({ ...d, settings: { ...d.settings, [key]: fallback } }),
        },
      });
    }
  },
});

export const integrityRules: readonly Rule[] = [
  dsn001,
  dsn002,
  dsn003,
  dsn004,
  dsn005,
  dsn006,
  dsn007,
  dsn008,
  dsn009,
  dsn010,
  dsn011,
  dsn012,
  dsn013,
  dsn014,
  dsn015,
];
