import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * What an address is, for deciding whether a server-side fetch may connect to it. Everything
 * except `public` is refused unless the policy allows private networks.
 */
export type AddressClass =
  | 'public'
  | 'private'
  | 'loopback'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  | 'unspecified'
  | 'broadcast'
  | 'shared'
  | 'reserved'
  | 'invalid';

/** Which non-public addresses a fetch may still reach. */
export interface AddressPolicy {
  /** Any address at all (tests, and setups whose feeds live on the local network). */
  allowPrivateNetwork?: boolean | undefined;
  /** Single addresses or CIDR ranges reachable even though they are not public. */
  allowedAddresses?: readonly string[] | undefined;
}

const CLASS_BY_RANGE: Record<string, AddressClass> = {
  unicast: 'public',
  private: 'private',
  loopback: 'loopback',
  linkLocal: 'link-local',
  uniqueLocal: 'unique-local',
  multicast: 'multicast',
  unspecified: 'unspecified',
  broadcast: 'broadcast',
  carrierGradeNat: 'shared',
};

// ::/8 holds the unspecified, loopback, mapped and the deprecated IPv4-compatible (::a.b.c.d)
// addresses; ipaddr.js calls the last ones unicast, but a kernel may route them to IPv4.
const IPV6_RESERVED_PREFIX = ipaddr.parseCIDR('::/8');

/**
 * Classifies an IP address (v4 or v6, as DNS or a URL gives it). IPv4-mapped IPv6 addresses
 * (`::ffff:10.0.0.1`) are judged by the IPv4 address inside them. Ranges come from ipaddr.js:
 * only what it calls `unicast` is public; transition (6to4, Teredo, NAT64), documentation and
 * benchmarking ranges count as reserved.
 */
export function classifyAddress(ip: string): AddressClass {
  // isIP first: ipaddr.js also accepts forms like "0x7f.1" that no resolver hands out.
  const bare = ip.replace(/%.*$/, '');
  if (isIP(bare) === 0 || !ipaddr.isValid(bare)) {
    return 'invalid';
  }
  let address = ipaddr.parse(bare);
  if (address.kind() === 'ipv6' && address instanceof ipaddr.IPv6) {
    if (address.isIPv4MappedAddress()) {
      address = address.toIPv4Address();
    } else if (address.range() === 'unicast' && address.match(IPV6_RESERVED_PREFIX)) {
      return 'reserved';
    }
  }
  return CLASS_BY_RANGE[address.range()] ?? 'reserved';
}

/** True for an address on the public internet: one a server-side fetch may connect to. */
export function isPublicAddress(ip: string): boolean {
  return classifyAddress(ip) === 'public';
}

const ARTICLE: Record<AddressClass, string> = {
  public: 'a public address',
  private: 'a private address',
  loopback: 'a loopback address',
  'link-local': 'a link-local address',
  'unique-local': 'a unique-local address',
  multicast: 'a multicast address',
  unspecified: 'an unspecified address',
  broadcast: 'a broadcast address',
  shared: 'a shared (carrier-grade NAT) address',
  reserved: 'a reserved address',
  invalid: 'not a valid address',
};

/** A connection the policy forbids; thrown before any packet leaves for that address. */
export class RefusedAddressError extends Error {
  readonly host: string;
  readonly address: string;
  readonly addressClass: AddressClass;
  constructor(host: string, address: string, addressClass: AddressClass) {
    const what = ARTICLE[addressClass];
    super(
      host === address
        ? `refused: ${address} is ${what}`
        : `refused: ${host} resolves to ${address}, ${what}`,
    );
    this.name = 'RefusedAddressError';
    this.host = host;
    this.address = address;
    this.addressClass = addressClass;
  }
}

/** Returns the refusal for connecting to `address` (on behalf of `host`), if any. */
export function checkAddress(
  host: string,
  address: string,
  policy: AddressPolicy,
): RefusedAddressError | undefined {
  const addressClass = classifyAddress(address);
  if (addressClass === 'public' || policy.allowPrivateNetwork === true) {
    return undefined;
  }
  if (addressClass !== 'invalid' && isListed(address, policy.allowedAddresses ?? [])) {
    return undefined;
  }
  return new RefusedAddressError(host, address, addressClass);
}

function isListed(address: string, list: readonly string[]): boolean {
  const parsed = ipaddr.process(address.replace(/%.*$/, ''));
  return list.some((entry) => {
    const range = entry.includes('/') ? ipaddr.parseCIDR(entry) : undefined;
    if (range) {
      return parsed.kind() === range[0].kind() && parsed.match(range);
    }
    return ipaddr.isValid(entry) && ipaddr.process(entry).toString() === parsed.toString();
  });
}
