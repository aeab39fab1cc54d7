/**
 * Deterministic GUIDs: a name-based UUID (version 5, RFC 9562) of the design element's id, so
 * that the same design always exports the same GUIDs. SHA-1 is written out here because the
 * domain core may not import node:crypto, and Web Crypto's digest is asynchronous. SHA-1 is
 * used as RFC 9562 prescribes for naming, not for security.
 */

function rotl(x: number, n: number): number {
  return (x << n) | (x >>> (32 - n));
}

/** SHA-1 of bytes (FIPS 180-4). */
export function sha1(message: Uint8Array): Uint8Array {
  const bitLength = message.length * 8;
  const padded = new Uint8Array(((message.length + 9 + 63) >> 6) << 6);
  padded.set(message);
  padded[message.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(padded.length - 8, Math.floor(bitLength / 0x100000000));
  view.setUint32(padded.length - 4, bitLength >>> 0);

  let h0 = 0x67452301;
  let h1 = 0xefcdab89;
  let h2 = 0x98badcfe;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0;
  const w = new Uint32Array(80);
  for (let block = 0; block < padded.length; block += 64) {
    for (let i = 0; i < 16; i++) w[i] = view.getUint32(block + i * 4);
    for (let i = 16; i < 80; i++) w[i] = rotl(w[i - 3]! ^ w[i - 8]! ^ w[i - 14]! ^ w[i - 16]!, 1);
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let i = 0; i < 80; i++) {
      let f: number;
      let k: number;
      if (i < 20) {
        f = (b & c) | (~b & d);
        k = 0x5a827999;
      } else if (i < 40) {
        f = b ^ c ^ d;
        k = 0x6ed9eba1;
      } else if (i < 60) {
        f = (b & c) | (b & d) | (c & d);
        k = 0x8f1bbcdc;
      } else {
        f = b ^ c ^ d;
        k = 0xca62c1d6;
      }
      const t = (rotl(a, 5) + f + e + k + w[i]!) | 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = t;
    }
    h0 = (h0 + a) | 0;
    h1 = (h1 + b) | 0;
    h2 = (h2 + c) | 0;
    h3 = (h3 + d) | 0;
    h4 = (h4 + e) | 0;
  }
  const out = new Uint8Array(20);
  const outView = new DataView(out.buffer);
  [h0, h1, h2, h3, h4].forEach((h, i) => outView.setUint32(i * 4, h >>> 0));
  return out;
}

function hex(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b.toString(16).padStart(2, '0');
  return out;
}

function uuidBytes(uuid: string): Uint8Array {
  const digits = uuid.replace(/-/g, '');
  if (!/^[0-9a-fA-F]{32}$/.test(digits)) throw new Error(`not a UUID: ${uuid}`);
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = parseInt(digits.slice(i * 2, i * 2 + 2), 16);
  return out;
}

/** Name-based UUID version 5: SHA-1 of namespace and name, with the version and variant bits set. */
export function uuidV5(name: string, namespace: string): string {
  const ns = uuidBytes(namespace);
  const nameBytes = new TextEncoder().encode(name);
  const input = new Uint8Array(ns.length + nameBytes.length);
  input.set(ns);
  input.set(nameBytes, ns.length);
  const bytes = sha1(input).subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** The designer's own UUID namespace: every GUID it writes is a v5 UUID inside it. */
export const DESIGNER_GUID_NAMESPACE = 'b8f1c0de-5c1e-4b7a-9d2e-7a0c3e5f6a41';

/**
 * Hands out GUIDs for one document: derived from a stable name, lower-case like Topology
 * Builder's, and never one the document already uses (a clash is astronomically unlikely, but
 * a duplicate GUID would break the file, so it is checked rather than assumed).
 */
export class GuidAllocator {
  private readonly used: Set<string>;
  constructor(existing: Iterable<string> = []) {
    this.used = new Set([...existing].map((g) => g.toLowerCase()));
  }

  reserve(guid: string): void {
    this.used.add(guid.toLowerCase());
  }

  forName(name: string): string {
    let guid = uuidV5(name, DESIGNER_GUID_NAMESPACE);
    for (let n = 2; this.used.has(guid); n++) guid = uuidV5(`${name}#${n}`, DESIGNER_GUID_NAMESPACE);
    this.used.add(guid);
    return guid;
  }
}
