import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPublicAddress } from './address.ts';

test('loopback, private, link-local and special addresses are not public, in either family and any spelling', () => {
  for (const address of [
    '127.0.0.1',
    '127.8.9.10',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '::1',
    '::',
    'fe80::1',
    'fe80::1%eth0',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::ffff:10.0.0.1',
    '64:ff9b::192.168.0.1',
    'not an address',
  ]) {
    assert.equal(isPublicAddress(address), false, address);
  }
});

test('ordinary internet addresses are public', () => {
  for (const address of ['93.184.215.14', '8.8.8.8', '172.32.0.1', '2606:4700::6810:85e5', '::ffff:93.184.215.14']) {
    assert.equal(isPublicAddress(address), true, address);
  }
});
