/**
 * Paste keeps related names consistent: elements copied from one computer land on one new
 * computer, so a copy adds no error the original does not have.
 */
import { describe, expect, test } from 'vitest';
import { createEditorStore } from '../../renderer/state/editor-store.ts';
import type { DesignDocument } from '../../shared/model/types.ts';
import { validate } from '../../shared/rules/engine.ts';
import type { Finding } from '../../shared/rules/types.ts';
import { loadExample } from '../support/designs.ts';

const errors = (doc: DesignDocument): Finding[] => validate(doc.design).filter((f) => f.severity === 'error');

function pasteIntoItself(doc: DesignDocument) {
  const store = createEditorStore(doc);
  store.getState().selectAll();
  store.getState().copySelection();
  store.getState().paste();
  return store.getState();
}

describe('pasting the reference design into itself', () => {
  test('the copy share and its backup store go to the same new server', () => {
    const s = pasteIntoItself(loadExample('reference-high-bandwidth'));
    const d = s.doc.design;
    const copy = d.pools.find((p) => s.selection.includes(p.id))!;
    const logCopy = d.shares.find((x) => x.id === copy.logShipping.copyShareId)!;
    const backup = d.sqlInstances.find((i) => i.id === copy.stores.backup.sqlInstanceId)!;
    expect(s.selection).toContain(logCopy.id);
    expect(logCopy.serverFqdn).toBe(backup.serverFqdn);
    expect(backup.serverFqdn).not.toBe('sqlpc2.contoso.com');
    // The log backup and mirroring shares and the file store shared one file server, and still do.
    const fileStore = d.fileStores.find((f) => f.id === copy.fileStoreId)!;
    const logBackup = d.shares.find((x) => x.id === copy.logShipping.backupShareId)!;
    const mirroring = d.shares.find((x) => x.id === copy.mirroringShareId)!;
    expect(new Set([fileStore.serverFqdn, logBackup.serverFqdn, mirroring.serverFqdn]).size).toBe(1);
  });

  test('adds no error the original does not have, apart from the limits of a whole deployment', () => {
    const doc = loadExample('reference-high-bandwidth');
    const after = errors(pasteIntoItself(doc).doc);
    // Two 60,000-user pools exceed what a whole deployment supports (PC-004): that is the copy's
    // real consequence, not a naming slip, and it is the only error the copy adds.
    expect(after.filter((f) => f.ruleId !== 'PC-004').length).toBe(errors(doc).length);
  });

  test('with pools the deployment can hold twice over, the error count equals the original’s', () => {
    const doc = loadExample('reference-high-bandwidth');
    const pool = doc.design.pools[0]!;
    const half: DesignDocument = {
      ...doc,
      design: {
        ...doc.design,
        pools: [{ ...pool, expectedConcurrentUsers: 30_000, provisionedUsers: 60_000 }],
      },
    };
    expect(errors(half)).toEqual([]);
    expect(errors(pasteIntoItself(half).doc).map((f) => `${f.ruleId}: ${f.message}`)).toEqual([]);
  });

  test('elements with no computer name yet still get names of their own', () => {
    const doc = loadExample('reference-high-bandwidth');
    const blank: DesignDocument = {
      ...doc,
      design: { ...doc.design, shares: doc.design.shares.map((x) => ({ ...x, serverFqdn: '' })) },
    };
    const s = pasteIntoItself(blank);
    const pasted = s.doc.design.shares.filter((x) => s.selection.includes(x.id)).map((x) => x.serverFqdn);
    expect(new Set(pasted).size).toBe(pasted.length);
  });
});
