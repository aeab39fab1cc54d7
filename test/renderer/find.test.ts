import { describe, expect, test } from 'vitest';
import { findElements } from '../../renderer/model/find.ts';
import { templateDocument } from '../../renderer/model/templates.ts';

const design = templateDocument('high-bandwidth').design;
const ids = (query: string) => findElements(design, query).map((m) => m.id);

describe('find', () => {
  test('finds a server by its FQDN, ignoring case, with its kind and data center', () => {
    expect(findElements(design, 'PCHAT5.contoso')).toEqual([
      { id: 'pc5', kind: 'server', label: 'pchat5.contoso.com', dataCenter: 'Houston' },
    ]);
  });

  test('matches anywhere in a name: a host prefix finds every server sharing it', () => {
    expect(ids('pchat').filter((id) => /^pc\d$/.test(id))).toHaveLength(8);
  });

  test('finds a SQL Server instance by server\\instance and by the instance name alone', () => {
    expect(ids('sqlpc1.contoso.com\\pchat')).toEqual(['sql-mgc']);
    expect(ids('witness').sort()).toEqual(['sql-witness1', 'sql-witness2']);
  });

  test('finds a share by its UNC path and a pool by its display name', () => {
    const share = findElements(design, '\\\\fs1.contoso.com\\pchatlogs');
    expect(share.map((m) => [m.id, m.kind])).toEqual([['share-logs', 'share']]);
    const pool = findElements(design, 'contoso persistent');
    expect(pool).toEqual([{ id: 'pool1', kind: 'pool', label: 'pchatpool.contoso.com', dataCenter: null }]);
  });

  test('a data center name lists what is in it, after elements named with the query', () => {
    const inHouston = findElements(design, 'houston');
    expect(inHouston.length).toBeGreaterThan(5);
    expect(inHouston.every((m) => m.dataCenter === 'Houston')).toBe(true);
    expect(inHouston.map((m) => m.id)).toContain('pc5');
  });

  test('an empty query or one nothing matches finds nothing', () => {
    expect(findElements(design, '   ')).toEqual([]);
    expect(findElements(design, 'no-such-host')).toEqual([]);
  });
});
