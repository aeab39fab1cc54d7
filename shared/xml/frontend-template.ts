/**
 * What Topology Builder writes for a Front End pool, taken from the real documents (sample-01
 * for the ports, all five for the services and their settings), so that a Front End pool the
 * designer adds looks like one Topology Builder would have added. Everything here is [S] in
 * docs/xml-format.md: seen in SfB Server 2015 and 2019 files. Whether Lync Server 2013 writes
 * the same ports is not confirmed; Topology Builder regenerates default ports, so a difference
 * there is expected to be repaired on open.
 */
import type { FrontEndPool } from '../model/types.ts';
import type { Flavour } from './namespaces.ts';
import { NS, SERVICE_TYPE_PREFIX } from './namespaces.ts';
import type { ClusterSpec, MachineSpec } from './topology-doc.ts';
import type { XmlElement } from './tree.ts';
import { element } from './tree.ts';

const SR = NS.serviceRoles;

/**
 * Ports per role, one line each: owner (c: component, a: application), Usage, InterfaceSide,
 * Port, Protocol, UrlPath, AuthorizesRequests, then any extra attributes as name=value.
 * InterfaceNumber is always 1.
 */
const PORTS: Record<string, readonly string[]> = {
  UserServices: [
    'c:McuFactory WebServer Primary 444 Mtls /LiveServer/McuFactory/ false',
    'c:PresenceFocus UserPinManagement Primary 443 Https /LiveServer/UserPinManagement/ false',
    'c:McuFactory WcfServer Primary 9001 Tcp /LiveServer/ConfDirMgmt/ false',
  ],
  Registrar: [
    'c:Registrar SipServer Primary 5061 Mtls / true GruuType=HomeServer',
    'c:Registrar WebServer Primary 444 Mtls /LiveServer/Focus/ false',
    'c:WinFab WinFabFederation Primary 5090 Tcp / false',
    'c:WinFab WinFabLeaseAgent Primary 5091 Tcp / false',
    'c:WinFab WinFabClientConnection Primary 5092 Tcp / false',
    'c:WinFab WinFabIPC Primary 5093 Tcp / false',
    'c:WinFab WinFabReplication Primary 5094 Tcp / false',
    'c:QoE SipServer Primary 5061 Mtls /LiveServer/QoE/ true GruuType=QoS',
    'c:Lyss WcfMtls Primary 5077 Mtls / false',
    'c:XmppFederation SipServer Primary 5098 Mtls / true GruuType=XmppFederation',
  ],
  WebServices: [
    'c:OCSWebSite WebSite External 8080 Http / false ConfiguredPort=80',
    'c:OCSWebSite WebSite External 4443 Https / false ConfiguredPort=443',
    'c:OCSWebSite WebSite Primary 80 Http / false',
    'c:OCSWebSite WebSite Primary 443 Https / false',
    'c:Reach PsomServer Primary 8060 Mtls / false',
    'c:Reach PsomServer External 8061 Mtls / false',
    'c:MediaComp AppSharingCommunication Primary 49152 TcpOrUdp / false Range=16383',
    'c:McxService SipServer Primary 5086 Mtls / true GruuType=McxInternal',
    'c:McxServiceExternal SipServer Primary 5087 Mtls / true GruuType=McxExternal',
    'c:PersistentChatWebManager SipServer Primary 5095 Mtls / true GruuType=PersistentChatRMWebInternal',
    'c:PersistentChatWebManagerExternal SipServer Primary 5096 Mtls / true GruuType=PersistentChatRMWebExternal',
    'c:UcwaService SipServer Primary 5088 Mtls / true GruuType=UcwaInternal',
    'c:UcwaServiceExternal SipServer Primary 5089 Mtls / true GruuType=UcwaExternal',
  ],
  ConfServices: [
    'c:IMConf SipServer Primary 5062 Mtls / false GruuType=chat',
    'c:IMConf WebServer Primary 444 Mtls /LiveServer/IMMcu/ false',
    'c:DataConf PsomClient Primary 8057 Tls / false',
    'c:AVConf SipServer Primary 5063 Mtls / false GruuType=audio-video',
    'c:AppSharingConf SipServer Primary 5065 Mtls / false GruuType=applicationsharing',
    'c:DataConf WebServer Primary 444 Mtls /LiveServer/DataMcu/ false',
    'c:AVConf WebServer Primary 444 Mtls /LiveServer/AVMcu/ false',
    'c:AppSharingConf WebServer Primary 444 Mtls /LiveServer/ASMcu/ false',
    'c:MediaComp AudioCommunication Primary 49152 TcpOrUdp / false Range=8348',
    'c:MediaComp VideoCommunication Primary 57501 TcpOrUdp / false Range=8034',
    'c:MediaComp AppSharingCommunication Primary 49152 TcpOrUdp / false Range=16383',
  ],
  ApplicationServer: [
    'a:testbot SipServer Primary 5076 Mtls / true GruuType=Microsoft.Rtc.Applications.TestBot',
    'a:Cps SipServer Primary 5075 Mtls / true GruuType=Microsoft.Rtc.Applications.Cps',
    'a:RGS SipServer Primary 5071 Mtls / true GruuType=Microsoft.Rtc.Applications.Acd',
    'a:RGS WcfMtls Primary 8404 Mtls / false',
    'a:PDP SipServer Primary 5080 Mtls / true GruuType=Microsoft.Rtc.Applications.PDP',
    'a:PDP TURNServer Primary 448 Tcp / false',
    'c:MediaComp AudioCommunication Primary 49152 TcpOrUdp / false Range=8348',
    'c:MediaComp VideoCommunication Primary 57501 TcpOrUdp / false Range=8034',
    'c:MediaComp AppSharingCommunication Primary 49152 TcpOrUdp / false Range=16383',
  ],
};

export function portElements(lines: readonly string[]): XmlElement[] {
  return lines.map((line) => {
    const [
      owner = '',
      usage = '',
      side = '',
      port = '',
      protocol = '',
      urlPath = '',
      authorizes = '',
      ...extra
    ] = line.split(' ');
    const fullOwner = owner.startsWith('a:')
      ? `urn:application:${owner.slice(2)}`
      : `urn:component:${owner.slice(2)}`;
    const attrs: [string, string][] = [
      ['Owner', fullOwner],
      ['Usage', usage],
      ['InterfaceSide', side],
      ['InterfaceNumber', '1'],
      ['Port', port],
      ['Protocol', protocol],
      ['UrlPath', urlPath],
      ['AuthorizesRequests', authorizes],
    ];
    for (const pair of extra) {
      const eq = pair.indexOf('=');
      attrs.push([pair.slice(0, eq), pair.slice(eq + 1)]);
    }
    return element('Port', SR, attrs);
  });
}

/** A Front End service: what it is, and which of its pool's other services and stores it depends on. */
export interface FrontEndRole {
  roleName: string;
  roleVersion: string;
  type?: string;
  /** Role names this service depends on: other Front End roles, or UserStore/ApplicationStore on the back end. */
  dependsOn: readonly string[];
  roleElement?: (fqdn: string) => XmlElement;
}

/** The roles every real Front End pool has, in the order the documents list them. */
export const FRONT_END_ROLES: readonly FrontEndRole[] = [
  { roleName: 'UserServices', roleVersion: '2', dependsOn: ['UserStore', 'ConfServices'] },
  {
    roleName: 'Registrar',
    roleVersion: '2',
    type: `${SERVICE_TYPE_PREFIX}RegistrarService`,
    dependsOn: ['UserServices', 'WebServices'],
    roleElement: () => element('RegistrarService', SR, [['IsDirector', 'false']], [], true),
  },
  {
    roleName: 'WebServices',
    roleVersion: '1',
    type: `${SERVICE_TYPE_PREFIX}WebService`,
    dependsOn: ['UserServices'],
    roleElement: (fqdn) =>
      element(
        'WebService',
        SR,
        [],
        [
          element('ExternalSettings', SR, [['Host', fqdn]], [element('OverrideUrls', SR)]),
          element('WebComponents', NS.webServices, [], [], true),
          element('UpaSeparator', NS.baseTypes, [], [], true),
        ],
        true,
      ),
  },
  {
    roleName: 'ConfServices',
    roleVersion: '1',
    type: `${SERVICE_TYPE_PREFIX}ConfService`,
    dependsOn: ['WebServices', 'UserServices'],
    roleElement: () =>
      element(
        'ConfService',
        SR,
        [],
        [
          element(
            'MCUs',
            SR,
            [],
            [
              element('MCU', SR, [
                ['ComponentName', 'IMConf'],
                ['Vendor', 'Microsoft'],
              ]),
              element('MCU', SR, [
                ['ComponentName', 'DataConf'],
                ['Vendor', 'Microsoft'],
                ['MinSupportedMode', '14'],
              ]),
              element('MCU', SR, [
                ['ComponentName', 'AppSharingConf'],
                ['Vendor', 'Microsoft'],
              ]),
              element('MCU', SR, [
                ['ComponentName', 'AVConf'],
                ['Vendor', 'Microsoft'],
              ]),
            ],
          ),
        ],
        true,
      ),
  },
  {
    roleName: 'ApplicationServer',
    roleVersion: '1',
    type: `${SERVICE_TYPE_PREFIX}ApplicationServerService`,
    dependsOn: ['Registrar', 'ApplicationStore'],
    roleElement: () => element('ApplicationServerService', SR, [], [], true),
  },
];

/** The stores a Front End pool keeps on its back-end SQL instance; SQL-hosted stores have no ports [S]. */
export const BACK_END_STORE_ROLES = ['UserStore', 'ApplicationStore'] as const;

export function frontEndPorts(roleName: string): XmlElement[] {
  return portElements(PORTS[roleName] ?? []);
}

/**
 * Topology Builder names a Standard Edition server by its cluster and writes fault and upgrade
 * domains after the machine; an Enterprise pool numbers them (sample-01, -02, -04).
 */
export function frontEndCluster(fe: FrontEndPool, flavour: Flavour): ClusterSpec {
  const interfaces = ['Primary', 'External'];
  const machines: MachineSpec[] =
    fe.edition === 'standard'
      ? [
          {
            fqdn: flavour === 'tbxml' ? null : fe.fqdn,
            faultDomain: fe.fqdn,
            upgradeDomain: fe.fqdn,
            interfaces,
          },
        ]
      : fe.machines.map((fqdn, i) => ({
          fqdn,
          faultDomain: `FaultDomain${i + 1}`,
          upgradeDomain: `UpgradeDomain${i + 1}`,
          interfaces,
        }));
  return {
    fqdn: fe.fqdn,
    singleMachine: fe.edition === 'standard',
    requiresReplication: true,
    requiresSetup: true,
    machines,
    seed: `frontEndPool:${fe.id}`,
  };
}

/** A SQL Server or file server: a single-machine cluster that needs no Lync setup [S, sample-01/-04]. */
export function serverCluster(fqdn: string, flavour: Flavour, seed: string): ClusterSpec {
  return {
    fqdn,
    singleMachine: true,
    requiresReplication: false,
    requiresSetup: false,
    machines: [{ fqdn: flavour === 'tbxml' ? null : fqdn, interfaces: [] }],
    seed,
  };
}

export const FILE_STORE = {
  roleName: 'FileStore',
  roleVersion: '1',
  type: `${SERVICE_TYPE_PREFIX}FileStoreService`,
  roleElementName: 'FileStoreService',
} as const;

export function fileStoreElement(shareName: string): XmlElement {
  return element(FILE_STORE.roleElementName, SR, [['ShareName', shareName]], [], true);
}
