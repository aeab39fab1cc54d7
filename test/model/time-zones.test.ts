import { describe, expect, it } from 'vitest';
import { readTimeZone, sameTimeZone } from '../../shared/model/time-zones.ts';

describe('time zones are compared as zones, not as spellings', () => {
  it('takes a Windows name and the IANA zone CLDR maps it to as one zone', () => {
    expect(sameTimeZone('Central Standard Time', 'America/Chicago')).toBe(true);
    expect(sameTimeZone('Eastern Standard Time', 'America/New_York')).toBe(true);
    expect(sameTimeZone('W. Europe Standard Time', 'Europe/Berlin')).toBe(true);
  });

  it('takes other IANA zones of one Windows zone as that zone too', () => {
    // CLDR lists America/Winnipeg (CA) and America/Indiana/Knox (US) under Central Standard Time.
    expect(sameTimeZone('America/Winnipeg', 'Central Standard Time')).toBe(true);
    expect(sameTimeZone('America/Indiana/Knox', 'America/Chicago')).toBe(true);
  });

  it('canonicalises IANA aliases, whichever spelling CLDR keeps', () => {
    expect(sameTimeZone('US/Central', 'America/Chicago')).toBe(true);
    // CLDR lists Asia/Calcutta; the current IANA name is Asia/Kolkata.
    expect(sameTimeZone('Asia/Kolkata', 'India Standard Time')).toBe(true);
    expect(sameTimeZone('Asia/Kolkata', 'Asia/Calcutta')).toBe(true);
  });

  it('ignores case and stray spaces in either kind of name', () => {
    expect(sameTimeZone(' central standard time ', 'america/chicago')).toBe(true);
  });

  it('tells different zones apart', () => {
    expect(sameTimeZone('Central Standard Time', 'Eastern Standard Time')).toBe(false);
    expect(sameTimeZone('America/Chicago', 'America/Denver')).toBe(false);
    // Same offset in winter, other rules: Mexico City is its own Windows zone.
    expect(sameTimeZone('America/Chicago', 'America/Mexico_City')).toBe(false);
  });

  it('says which kind a name is, and when it is none', () => {
    expect(readTimeZone('Central Standard Time')).toEqual({ kind: 'windows', zone: 'Central Standard Time' });
    expect(readTimeZone('America/Chicago')).toEqual({ kind: 'iana', zone: 'Central Standard Time' });
    expect(readTimeZone('  ')).toEqual({ kind: 'empty' });
    expect(readTimeZone('Central Time')).toEqual({ kind: 'unknown' });
    expect(readTimeZone('Mars/Olympus_Mons')).toEqual({ kind: 'unknown' });
  });

  it('never takes an empty or unknown name for a zone', () => {
    expect(sameTimeZone('', '')).toBe(false);
    expect(sameTimeZone('Central Time', 'Central Time')).toBe(false);
  });
});
