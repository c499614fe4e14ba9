import { describe, expect, it } from 'vitest';
import { type AddressClass, checkAddress, classifyAddress, isPublicAddress } from './ssrf';

describe('classifyAddress', () => {
  it.each<[string, AddressClass]>([
    ['8.8.8.8', 'public'],
    ['1.1.1.1', 'public'],
    ['172.32.0.1', 'public'],
    ['10.0.0.5', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['100.64.0.1', 'shared'],
    ['192.0.0.8', 'reserved'],
    ['192.0.2.1', 'reserved'],
    ['198.18.0.1', 'reserved'],
    ['198.51.100.7', 'reserved'],
    ['203.0.113.9', 'reserved'],
    ['240.0.0.1', 'reserved'],
  ])('IPv4 %s is %s', (ip, expected) => {
    expect(classifyAddress(ip)).toBe(expected);
  });

  it.each<[string, AddressClass]>([
    ['2606:4700:4700::1111', 'public'],
    ['2001:4860:4860::8888', 'public'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['fc00::1', 'unique-local'],
    ['fd12:3456:789a::1', 'unique-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:10.0.0.5', 'private'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::ffff:8.8.8.8', 'public'],
    // ipaddr.js reads the deprecated IPv4-compatible text form as mapped; the hex form is not.
    ['::127.0.0.1', 'loopback'],
    ['::7f00:1', 'reserved'],
    ['64:ff9b::a00:5', 'reserved'],
    ['2002:a00:5::1', 'reserved'],
    ['2001::1', 'reserved'],
    ['2001:db8::1', 'reserved'],
    ['fec0::1', 'reserved'],
    ['100::1', 'reserved'],
  ])('IPv6 %s is %s', (ip, expected) => {
    expect(classifyAddress(ip)).toBe(expected);
  });

  it.each(['example.com', '', '127.1', '0x7f.0.0.1', '2130706433', '1.2.3.4.5', '[::1]'])(
    '%j is not an address at all',
    (value) => {
      expect(classifyAddress(value)).toBe('invalid');
      expect(isPublicAddress(value)).toBe(false);
    },
  );
});

describe('checkAddress', () => {
  const off = { allowPrivateNetwork: false };

  it('refuses every non-public address with the allowance off, in words a person can act on', () => {
    expect(checkAddress('feed.example', '10.0.0.5', off)?.message).toBe(
      'refused: feed.example resolves to 10.0.0.5, a private address',
    );
    expect(checkAddress('127.0.0.1', '127.0.0.1', off)?.message).toBe(
      'refused: 127.0.0.1 is a loopback address',
    );
    expect(checkAddress('meta.example', '169.254.169.254', {})?.message).toBe(
      'refused: meta.example resolves to 169.254.169.254, a link-local address',
    );
    expect(checkAddress('x.example', '::ffff:192.168.0.1', {})?.addressClass).toBe('private');
  });

  it('lets public addresses through', () => {
    expect(checkAddress('feed.example', '93.184.216.34', off)).toBeUndefined();
    expect(checkAddress('feed.example', '2606:4700:4700::1111', off)).toBeUndefined();
  });

  it('lets anything through with allowPrivateNetwork', () => {
    for (const ip of ['127.0.0.1', '10.0.0.5', '::1', 'fd00::1']) {
      expect(checkAddress(ip, ip, { allowPrivateNetwork: true })).toBeUndefined();
    }
  });

  it('lets listed addresses and ranges through, and nothing next to them', () => {
    const policy = { allowedAddresses: ['127.0.0.1', '10.1.0.0/16', '::1'] };
    expect(checkAddress('a', '127.0.0.1', policy)).toBeUndefined();
    expect(checkAddress('a', '::ffff:127.0.0.1', policy)).toBeUndefined();
    expect(checkAddress('a', '10.1.2.3', policy)).toBeUndefined();
    expect(checkAddress('a', '::1', policy)).toBeUndefined();
    expect(checkAddress('a', '127.0.0.2', policy)).toBeDefined();
    expect(checkAddress('a', '10.2.0.1', policy)).toBeDefined();
    expect(checkAddress('a', 'fd00::1', policy)).toBeDefined();
  });
});
