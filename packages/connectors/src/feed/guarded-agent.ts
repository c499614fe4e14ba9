import type { LookupAddress, LookupOptions } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { type AddressPolicy, checkAddress } from './ssrf';

/** Resolves a host name to every address it has (the shape of `dns.lookup` with `all`). */
export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export interface GuardedAgentOptions extends AddressPolicy {
  /** Defaults to the system resolver; tests pass a fake to play DNS tricks. */
  resolveHost?: ResolveHost | undefined;
  /** Milliseconds allowed for the TCP and TLS handshakes of one connection. */
  connectTimeoutMs?: number | undefined;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/**
 * An undici Agent whose every connection is checked against the address policy at connect
 * time: IP literals before the socket is made, host names inside the socket's own DNS lookup.
 * The socket then connects to exactly the address that was checked, so a name that resolves
 * differently a moment later (DNS rebinding) cannot slip a private address through, and each
 * redirect target gets the same check when its connection opens.
 *
 * Why undici rather than node:http with a filtering agent: undici's fetch already speaks
 * gzip/deflate/br and streams, its connector takes a `lookup` hook, and one Agent per fetch
 * gives a single handle to destroy so that no socket outlives the exchange. The address ranges
 * themselves come from ipaddr.js (see ./ssrf); this file is only the wiring.
 */
export function createGuardedAgent(options: GuardedAgentOptions): Agent {
  const resolveHost = options.resolveHost ?? systemResolve;
  const lookup = (hostname: string, lookupOptions: LookupOptions, callback: LookupCallback) => {
    resolveHost(hostname).then(
      (addresses) => {
        // A name with several addresses is refused when any of them is: which one the socket
        // picks (happy eyeballs) is not ours to choose.
        for (const { address } of addresses) {
          const refusal = checkAddress(hostname, address, options);
          if (refusal) {
            callback(refusal, []);
            return;
          }
        }
        const family = familyNumber(lookupOptions.family);
        const wanted = addresses.filter((a) => family === 0 || a.family === family);
        const first = wanted[0];
        if (!first) {
          callback(notFound(hostname), []);
        } else if (lookupOptions.all === true) {
          callback(null, wanted);
        } else {
          callback(null, first.address, first.family);
        }
      },
      (error: NodeJS.ErrnoException) => callback(error, []),
    );
  };
  const connect = buildConnector({ lookup, timeout: options.connectTimeoutMs ?? 10_000 });
  return new Agent({
    connect: (connectOptions, callback) => {
      // The socket skips `lookup` for IP literals, so they are checked here instead.
      const host = connectOptions.hostname;
      if (isIP(host) !== 0) {
        const refusal = checkAddress(host, host, options);
        if (refusal) {
          callback(refusal, null);
          return;
        }
      }
      connect(connectOptions, callback);
    },
  });
}

function systemResolve(hostname: string): Promise<LookupAddress[]> {
  return dnsLookup(hostname, { all: true });
}

function familyNumber(family: LookupOptions['family']): number {
  if (family === 'IPv4') {
    return 4;
  }
  if (family === 'IPv6') {
    return 6;
  }
  return family ?? 0;
}

function notFound(hostname: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`getaddrinfo ENOTFOUND ${hostname}`);
  error.code = 'ENOTFOUND';
  return error;
}
