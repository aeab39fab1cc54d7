/**
 * Turning what a planner types (`dc1,sql:sqlpc1.contoso.com,server:pchat5.contoso.com,link`)
 * into a FailureSet, and checking a FailureSet the canvas builds. Anything that names nothing
 * in the design is a ScenarioError that says so, never a silent no-op.
 */
import { indexDesign } from '../model/design-index.ts';
import type { DesignIndex } from '../model/design-index.ts';
import { derived } from '../model/derived.ts';
import { pushTo } from '../model/groups.ts';
import type { Design, PersistentChatPool, StorePart, StoreRole } from '../model/types.ts';
import { fqdnKey, uncPath } from '../model/values.ts';
import type { Text } from '../i18n/text.ts';
import { ScenarioError } from './errors.ts';
import { selectPool } from './pool.ts';
import type { FailableKind, FailedElement, FailureSet } from './types.ts';

/** Role tokens: the SQL instance that plays a part for the pool. */
export const roleTokens: Readonly<Record<string, { role: StoreRole; part: StorePart; what: Text }>> = {
  primary: { role: 'primary', part: 'instance', what: { en: 'primary store', es: 'almacén principal' } },
  mirror: {
    role: 'primary',
    part: 'mirror',
    what: { en: "primary store's mirror", es: 'reflejo del almacén principal' },
  },
  witness: {
    role: 'primary',
    part: 'witness',
    what: { en: "primary store's witness", es: 'testigo del almacén principal' },
  },
  backup: { role: 'backup', part: 'instance', what: { en: 'backup store', es: 'almacén de copia' } },
  'backup-mirror': {
    role: 'backup',
    part: 'mirror',
    what: { en: "backup store's mirror", es: 'reflejo del almacén de copia' },
  },
  'backup-witness': {
    role: 'backup',
    part: 'witness',
    what: { en: "backup store's witness", es: 'testigo del almacén de copia' },
  },
};

const tokenForms: readonly [string, string][] = [
  ['dc1, dc2', 'the first or second data center (also dc:<id or name>, or the bare id or name)'],
  ['sql:<fqdn>', 'a SQL Server computer: every instance on it, and the shares it holds'],
  ['sql:<fqdn>\\<instance>, sql:<id>', 'one SQL Server instance'],
  ['server:<fqdn>, server:<id>', 'a Persistent Chat server'],
  ['share:<\\\\host\\share>, share:<id>', 'a log-shipping or mirroring share, or a file store'],
  ['fe:<fqdn>, fe:<id>', 'a Front End pool'],
  ['primary, mirror, witness', "the pool's primary store, its mirror, its witness"],
  ['backup, backup-mirror, backup-witness', "the pool's backup store, its mirror, its witness"],
  ['link', 'the link between the data centers'],
  ['<id>', 'any element id of the design'],
];
const tokenWidth = Math.max(...tokenForms.map(([t]) => t.length));

/** One line per token form, for --help. */
export const failureTokenHelp: readonly string[] = tokenForms.map(
  ([t, what]) => `${t.padEnd(tokenWidth)}  ${what}`,
);

const failableKinds: ReadonlySet<string> = new Set<FailableKind>([
  'dataCenter',
  'frontEndPool',
  'server',
  'sqlInstance',
  'fileStore',
  'share',
]);

const text = {
  empty: {
    en: 'An empty failure was given; list what fails, separated by commas, such as dc1,link.',
    es: 'Se indicó un fallo vacío; enumere lo que falla separado por comas, por ejemplo dc1,link.',
  },
  unknown: {
    en: '"{token}" names nothing in this design. Use dc1, dc2, a data center\'s id or name, sql:<fqdn>, sql:<fqdn>\\<instance>, server:<fqdn>, share:<UNC path>, fe:<fqdn>, primary, mirror, witness, backup, backup-mirror, backup-witness, link, or an element id.',
    es: '«{token}» no designa nada en este diseño. Use dc1, dc2, el id o el nombre de un centro de datos, sql:<fqdn>, sql:<fqdn>\\<instancia>, server:<fqdn>, share:<ruta UNC>, fe:<fqdn>, primary, mirror, witness, backup, backup-mirror, backup-witness, link o el id de un elemento.',
  },
  noSuch: {
    en: '"{token}": the design has no {what} "{name}".',
    es: '«{token}»: el diseño no tiene ningún {whatEs} «{name}».',
  },
  ambiguous: {
    en: '"{token}" could mean several elements ({matches}); name one by its id.',
    es: '«{token}» puede designar varios elementos ({matches}); indique uno por su id.',
  },
  noRole: {
    en: '"{token}": pool {pool} has no {what}.',
    es: '«{token}»: el grupo {pool} no tiene {whatEs}.',
  },
  noSecondDc: {
    en: '"{token}": the design has only 1 data center.',
    es: '«{token}»: el diseño solo tiene 1 centro de datos.',
  },
  noDc: {
    en: '"{token}": the design has no data center.',
    es: '«{token}»: el diseño no tiene ningún centro de datos.',
  },
  roleNeedsPool: {
    en: '"{token}" names an instance of one pool, and the design has {count} Persistent Chat pools ({pools}); say which with --pool, or name the instance with sql:<fqdn>\\<instance>.',
    es: '«{token}» designa una instancia de un grupo, y el diseño tiene {count} grupos de Chat persistente ({pools}); indique cuál con --pool, o nombre la instancia con sql:<fqdn>\\<instancia>.',
  },
  notFailable: {
    en: '"{id}" is a Persistent Chat pool, which fails only through its servers and stores; mark those instead.',
    es: '«{id}» es un grupo de Chat persistente, que solo falla a través de sus servidores y almacenes; marque esos en su lugar.',
  },
  missingId: {
    en: 'The scenario names element "{id}", which is not in the design.',
    es: 'El escenario nombra el elemento «{id}», que no está en el diseño.',
  },
} as const;

const kindWords: Record<string, Text> = {
  sql: { en: 'SQL Server computer or instance', es: 'equipo o instancia de SQL Server' },
  server: { en: 'Persistent Chat server', es: 'servidor de Chat persistente' },
  share: { en: 'share or file store', es: 'recurso compartido o almacén de archivos' },
  fe: { en: 'Front End pool', es: 'grupo de servidores front-end' },
  dc: { en: 'data center', es: 'centro de datos' },
};

/**
 * What the design index (byId, instancesByServer) does not answer, built once per design: a
 * scenario naming thousands of servers looks each up instead of scanning every element for each.
 */
interface Names {
  /** How many elements of a kind have an id, keyed `kind id` (a damaged design may repeat one). */
  byId: ReadonlyMap<string, number>;
  sharesByHost: ReadonlyMap<string, string[]>;
  serversByFqdn: ReadonlyMap<string, string[]>;
  sharesByPath: ReadonlyMap<string, string[]>;
  frontEndsByFqdn: ReadonlyMap<string, string[]>;
}

const namesOf = derived((design: Design): Names => {
  const byId = new Map<string, number>();
  const count = (id: string, kind: string) => byId.set(`${kind} ${id}`, (byId.get(`${kind} ${id}`) ?? 0) + 1);
  for (const i of design.sqlInstances) count(i.id, 'sql');
  const sharesByHost = new Map<string, string[]>();
  const sharesByPath = new Map<string, string[]>();
  for (const s of [...design.shares, ...design.fileStores]) {
    count(s.id, 'share');
    pushTo(sharesByHost, fqdnKey(s.serverFqdn), s.id);
    pushTo(sharesByPath, uncPath(s.serverFqdn, s.shareName).toLowerCase(), s.id);
  }
  const serversByFqdn = new Map<string, string[]>();
  for (const s of design.servers) {
    count(s.id, 'server');
    pushTo(serversByFqdn, fqdnKey(s.fqdn), s.id);
  }
  const frontEndsByFqdn = new Map<string, string[]>();
  for (const f of design.frontEndPools) {
    count(f.id, 'fe');
    pushTo(frontEndsByFqdn, fqdnKey(f.fqdn), f.id);
  }
  return { byId, sharesByHost, serversByFqdn, sharesByPath, frontEndsByFqdn };
});

/** The id once for each element of `kind` that has it (a damaged design may repeat one). */
function withId(name: string, kind: string, names: Names): string[] {
  return Array.from({ length: names.byId.get(`${kind} ${name}`) ?? 0 }, () => name);
}

/** A design has one or two data centers: scanning them is cheaper than keeping a table. */
function matchDataCenters(index: DesignIndex, name: string): string[] {
  const { dataCenters } = index.design;
  const exact = dataCenters.filter((d) => d.id === name || d.name === name);
  if (exact.length > 0) return exact.map((d) => d.id);
  const lower = name.toLowerCase();
  return dataCenters.filter((d) => d.name.toLowerCase() === lower).map((d) => d.id);
}

/** sql:<fqdn> is the whole computer: its instances, and the shares and file stores it holds. */
function matchSql(index: DesignIndex, name: string): string[] {
  const names = namesOf(index.design);
  const byId = withId(name, 'sql', names);
  if (byId.length > 0) return byId;
  const slash = name.lastIndexOf('\\');
  if (slash > 0) {
    const instance = name.slice(slash + 1).toLowerCase();
    return (index.instancesByServer.get(fqdnKey(name.slice(0, slash))) ?? [])
      .filter((i) => i.instanceName.toLowerCase() === instance)
      .map((i) => i.id);
  }
  const host = fqdnKey(name);
  const instances = (index.instancesByServer.get(host) ?? []).map((i) => i.id);
  if (instances.length === 0) return [];
  return [...instances, ...(names.sharesByHost.get(host) ?? [])];
}

function matchServer(index: DesignIndex, name: string): string[] {
  const names = namesOf(index.design);
  const byId = withId(name, 'server', names);
  return byId.length > 0 ? byId : [...(names.serversByFqdn.get(fqdnKey(name)) ?? [])];
}

function matchShare(index: DesignIndex, name: string): string[] {
  const names = namesOf(index.design);
  const byId = withId(name, 'share', names);
  return byId.length > 0 ? byId : [...(names.sharesByPath.get(name.toLowerCase()) ?? [])];
}

function matchFrontEnd(index: DesignIndex, name: string): string[] {
  const names = namesOf(index.design);
  const byId = withId(name, 'fe', names);
  return byId.length > 0 ? byId : [...(names.frontEndsByFqdn.get(fqdnKey(name)) ?? [])];
}

const prefixed: Record<string, (index: DesignIndex, name: string) => string[]> = {
  dc: matchDataCenters,
  sql: matchSql,
  server: matchServer,
  share: matchShare,
  fe: matchFrontEnd,
};

function roleInstance(index: DesignIndex, pool: PersistentChatPool, token: string): string {
  const spec = roleTokens[token]!;
  const a = pool.stores[spec.role];
  const id = spec.part === 'instance' ? a.sqlInstanceId : spec.part === 'mirror' ? a.mirrorId : a.witnessId;
  if (!id || !index.sqlInstance(id)) {
    throw new ScenarioError(text.noRole, {
      token,
      pool: pool.fqdn || pool.id,
      what: spec.what.en,
      whatEs: spec.what.es,
    });
  }
  return id;
}

function resolveToken(index: DesignIndex, pool: PersistentChatPool, raw: string): string[] | 'link' {
  const token = raw.trim();
  if (token === '') throw new ScenarioError(text.empty);
  const lower = token.toLowerCase();
  const design = index.design;
  if (lower === 'link') return 'link';
  if (lower === 'dc1' || lower === 'dc2') {
    const dc = design.dataCenters[lower === 'dc1' ? 0 : 1];
    if (!dc)
      throw new ScenarioError(design.dataCenters.length === 0 ? text.noDc : text.noSecondDc, { token });
    return [dc.id];
  }
  if (lower in roleTokens) return [roleInstance(index, pool, lower)];

  const colon = token.indexOf(':');
  const prefix = colon > 0 ? token.slice(0, colon).toLowerCase() : '';
  const match = prefixed[prefix];
  if (match) {
    const name = token.slice(colon + 1).trim();
    const ids = match(index, name);
    if (ids.length === 0) {
      const what = kindWords[prefix]!;
      throw new ScenarioError(text.noSuch, { token, what: what.en, whatEs: what.es, name });
    }
    if (prefix !== 'sql' && ids.length > 1) {
      throw new ScenarioError(text.ambiguous, { token, matches: ids.join(', ') });
    }
    return ids;
  }

  const hit = index.byId.get(token);
  if (hit && failableKinds.has(hit.kind)) return [token];
  const dcs = matchDataCenters(index, token);
  if (dcs.length === 1) return dcs;
  if (dcs.length > 1) throw new ScenarioError(text.ambiguous, { token, matches: dcs.join(', ') });
  if (hit) throw new ScenarioError(text.notFailable, { id: token });
  throw new ScenarioError(text.unknown, { token });
}

/**
 * Reads failure tokens (each may itself be a comma-separated list) for one pool of the design.
 * Role tokens such as `witness` name that pool's instances.
 */
export function parseFailures(
  design: Design,
  pool: PersistentChatPool,
  tokens: readonly string[],
): FailureSet {
  const index = indexDesign(design);
  const ids = new Set<string>();
  let link = false;
  for (const token of tokens.flatMap((t) => t.split(','))) {
    const resolved = resolveToken(index, pool, token);
    if (resolved === 'link') link = true;
    else for (const id of resolved) ids.add(id);
  }
  return { elementIds: [...ids], link };
}

/**
 * Reads failure tokens for every pool at once. A role token (`witness`) means a different
 * instance in each pool, so with several pools it is refused with a message saying what to
 * write instead.
 */
export function parseFailuresForDesign(design: Design, tokens: readonly string[]): FailureSet {
  const [first, ...others] = design.pools;
  if (!first) return parseFailures(design, selectPool(design), tokens);
  if (others.length > 0) {
    const role = tokens
      .flatMap((t) => t.split(','))
      .map((t) => t.trim())
      .find((t) => t.toLowerCase() in roleTokens);
    if (role) {
      throw new ScenarioError(text.roleNeedsPool, {
        token: role,
        count: design.pools.length,
        pools: design.pools.map((p) => p.fqdn || p.id).join(', '),
      });
    }
  }
  return parseFailures(design, first, tokens);
}

/** Checks a FailureSet against the design: every id must name a failable element. */
export function failedElements(index: DesignIndex, failures: FailureSet): FailedElement[] {
  const out: FailedElement[] = [];
  const seen = new Set<string>();
  for (const id of failures.elementIds) {
    if (seen.has(id)) continue;
    seen.add(id);
    const hit = index.byId.get(id);
    if (!hit) throw new ScenarioError(text.missingId, { id });
    if (!failableKinds.has(hit.kind)) throw new ScenarioError(text.notFailable, { id });
    out.push({ id, kind: hit.kind as FailableKind, label: index.label(id) });
  }
  return out;
}
