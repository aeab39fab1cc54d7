/**
 * What each box shows, as catalogue keys rather than words, so the same derived data serves
 * every language and a box re-renders only when what it shows has changed.
 */
import type { DesignIndex } from '../../shared/model/design-index.ts';
import type {
  FileStore,
  FrontEndPool,
  PersistentChatPool,
  PersistentChatServer,
  Share,
  SqlInstance,
} from '../../shared/model/types.ts';
import { sqlInstanceLabel, uncPath } from '../../shared/model/values.ts';
import type { PlaceableKind } from '../model/kinds.ts';
import type { Badge } from '../state/findings.ts';
import type { WhatIfMark } from '../whatif/whatif.ts';

/** A catalogue key with its parameters; `tone` picks the chip colour. */
export interface Chip {
  key: string;
  params?: Record<string, string | number>;
  tone?: 'active' | 'idle' | 'role' | 'plain';
}

export interface ElementContent {
  kind: PlaceableKind;
  title: string;
  subtitle: string;
  chips: Chip[];
}

export interface ElementNodeData extends ElementContent, Record<string, unknown> {
  badge: Badge | null;
  /** Set by the canvas in what-if mode only; never derived from the design. */
  whatIf?: WhatIfMark;
}

export interface DataCenterNodeData extends Record<string, unknown> {
  name: string;
  lyncSite: string;
  badge: Badge | null;
  whatIf?: WhatIfMark;
}

const host = (fqdn: string) => fqdn.split('.')[0] || fqdn;

function serverData(s: PersistentChatServer, index: DesignIndex): ElementContent {
  const chips: Chip[] = [{ key: `chips.${s.state}`, tone: s.state }];
  if (!s.poolId || !index.pool(s.poolId)) chips.push({ key: 'chips.noPool', tone: 'plain' });
  return { kind: 'server', title: host(s.fqdn), subtitle: s.fqdn, chips };
}

function sqlData(i: SqlInstance, index: DesignIndex): ElementContent {
  const roles = index.rolesByInstance.get(i.id) ?? [];
  const chips: Chip[] = [];
  const seen = new Set<string>();
  for (const r of roles) {
    const key = `chips.${r.part}.${r.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    chips.push({ key, tone: 'role' });
  }
  chips.push({ key: 'chips.sqlVersion', params: { version: i.version, edition: i.edition }, tone: 'plain' });
  return {
    kind: 'sqlInstance',
    title: sqlInstanceLabel(host(i.serverFqdn), i.instanceName),
    subtitle: sqlInstanceLabel(i.serverFqdn, i.instanceName),
    chips,
  };
}

function frontEndData(f: FrontEndPool): ElementContent {
  return {
    kind: 'frontEndPool',
    title: host(f.fqdn),
    subtitle: f.fqdn,
    chips: [
      { key: `chips.edition.${f.edition}`, tone: 'plain' },
      { key: 'chips.machines', params: { count: f.machines.length }, tone: 'plain' },
    ],
  };
}

function poolData(p: PersistentChatPool, index: DesignIndex): ElementContent {
  const servers = index.serversByPool.get(p.id) ?? [];
  const active = servers.filter((s) => s.state === 'active').length;
  const chips: Chip[] = [{ key: 'chips.servers', params: { count: servers.length, active }, tone: 'plain' }];
  if (p.computers === 'single') chips.push({ key: 'chips.single', tone: 'plain' });
  if (p.disasterRecovery) chips.push({ key: 'chips.dr', tone: 'role' });
  if (p.compliance) chips.push({ key: 'chips.compliance', tone: 'role' });
  return { kind: 'pool', title: p.displayName || host(p.fqdn), subtitle: p.fqdn, chips };
}

function shareData(s: FileStore | Share, kind: 'fileStore' | 'share'): ElementContent {
  const chips: Chip[] =
    kind === 'share' ? [{ key: `chips.purpose.${(s as Share).purpose}`, tone: 'role' }] : [];
  return { kind, title: s.shareName, subtitle: uncPath(s.serverFqdn, s.shareName), chips };
}

export function elementData(kind: PlaceableKind, element: unknown, index: DesignIndex): ElementContent {
  switch (kind) {
    case 'server':
      return serverData(element as PersistentChatServer, index);
    case 'sqlInstance':
      return sqlData(element as SqlInstance, index);
    case 'frontEndPool':
      return frontEndData(element as FrontEndPool);
    case 'pool':
      return poolData(element as PersistentChatPool, index);
    case 'fileStore':
    case 'share':
      return shareData(element as FileStore, kind);
  }
}
