/** A design whose names are attacks on every language a runbook is written in; each payload says PWNED. */
import type { Design } from '../../shared/model/types.ts';
import { edit, reference } from '../support/designs.ts';

export const hostile = {
  designName: 'Evil\n#>\nRemove-Item C:\\ -Recurse # PWNED\r\nGO\nDROP DATABASE PWNED',
  pool: "pchat'; Stop-Computer -Force # PWNED '.contoso.com",
  backupServer: 'sql\u2019; Invoke-Expression PWNED; \u2018x.contoso.com',
  backupInstance: "I'N]\nGO\nDROP DATABASE PWNED--",
  primaryServer: 'sqlpc1$(PWNED)`".contoso.com',
  copyShare: 'copy\'$(PWNED)`"\n-- \nGO\nEXEC PWNED /*',
  logShare: 'logs\u201A; PWNED \u201B*/',
  server5: "pchat5'); PWNED; ('x.contoso.com",
  server6: '```\n<img src=x onerror=PWNED>.contoso.com',
  dataCenter: "<script>alert('PWNED')</script>",
  mirrorShare: 'mir|ror` <b>PWNED</b>',
};

export function hostileDesign(): Design {
  const d = reference();
  let sql = edit(d.sqlInstances, 'sql-mgc-backup', {
    serverFqdn: hostile.backupServer,
    instanceName: hostile.backupInstance,
  });
  sql = edit(sql, 'sql-mgc', { serverFqdn: hostile.primaryServer });
  let shares = edit(d.shares, 'share-logcopy', { shareName: hostile.copyShare });
  shares = edit(shares, 'share-logs', { shareName: hostile.logShare });
  shares = edit(shares, 'share-mirror', { shareName: hostile.mirrorShare });
  let servers = edit(d.servers, 'pc5', { fqdn: hostile.server5 });
  servers = edit(servers, 'pc6', { fqdn: hostile.server6 });
  return {
    ...d,
    name: hostile.designName,
    dataCenters: edit(d.dataCenters, 'dc2', { name: hostile.dataCenter }),
    pools: d.pools.map((p) => ({ ...p, fqdn: hostile.pool })),
    sqlInstances: sql,
    shares,
    servers,
  };
}
