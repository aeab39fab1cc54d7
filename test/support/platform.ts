/** A platform that does nothing, for tests that fake only the calls they watch. */
import type { DesignerPlatform } from '../../shared/platform/contract.ts';

export function idlePlatform(extra: Partial<DesignerPlatform> = {}): DesignerPlatform {
  return {
    openDesign: async () => null,
    importTopologyXml: async () => null,
    saveDesign: async () => null,
    saveDesignAs: async () => null,
    exportTopologyXml: async () => null,
    onOpenFile: () => () => undefined,
    onCommand: () => () => undefined,
    setDocumentState: () => undefined,
    ...extra,
  };
}
