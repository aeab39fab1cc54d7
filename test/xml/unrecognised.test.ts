/**
 * A real Topology Builder document with Persistent Chat may write other strings than the ones
 * the designer inferred (pchat-mapping.ts). Such a document must never import silently as a
 * pool without stores: every part the mapping does not describe is named, kept, and read as far
 * as its role and Usage names allow.
 */
import { describe, expect, it } from 'vitest';
import { storeSlotByName } from '../../shared/xml/pchat-mapping.ts';
import { MAPPING_NOTE } from '../../shared/xml/import.ts';
import { runCli } from '../support/cli.ts';
import { loadExample } from '../support/designs.ts';
import { exported, imported, withoutSidecar } from './support.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const reference = loadExample('reference-high-bandwidth');
const plain = withoutSidecar(exported(reference).text);

/** The pool's dependency of one Usage, rewritten; only the pool service's first such link. */
function poolService(text: string): string {
  const start = text.indexOf('RoleName="PersistentChatService"');
  return text.slice(start, text.indexOf('</Service>', start));
}

function rewritePool(text: string, edit: (service: string) => string): string {
  const service = poolService(text);
  return text.replace(service, edit(service));
}

const labelOf = (design: ReturnType<typeof imported>['document']['design'], id: string | null) => {
  const i = design.sqlInstances.find((x) => x.id === id);
  return i ? `${i.serverFqdn}\\${i.instanceName}` : null;
};

describe('Persistent Chat parts the mapping does not describe', () => {
  it('import with nothing to report when the document is what the designer writes', () => {
    expect(imported(plain).summary.unrecognised).toEqual([]);
  });

  it('are named by role and Usage, read by name where the name says which part, and reported', () => {
    const text = rewritePool(plain, (s) =>
      s
        .replace('Usage="Mirror"', 'Usage="MirrorDatabase"')
        .replace('Usage="Backup"', 'Usage="Secondary"')
        .replace('<PersistentChatService ', '<PersistentChatService EnableFileTransfer="true" ')
        .replace(
          '</DependsOn>',
          '<Dependency ServiceUniqueId="00000000-0000-0000-0000-00000000beef" Usage="Archiving" /></DependsOn>',
        ),
    );
    const { document, summary } = imported(text);
    const pool = document.design.pools[0]!;
    // "MirrorDatabase" names the mirror, so the content store keeps its mirror.
    expect(labelOf(document.design, pool.stores.primary.mirrorId)).toBe('sqlpc1m.contoso.com\\PCHAT');
    // "Secondary" names no part: the backup store is not guessed, only reported.
    expect(pool.stores.backup.sqlInstanceId).toBeNull();
    expect(summary.unrecognised).toEqual([
      'The Persistent Chat pool pchatpool.contoso.com depends on PersistentChatStore on sqlpc1m.contoso.com\\PCHAT with Usage "MirrorDatabase", which the designer does not know; read as the mirror of the primary store from its name. Check it in the inspector.',
      'The Persistent Chat pool pchatpool.contoso.com has the setting EnableFileTransfer="true" on its PersistentChatService element, which the designer does not read; kept as it is.',
      'The Persistent Chat pool pchatpool.contoso.com depends on PersistentChatStore on sqlpc2.contoso.com\\PCHAT with Usage "Secondary", which the designer does not know; not read, kept as it is.',
      'The Persistent Chat pool pchatpool.contoso.com depends on a service that is not in the document (00000000-0000-0000-0000-00000000beef, Usage "Archiving"), which the designer does not know; not read, kept as it is.',
    ]);
  });

  it('stay in the document: export writes every one of them back', () => {
    const text = rewritePool(plain, (s) =>
      s
        .replace('Usage="Backup"', 'Usage="Secondary"')
        .replace('<PersistentChatService ', '<PersistentChatService EnableFileTransfer="true" ')
        .replace(
          '</DependsOn>',
          '<Dependency ServiceUniqueId="00000000-0000-0000-0000-00000000beef" Usage="Archiving" /></DependsOn>',
        ),
    );
    const again = poolService(exported(imported(text).document).text);
    expect(again).toContain('Usage="Secondary"');
    expect(again).toContain('EnableFileTransfer="true"');
    expect(again).toContain('ServiceUniqueId="00000000-0000-0000-0000-00000000beef" Usage="Archiving"');
  });

  it('include a link stated twice, without letting the second overwrite the first', () => {
    const text = rewritePool(plain, (s) => s.replace('Usage="BackupMirror"', 'Usage="Mirror"'));
    const { document, summary } = imported(text);
    expect(labelOf(document.design, document.design.pools[0]!.stores.primary.mirrorId)).toBe(
      'sqlpc1m.contoso.com\\PCHAT',
    );
    expect(summary.unrecognised.some((u) => u.includes('links its mirror of the primary store twice'))).toBe(
      true,
    );
  });

  it('include a witness link of another Usage, a store no pool links, and a Persistent Chat role of another name', () => {
    const unlinked = rewritePool(plain, (svc) =>
      svc.replace(/<Dependency [^>]*Usage="BackupMirror" \/>\s*$/m, ''),
    );
    // A new service of an unknown Persistent Chat role, on the witness's instance.
    const witness = unlinked.slice(
      unlinked.indexOf('<Service', unlinked.indexOf('RoleName="WitnessStore"') - 200),
    );
    const witnessService = witness.slice(0, witness.indexOf('</Service>') + '</Service>'.length);
    const archive = witnessService
      .replace(/UniqueId="[^"]+"/, 'UniqueId="00000000-0000-0000-0000-0000000a7c41"')
      .replace('RoleName="WitnessStore"', 'RoleName="PersistentChatArchive"');
    const text = unlinked
      .replace(witnessService, `${witnessService}${archive}`)
      .replace('Usage="Witness"', 'Usage="WitnessServer"');
    const { summary } = imported(text);
    const has = (part: string) => summary.unrecognised.some((u) => u.includes(part));
    expect(has('with Usage "WitnessServer", which the designer does not read as a witness')).toBe(true);
    expect(has('A PersistentChatArchive service on')).toBe(true);
    expect(has('a Persistent Chat role the designer does not know')).toBe(true);
    expect(
      has(
        'PersistentChatStore service on sqlpc2m.contoso.com\\PCHAT belongs to no Persistent Chat pool the designer read',
      ),
    ).toBe(true);
  });

  it('make the CLI import say that the mapping may need correcting', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pchat-unrecognised-'));
    const input = join(dir, 'deployed.tbxml');
    writeFileSync(
      input,
      rewritePool(plain, (s) => s.replace('Usage="Backup"', 'Usage="Secondary"')),
    );
    const r = await runCli('import', input, '-o', join(dir, 'deployed.pctopo'));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Persistent Chat parts the designer does not recognise (kept in the file as they are):',
    );
    expect(r.stdout).toContain('with Usage "Secondary"');
    expect(r.stdout).toContain(MAPPING_NOTE);
  });
});

describe('reading a store link by its names', () => {
  it.each([
    ['PersistentChatStore', 'Primary', { role: 'primary', part: 'instance' }],
    ['PersistentChatStore', 'MirrorDatabase', { role: 'primary', part: 'mirror' }],
    ['PersistentChatStore', 'BackupDatabase', { role: 'backup', part: 'instance' }],
    ['PersistentChatStore', 'Backup_Mirror', { role: 'backup', part: 'mirror' }],
    ['PersistentChatComplianceStore', 'Principal', { role: 'compliance', part: 'instance' }],
    ['PersistentChatComplianceStore', 'BackupMirror2', { role: 'complianceBackup', part: 'mirror' }],
  ])('%s with Usage %s is read as %o', (role, usage, slot) => {
    expect(storeSlotByName(role, usage)).toEqual(slot);
  });

  it.each([
    ['PersistentChatStore', 'Secondary'],
    ['PersistentChatStore', ''],
    ['UserStore', 'Mirror'],
    ['WitnessStore', 'Mirror'],
  ])('%s with Usage "%s" is not read', (role, usage) => {
    expect(storeSlotByName(role, usage)).toBeUndefined();
  });
});
