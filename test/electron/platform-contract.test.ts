/**
 * The preload and the main process's IPC gate are two sides of one contract
 * (shared/platform/contract.ts). The bridge copies each request field by field so nothing the page
 * attached crosses IPC; a field the contract gains and the bridge does not copy would be refused
 * by the gate at run time, so every message the bridge sends is checked against the gate's schema.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { invokeChannels, sendChannels } from '../../electron/ipc/channels.ts';
import { createDesignerBridge, type IpcPort } from '../../electron/preload/bridge.ts';
import {
  documentStateSchema,
  recoveryDraftSchema,
  themeSourceSchema,
  runbookRequestSchema,
  saveRequestSchema,
  type DesignerPlatform,
  type DesktopDesignerApi,
  type OpenedFile,
} from '../../shared/platform/contract.ts';

function recordingIpc() {
  const messages: { channel: string; args: unknown[] }[] = [];
  const ipc: IpcPort = {
    invoke: async (channel, ...args) => {
      messages.push({ channel, args });
      return { ok: true, value: null };
    },
    send: (channel, ...args) => messages.push({ channel, args }),
    on: () => undefined,
  };
  return { ipc, messages };
}

describe('the platform contract', () => {
  it('every message the preload sends passes the schema the IPC gate checks it with', async () => {
    const { ipc, messages } = recordingIpc();
    const bridge = createDesignerBridge(ipc, () => null);
    const save = { text: '{}', suggestedName: 'Contoso.pctopo', fileId: 'a'.repeat(32) };
    await bridge.saveDesign(save);
    await bridge.saveDesignAs({ ...save, fileId: null });
    await bridge.exportTopologyXml(save);
    await bridge.exportRunbook({ text: '{}', suggestedName: 'Contoso' });
    bridge.setDocumentState({ name: 'Contoso.pctopo', title: '*Contoso.pctopo', modified: true });
    bridge.saveRecoveryDraft({ text: '{}', fileId: null });
    bridge.setThemeSource('dark');

    const schemaOf: Record<string, { safeParse(v: unknown): { error?: unknown } }> = {
      [invokeChannels.saveDesign]: saveRequestSchema,
      [invokeChannels.saveDesignAs]: saveRequestSchema,
      [invokeChannels.exportTopologyXml]: saveRequestSchema,
      [invokeChannels.exportRunbook]: runbookRequestSchema,
      [sendChannels.setDocumentState]: documentStateSchema,
      [sendChannels.recoveryDraft]: recoveryDraftSchema,
      [sendChannels.setThemeSource]: themeSourceSchema,
    };
    expect(messages.map((m) => m.channel).sort()).toEqual(Object.keys(schemaOf).sort());
    for (const { channel, args } of messages) {
      expect(args).toHaveLength(1);
      expect(schemaOf[channel]!.safeParse(args[0]).error, channel).toBeUndefined();
    }
  });

  it('the preload offers the page the platform it expects, desktop extras included', () => {
    expectTypeOf(createDesignerBridge).returns.toEqualTypeOf<DesktopDesignerApi>();
    expectTypeOf<DesktopDesignerApi>().toExtend<DesignerPlatform>();
    // The field the renderer's copy once lacked.
    expectTypeOf<OpenedFile>().toHaveProperty('recovered').toEqualTypeOf<true | undefined>();
  });
});
