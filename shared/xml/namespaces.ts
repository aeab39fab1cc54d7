/** The namespaces of topology documents, as the real documents declare them (tbxml-format.md §2). */
export const NS = {
  topologyBuilder: 'urn:schema:Microsoft.Rtc.Management.Deploy.TopologyBuilder.2008',
  writable: 'urn:schema:Microsoft.Rtc.Management.Deploy.WritableTopology.2008',
  topology: 'urn:schema:Microsoft.Rtc.Management.Deploy.Topology.2008',
  serviceRoles: 'urn:schema:Microsoft.Rtc.Management.Deploy.ServiceRoles.2008',
  webServices: 'urn:schema:Microsoft.Rtc.Management.Deploy.WebServices.2011',
  baseTypes: 'urn:schema:Microsoft.Rtc.Management.BaseTypes.2008',
  simpleUrl: 'urn:schema:Microsoft.Rtc.Management.Settings.SimpleUrl.2008',
} as const;

/** Prefix of every service Type attribute seen (tbxml-format.md §6). */
export const SERVICE_TYPE_PREFIX = 'Microsoft.Rtc.Management.Deploy.Internal.ServiceRoles.';

export type Flavour = 'tbxml' | 'published';
