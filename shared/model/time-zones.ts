/**
 * Time zones as zones, not spellings (PC-019). A data center's time zone may be written as a
 * Windows name ("Central Standard Time", what Windows Server and Topology Builder show) or an
 * IANA name ("America/Chicago", "US/Central"). Unicode CLDR's windowsZones mapping
 * (cldr-core, supplemental/windowsZones.json) says which IANA zones each Windows zone covers, so
 * two names are the same zone when they come to the same Windows zone. IANA names are first
 * brought to their canonical form by the JavaScript engine's own time-zone data (US/Central is
 * America/Chicago); CLDR keeps older canonical names (Asia/Calcutta for Asia/Kolkata), so both
 * sides are canonicalised the same way before they are compared.
 */
import windowsZones from 'cldr-core/supplemental/windowsZones.json' with { type: 'json' };
import { derivedByValue } from './derived.ts';

export type TimeZoneReading =
  /** A zone the design names: `zone` is the key two names share when they mean one zone. */
  | { kind: 'windows' | 'iana'; zone: string }
  /** Nothing written yet: unfinished, not wrong. */
  | { kind: 'empty' }
  /** Neither a Windows nor an IANA time zone name. */
  | { kind: 'unknown' };

interface Tables {
  /** Windows zone names, lower-cased, to the name as CLDR writes it. */
  windows: Map<string, string>;
  /** Canonical IANA ids to the Windows zone that covers them. */
  ianaToWindows: Map<string, string>;
}

/** The engine's canonical spelling of an IANA id, or null when the engine does not know it. */
function canonicalIana(name: string): string | null {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return null;
  }
}

let tables: Tables | undefined;

function tablesOf(): Tables {
  if (tables) return tables;
  const windows = new Map<string, string>();
  const ianaToWindows = new Map<string, string>();
  for (const { mapZone } of windowsZones.supplemental.windowsZones.mapTimezones) {
    windows.set(mapZone._other.toLowerCase(), mapZone._other);
    for (const id of mapZone._type.split(' ')) {
      // The "001" row names the zone's main city; territory rows add the rest. The first
      // Windows zone to claim an IANA id keeps it, as CLDR lists each id under one zone.
      const key = canonicalIana(id) ?? id;
      if (!ianaToWindows.has(key)) ianaToWindows.set(key, mapZone._other);
    }
  }
  return (tables = { windows, ianaToWindows });
}

/**
 * What a time-zone name written in a design means. An IANA id that CLDR maps to no Windows zone
 * is still a zone; it is then only the same as itself (and its aliases).
 */
export const readTimeZone = derivedByValue((written: string): TimeZoneReading => {
  const name = written.trim();
  if (name === '') return { kind: 'empty' };
  const { windows, ianaToWindows } = tablesOf();
  const windowsName = windows.get(name.toLowerCase());
  if (windowsName) return { kind: 'windows', zone: windowsName };
  // A Windows-looking name the engine would not take, such as "Central Time", is unknown.
  const iana = canonicalIana(name);
  if (iana === null) return { kind: 'unknown' };
  return { kind: 'iana', zone: ianaToWindows.get(iana) ?? iana };
});

/** True when both names are zones and the same zone; false when either is empty or unknown. */
export function sameTimeZone(a: string, b: string): boolean {
  const x = readTimeZone(a);
  const y = readTimeZone(b);
  return 'zone' in x && 'zone' in y && x.zone === y.zone;
}
