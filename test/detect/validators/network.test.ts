// Network validators: the pure IPv4/IPv6 parsers (checked against node:net in the test process
// only), ranges, and the ipv4 / ipv6 / url-token-value validators in their text context.
import { isIPv4, isIPv6 } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ipv4Validator, ipv6Validator, isNetmask, isNonSensitiveIPv4, isNonSensitiveIPv6, isPrivateIPv4, isPrivateIPv6,
  parseIPv4, parseIPv6, urlTokenValidator,
} from '../../../src/detect/validators/network.js';

const v4 = ipv4Validator(undefined);
const v6 = ipv6Validator(undefined);
const token = urlTokenValidator(undefined);
/** Runs a validator on `value` placed inside `before … after`. */
const inText = (v: typeof v4, value: string, before = 'ip ', after = ' ok'): boolean | number =>
  v({ value, text: before + value + after, start: before.length, end: before.length + value.length });

describe('parseIPv4', () => {
  it.each([
    ['10.0.0.1', [10, 0, 0, 1]], ['255.255.255.255', [255, 255, 255, 255]], ['0.0.0.0', [0, 0, 0, 0]],
    ['256.1.1.1', null], ['1.2.3', null], ['1.2.3.4.5', null], ['01.2.3.4', null], ['1..3.4', null], ['a.b.c.d', null],
  ])('%s', (s, expected) => expect(parseIPv4(s)).toEqual(expected));

  it('agrees with node:net on random dotted strings', () => {
    const part = fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom('00', '01', '', 'x'));
    fc.assert(fc.property(fc.array(part, { minLength: 3, maxLength: 5 }), (ps) => {
      const s = ps.join('.');
      expect(parseIPv4(s) !== null).toBe(isIPv4(s));
    }), { numRuns: 2000 });
  });
});

describe('parseIPv6', () => {
  it.each([
    ['2001:db8::1', true], ['2001:0db8:85a3:0000:0000:8a2e:0370:7334', true], ['fe80::1%eth0', true], ['::1', true],
    ['::', true], ['2001:db8::ffff:192.0.2.1', true], ['::ffff:10.1.2.3', true], ['1:2:3:4:5:6:7::', true], ['::2:3:4:5:6:7:8', true],
    ['2001:db8:::1', false], ['12345::1', false], ['1:2:3:4:5:6:7:8:9', false], ['1::2::3', false], ['12:30:45', false],
    ['00:1A:2B:3C:4D:5E', false], ['1:2:3:4:5:6:7:8::', false], [':1:2:3:4:5:6:7', false], ['::1.2.3.4.5', false], ['fe80::1%', false],
  ])('%s → %s', (s, ok) => expect(parseIPv6(s) !== null).toBe(ok));

  it('expands compressed forms', () => {
    expect(parseIPv6('2001:db8::1')).toEqual([0x2001, 0xdb8, 0, 0, 0, 0, 0, 1]);
    expect(parseIPv6('::ffff:10.1.2.3')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0a01, 0x0203]);
  });

  it('agrees with node:net on generated addresses and near-misses', () => {
    const group = fc.oneof(fc.integer({ min: 0, max: 0xffff }).map((n) => n.toString(16)), fc.constantFrom('', '0000', '12345', 'g', '1.2.3.4', '01.2.3.4'));
    fc.assert(fc.property(fc.array(group, { minLength: 1, maxLength: 10 }), fc.boolean(), (gs, zone) => {
      const s = gs.join(':') + (zone ? '%eth0' : '');
      expect(parseIPv6(s) !== null).toBe(isIPv6(s));
    }), { numRuns: 5000 });
    fc.assert(fc.property(fc.ipV6(), (s) => { expect(parseIPv6(s)).not.toBeNull(); }), { numRuns: 2000 });
  });
});

describe('ranges', () => {
  it.each([
    ['10.1.2.3', true], ['172.16.0.1', true], ['172.31.255.255', true], ['172.32.0.1', false], ['192.168.1.1', true],
    ['169.254.10.1', true], ['100.64.0.1', true], ['100.128.0.1', false], ['8.8.8.8', false],
  ])('private IPv4 %s → %s', (s, p) => expect(isPrivateIPv4(parseIPv4(s) as number[])).toBe(p));

  it.each([
    ['127.0.0.1', true], ['0.0.0.0', true], ['0.1.2.3', true], ['192.0.2.44', true], ['198.51.100.7', true],
    ['203.0.113.254', true], ['255.255.255.0', true], ['255.255.255.255', true], ['224.0.0.251', true], ['8.8.8.8', true], ['1.1.1.1', true], ['10.0.0.1', false], ['82.64.1.20', false],
  ])('non-sensitive IPv4 %s → %s', (s, n) => expect(isNonSensitiveIPv4(parseIPv4(s) as number[])).toBe(n));

  it.each([['255.255.255.0', true], ['255.255.240.0', true], ['255.0.0.0', true], ['255.255.0.255', false], ['255.1.0.0', false]])(
    'netmask %s → %s', (s, n) => expect(isNetmask(parseIPv4(s) as number[])).toBe(n));

  it.each([
    ['::', true], ['::1', true], ['2001:db8::1', true], ['3fff:1::1', true], ['ff02::1', true], ['::ffff:127.0.0.1', true],
    ['2a01:cb13::1', false], ['fe80::1', false], ['::ffff:10.1.2.3', false],
  ])('non-sensitive IPv6 %s → %s', (s, n) => expect(isNonSensitiveIPv6(parseIPv6(s) as number[])).toBe(n));

  it.each([['fd12::1', true], ['fc00::1', true], ['fe80::1', true], ['febf::1', true], ['fec0::1', false], ['2a01::1', false]])(
    'private IPv6 %s → %s', (s, p) => expect(isPrivateIPv6(parseIPv6(s) as number[])).toBe(p));
});

describe('ipv4 validator in context', () => {
  it.each([
    ['10.1.2.3', 'ip ', ' ok', true],
    ['10.0.0.0/8', 'réseau ', '', true],
    ['10.0.0.0/33', 'réseau ', '', false],
    ['1.2.3.4', 'x ', '', -0.4],
    ['4.2.1.3', 'version ', '', false],
    ['4.2.1.3', 'v', '', false],
    ['4.2.1.3', 'Voir § ', '', false],
    ['4.2.1.3', '', ' Exigences de sécurité', false],
    ['4.2.1.3', '## ', ' Sécurité', false],
    ['12.3.1.2', '', ' - Objet du marché', false],
    ['12.3.1.2', '| ', ' | Exigences | Oui |', false],
    ['10.0.0.1', '| ', ' | Serveur AD |', true],
    ['10.2.1.3', '', ' Serveur de fichiers (IP fixe)', true],
    ['10.2.1.3', 'intro\n', ' Passerelle', true],
    ['1.3.6.1', 'oid ', '', false],
    ['2.5.4.3', 'attr ', '', false],
    ['192.0.2.1', 'ip ', '', false],
    ['10.1.2.3', 'v', '', false],
    ['10.1.2.3', '1', '', false],
    ['10.1.2.3', '.', '', false],
    ['10.1.2.3', 'é', '', false],
    ['10.1.2.3', '(', ')', true],
  ])('%s in "%s…%s" → %s', (value, before, after, expected) => {
    expect(inText(v4, value, before, after)).toBe(expected);
  });

  it('a long line before the value is not a line start', () => {
    expect(inText(v4, '14.2.1.3', '', ' Exigences')).toBe(false);
    expect(inText(v4, '14.2.1.3', `${'mot '.repeat(40)}`, ' Exigences')).toBe(true);
  });
});

describe('ipv6 validator in context', () => {
  it.each([
    ['2a01:cb13::1', ' ', true], ['2a01:cb13::1', 'ip=', true], ['2a01:cb13::1', 'IP:', true], ['2a01:cb13::1/48', ' ', true],
    ['2a01:cb13::1', 'x', false], ['2a01:cb13::1', '9', false], ['2a01:cb13::1', '1:', false], ['2a01:cb13::1/129', ' ', false],
    ['cafe::face', ' ', false], ['::1', ' ', false], ['2001:db8::1', ' ', false],
  ])('%s after "%s" → %s', (value, before, expected) => {
    expect(inText(v6, value, before, '')).toBe(expected);
  });
});

describe('url-token-value', () => {
  it.each([
    ['ya29a0AfB_byC3d4E5f6G7h8', true], ['q8Zb2k%2FXyV7nT0pLmR3sW9uE1c%3D', true], ['abcdefghijklmnopqrstuvwxyz', true],
    ['a1b2c3d4', true], ['xxxxxxxxxxxx', false], ['${ACCESS_TOKEN}', false], ['<votre-cle>', false], ['{{token}}', false],
    ['changeme', false], ['abc', false], ['abcdefgh', false], ['********', false], ['your_api_key', false],
  ])('%s → %s', (value, ok) => expect(token({ value, text: value, start: 0, end: value.length })).toBe(ok));
});
