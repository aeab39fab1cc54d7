/**
 * The documents the rule catalogue rests on, as its table "Sources and abbreviations" lists them
 * (shared/reference/pchat-rules.md): abbreviation, file and topic date. Unless a file names its
 * repository, it is in MicrosoftDocs/OfficeDocs-SkypeForBusiness under Lync/LyncServer/. A test
 * holds this list to the catalogue.
 */

export interface RuleSource {
  abbreviation: string;
  file: string;
  /** As the catalogue writes it: YYYY-MM-DD, or n/a. */
  date: string;
}

export const sourceRepository = 'MicrosoftDocs/OfficeDocs-SkypeForBusiness, Lync/LyncServer/';

export const ruleSources: readonly RuleSource[] = [
  {
    abbreviation: 'RR',
    file: 'lync-server-2013-required-resources-for-persistent-chat-server.md',
    date: '2016-02-05',
  },
  {
    abbreviation: 'TBHA',
    file: 'lync-server-2013-using-topology-builder-to-configure-high-availability-and-disaster-recovery.md',
    date: '2012-10-06',
  },
  {
    abbreviation: 'STR',
    file: 'lync-server-2013-using-a-stretched-persistent-chat-server-pool-for-disaster-recovery.md',
    date: '2012-10-06',
  },
  { abbreviation: 'MIR', file: 'lync-server-2013-sql-server-mirroring.md', date: '2012-09-29' },
  {
    abbreviation: 'LS1',
    file: 'lync-server-2013-setting-up-sql-server-log-shipping-for-the-persistent-chat-server-primary-database.md',
    date: '2012-11-12',
  },
  {
    abbreviation: 'LS2',
    file: 'lync-server-2013-set-up-log-shipping-secondary-database.md (title "Setting up SQL Server Log Shipping between the primary mirror and the Log Shipping secondary database")',
    date: '2013-02-21',
  },
  {
    abbreviation: 'CFG',
    file: 'lync-server-2013-configuring-persistent-chat-server-for-high-availability-and-disaster-recovery.md (parent/seed page)',
    date: '2012-10-01',
  },
  {
    abbreviation: 'FOFB',
    file: 'lync-server-2013-failing-over-and-failing-back-persistent-chat-server.md',
    date: '2012-08-03',
  },
  { abbreviation: 'FO', file: 'lync-server-2013-failing-over-persistent-chat-server.md', date: '2014-02-05' },
  { abbreviation: 'FB', file: 'lync-server-2013-failing-back-persistent-chat-server.md', date: '2014-02-05' },
  {
    abbreviation: 'CT',
    file: 'lync-server-2013-components-and-topologies-for-persistent-chat-server.md',
    date: '2012-10-05',
  },
  {
    abbreviation: 'TR',
    file: 'lync-server-2013-technical-requirements-for-persistent-chat-server.md',
    date: '2013-01-06',
  },
  {
    abbreviation: 'DEF',
    file: 'lync-server-2013-defining-your-requirements-for-persistent-chat-server.md',
    date: '2014-01-15',
  },
  {
    abbreviation: 'CHK',
    file: 'lync-server-2013-deployment-checklist-for-persistent-chat-server.md',
    date: '2012-10-16',
  },
  { abbreviation: 'HOW', file: 'lync-server-2013-how-persistent-chat-server-works.md', date: '2012-11-21' },
  {
    abbreviation: 'ADD',
    file: 'lync-server-2013-add-persistent-chat-server-to-the-topology.md',
    date: '2012-10-06',
  },
  { abbreviation: 'PUB', file: 'lync-server-2013-publish-the-updated-topology.md', date: '2012-10-01' },
  { abbreviation: 'DEP', file: 'lync-server-2013-deploying-persistent-chat-server.md', date: '2014-03-31' },
  {
    abbreviation: 'CAP',
    file: 'lync-server-2013-capacity-planning-for-persistent-chat-server.md',
    date: '2012-10-05',
  },
  {
    abbreviation: 'COMP',
    file: 'lync-server-2013-persistent-chat-compliance.md (cmdlet syntax only)',
    date: '2012-10-06',
  },
  {
    abbreviation: 'SQLM',
    file: 'lync-server-2013-deploying-sql-mirroring-for-back-end-server-high-availability.md',
    date: '2014-01-08',
  },
  { abbreviation: 'BEHA', file: 'lync-server-2013-back-end-server-high-availability.md', date: '2013-08-12' },
  { abbreviation: 'DBSW', file: 'lync-server-2013-database-software-support.md', date: '2014-12-01' },
  {
    abbreviation: 'COLEE',
    file: 'lync-server-2013-server-collocation-in-an-enterprise-edition-front-end-pool-deployment.md',
    date: '2013-11-11',
  },
  {
    abbreviation: 'COLSE',
    file: 'lync-server-2013-server-collocation-in-a-standard-edition-server-deployment.md',
    date: '2013-01-20',
  },
  { abbreviation: 'FSHA', file: 'lync-server-2013-file-sharing-high-availability.md', date: '2012-03-30' },
  {
    abbreviation: 'PORTS',
    file: 'lync-server-2013-ports-and-protocols-for-internal-servers.md',
    date: '2016-04-06',
  },
  {
    abbreviation: 'SFB-PLAN',
    file: 'Skype/SfbServer/plan-your-deployment/persistent-chat-server/high-availability-and-disaster-recovery.md (SfB 2015; used only where it adds detail, e.g. text description of the stretched-pool figures)',
    date: '2016-05-17',
  },
  {
    abbreviation: 'SFB-TOPO',
    file: 'Skype/SfbServer/plan-your-deployment/persistent-chat-server/topology.md (SfB 2015)',
    date: '2016-05-17',
  },
  {
    abbreviation: 'SFB-HW',
    file: 'Skype/SfbServer/plan-your-deployment/persistent-chat-server/hardware-and-software-requirements.md (SfB 2015)',
    date: '2018-07-19',
  },
  {
    abbreviation: 'SFB-CFG',
    file: 'Skype/SfbServer/deploy/deploy-persistent-chat-server/configure-hadr-for-persistent-chat.md (SfB 2015)',
    date: '2018-02-07',
  },
  {
    abbreviation: 'SFB-MGMT',
    file: 'Skype/SfbServer/manage/persistent-chat/high-availability-and-disaster-recovery.md (SfB 2015 failover/failback)',
    date: '2018-01-31',
  },
  {
    abbreviation: 'TB-OPT',
    file: 'Skype/SfbServer/help-topics/help-topobld/define-properties-and-options-for-persistent-chat-pool.md (Topology Builder F1 help)',
    date: '2015-03-27',
  },
  {
    abbreviation: 'TB-SQL',
    file: '.../help-topobld/add-persistent-chat-sql-server-store.md',
    date: '2015-03-27',
  },
  {
    abbreviation: 'TB-BKSQL',
    file: '.../help-topobld/add-persistent-chat-backup-sql-server-store.md',
    date: '2015-03-27',
  },
  {
    abbreviation: 'TB-CSQL',
    file: '.../help-topobld/add-persistent-chat-compliance-sql-server-store.md',
    date: '2015-03-27',
  },
  {
    abbreviation: 'TB-CBKSQL',
    file: '.../help-topobld/add-persistent-chat-compliance-backup-sql-server-store.md',
    date: '2015-03-27',
  },
  { abbreviation: 'TB-FS', file: '.../help-topobld/add-persistent-chat-file-store.md', date: '2018-02-08' },
  {
    abbreviation: 'TB-GEN',
    file: '.../help-topobld/persistent-chat-general-settings-expander.md (Edit Properties dialog)',
    date: '2015-03-27',
  },
  {
    abbreviation: 'TB-MACH',
    file: '.../help-topobld/persistent-chat-machines-expander.md',
    date: '2015-03-27',
  },
  { abbreviation: 'TB-ADDSQL', file: '.../help-topobld/add-sql-store.md', date: '2018-11-17' },
  {
    abbreviation: 'PS-STATE',
    file: 'MicrosoftDocs/office-docs-powershell: skype/skype-ps/skype/Set-CsPersistentChatState.md',
    date: 'n/a',
  },
  {
    abbreviation: 'PS-ACTIVE',
    file: 'MicrosoftDocs/office-docs-powershell: skype/skype-ps/skype/Set-CsPersistentChatActiveServer.md',
    date: 'n/a',
  },
  {
    abbreviation: 'PS-DBFO',
    file: 'MicrosoftDocs/office-docs-powershell: skype/skype-ps/skype/Invoke-CsDatabaseFailover.md',
    date: 'n/a',
  },
];

const byAbbreviation = new Map(ruleSources.map((s) => [s.abbreviation, s]));

export function ruleSource(abbreviation: string): RuleSource | undefined {
  return byAbbreviation.get(abbreviation);
}

/** One citation of a source string ("LS1 step 7, LS2 step 9"): the abbreviation and where in it. */
export interface Citation {
  /** Undefined when the first word is no abbreviation of the catalogue (the designer's own checks). */
  source: RuleSource | undefined;
  text: string;
}

export function citations(source: string): Citation[] {
  return source
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((text) => ({ source: ruleSource(text.split(/\s+/)[0] ?? ''), text }));
}
