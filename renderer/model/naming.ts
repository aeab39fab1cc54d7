/**
 * Names for elements the planner adds or copies: every new computer gets an FQDN nobody in the
 * design uses yet, in the design's own domain, so a fresh element never collides with another.
 */
import type { Design } from '../../shared/model/types.ts';
import { fqdnKey } from '../../shared/model/values.ts';

/** Used when the design has no element to borrow a domain from. */
const FALLBACK_DOMAIN = 'example.com';

function splitFqdn(fqdn: string): { host: string; domain: string } {
  const dot = fqdn.indexOf('.');
  return dot < 0 ? { host: fqdn, domain: '' } : { host: fqdn.slice(0, dot), domain: fqdn.slice(dot + 1) };
}

/** The AD domain most elements of the design are in, so new ones join the same domain (PC-016, PC-039). */
export function designDomain(design: Design): string {
  const counts = new Map<string, number>();
  const count = (domain: string) => {
    const d = domain.trim().toLowerCase();
    if (d) counts.set(d, (counts.get(d) ?? 0) + 1);
  };
  for (const s of design.servers) count(s.adDomain);
  for (const i of design.sqlInstances) count(i.adDomain);
  for (const f of design.frontEndPools) count(f.adDomain);
  if (counts.size === 0) {
    for (const p of design.pools) count(splitFqdn(p.fqdn).domain);
  }
  let best = FALLBACK_DOMAIN;
  let most = 0;
  for (const [domain, n] of counts) {
    if (n > most) {
      best = domain;
      most = n;
    }
  }
  return best;
}

/** Every computer or pool name the design uses, as comparison keys. */
export function takenNames(design: Design): Set<string> {
  const taken = new Set<string>();
  const add = (fqdn: string) => {
    if (fqdn.trim()) taken.add(fqdnKey(fqdn));
  };
  for (const p of design.pools) add(p.fqdn);
  for (const s of design.servers) add(s.fqdn);
  for (const f of design.frontEndPools) {
    add(f.fqdn);
    f.machines.forEach(add);
  }
  for (const i of design.sqlInstances) add(i.serverFqdn);
  for (const f of design.fileStores) add(f.serverFqdn);
  for (const s of design.shares) add(s.serverFqdn);
  return taken;
}

/**
 * The first free FQDN in the series of `fqdn`'s host name: pchat3.contoso.com gives
 * pchat9.contoso.com when 1 to 8 are taken, keeping any zero padding (fe1-01 → fe1-04).
 * The chosen name is added to `taken`, so a batch of calls never hands out one name twice.
 * A batch passes `series` too: `taken` only grows, so a series' first free number never goes
 * down, and each call resumes where the last one of its series stopped instead of counting
 * from 1 again (pasting n copies of one series would otherwise try n² names).
 */
export function nextFreeFqdn(
  fqdn: string,
  taken: Set<string>,
  fallbackDomain = FALLBACK_DOMAIN,
  series?: Map<string, number>,
): string {
  const { host, domain } = splitFqdn(fqdn.trim());
  const match = /^(.*?)(\d*)$/.exec(host);
  const stem = match?.[1] || host || 'server';
  const digits = match?.[2] ?? '';
  // Zero padding is a convention worth keeping (fe1-01); a plain number (pchat10) is not padding.
  const width = digits.startsWith('0') ? digits.length : 0;
  const dom = domain || fallbackDomain;
  const seriesKey = `${width}\u0000${stem}\u0000${dom}`;
  for (let n = series?.get(seriesKey) ?? 1; ; n++) {
    const candidate = `${stem}${String(n).padStart(width, '0')}.${dom}`;
    if (!taken.has(fqdnKey(candidate))) {
      taken.add(fqdnKey(candidate));
      series?.set(seriesKey, n + 1);
      return candidate;
    }
  }
}

/**
 * A fresh id for a new element: `${prefix}-${n}` with the first n the design does not use. A
 * batch that adds each id to `used` passes `from` too, for the reason `nextFreeFqdn` takes `series`.
 */
export function nextFreeId(
  prefix: string,
  used: ReadonlySet<string> | ReadonlyMap<string, unknown>,
  from?: Map<string, number>,
): string {
  for (let n = from?.get(prefix) ?? 1; ; n++) {
    const id = `${prefix}-${n}`;
    if (!used.has(id)) {
      from?.set(prefix, n + 1);
      return id;
    }
  }
}

/**
 * Names for the copies of a batch of elements: every copied computer gets one new FQDN, shared by
 * all the elements copied from it. A share and the backup store on one SQL Server computer stay
 * together on the new computer, so the copy keeps what the rules ask of the original (PC-053).
 * A blank name stands for no computer in particular, so each one gets a name of its own.
 */
export function computerRenamer(
  taken: Set<string>,
  fallbackDomain = FALLBACK_DOMAIN,
): (fqdn: string) => string {
  const renamed = new Map<string, string>();
  const series = new Map<string, number>();
  return (fqdn) => {
    if (!fqdn.trim()) return nextFreeFqdn(fqdn, taken, fallbackDomain, series);
    const key = fqdnKey(fqdn);
    let name = renamed.get(key);
    if (name === undefined) {
      name = nextFreeFqdn(fqdn, taken, fallbackDomain, series);
      renamed.set(key, name);
    }
    return name;
  };
}
