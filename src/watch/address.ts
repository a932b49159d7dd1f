// Which network addresses a watcher may fetch from: the public internet only, unless the user allows private
// networks. Pure: the ranges are IANA's special-purpose registries (RFC 6890 and successors) as a node:net BlockList.
import { BlockList, isIP } from 'node:net';

/** Loopback, private, link-local, shared (CGNAT), unspecified, multicast, reserved and documentation ranges: a page
 *  on the public internet never lives there, and a feed that points at them is probing the watcher's own network. */
const IPV4_RANGES: [string, number][] = [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // shared address space (carrier-grade NAT)
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services live here)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.88.99.0', 24], // 6to4 relay anycast (deprecated)
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, and the broadcast address
];

const IPV6_RANGES: [string, number][] = [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b:1::', 48], // local-use IPv4/IPv6 translation
  ['100::', 64], // discard-only
  ['2001::', 23], // IETF protocol assignments
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4: embeds any IPv4 address
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
];

const BLOCKED = new BlockList();
for (const [address, prefix] of IPV4_RANGES) BLOCKED.addSubnet(address, prefix, 'ipv4');
for (const [address, prefix] of IPV6_RANGES) BLOCKED.addSubnet(address, prefix, 'ipv6');

/** An IPv6 address that carries an IPv4 one (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::a.b.c.d):
 *  the IPv4 address it reaches. */
function embeddedIpv4(address: string): string | null {
  const m = /^(?:::ffff:(?:0:)?|::|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (m) return m[1];
  // The same written in hex (::ffff:7f00:1).
  const hex = /^(?:::ffff:(?:0:)?|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return null;
  const [hi, lo] = [Number.parseInt(hex[1], 16), Number.parseInt(hex[2], 16)];
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** Is this IP address (v4 or v6, no brackets) outside every private, loopback and special range? */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !BLOCKED.check(address, 'ipv4');
  if (family !== 6) return false;
  const bare = address.replace(/%.*$/, ''); // a zone index (fe80::1%eth0) is link-local anyway
  const v4 = embeddedIpv4(bare);
  if (v4) return isPublicAddress(v4);
  return !BLOCKED.check(bare, 'ipv6');
}
