// No request reaches a private, loopback or link-local address unless the user allows it: the host is resolved
// before each request (after each redirect too) and every address checked, and the connection itself resolves
// through the same check, so a name that resolves elsewhere by the time of connecting (DNS rebinding) is refused
// as well. An address written as an IP is checked as it is.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { lookup as dnsLookupAll } from 'node:dns/promises';
import { isIP, type LookupFunction } from 'node:net';
import { isPublicAddress } from './address.ts';
import { FetchError } from './fetch-policy.ts';

/** The host of a URL as the resolver takes it (IPv6 without brackets). */
const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '');

const refused = (host: string, address: string) =>
  new FetchError(`${host} resolves to ${address}, a private, loopback or link-local address: not fetched (--allow-private-network allows it)`);

/** Throws unless the URL is http(s) without credentials whose host resolves to public addresses only (any
 *  address when `allowPrivate`). */
export async function checkAddress(url: URL, allowPrivate: boolean): Promise<void> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchError(`only http and https addresses are fetched, not ${url.protocol}`);
  if (url.username || url.password) throw new FetchError('addresses with a user name or password are not fetched');
  if (allowPrivate) return;
  const host = hostOf(url);
  const addresses = isIP(host) ? [host] : await resolveAll(host);
  const bad = addresses.find((a) => !isPublicAddress(a));
  if (bad) throw refused(host, bad);
}

async function resolveAll(host: string): Promise<string[]> {
  try {
    return (await dnsLookupAll(host, { all: true, verbatim: true })).map((a) => a.address);
  } catch (error) {
    throw new FetchError(`cannot resolve ${host}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

/** A resolver for the connection: node's own, with every address checked. */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) return callback(error, '', 0);
      const bad = allowPrivate ? undefined : addresses.find((a) => !isPublicAddress(a.address));
      if (bad) return callback(refused(hostname, bad.address) as unknown as NodeJS.ErrnoException, '', 0);
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}
