// Validators of the SECRET rules: placeholders, entropy, GitHub checksum, JWT header, Basic auth, PEM body.
import fc from 'fast-check';
import * as zlib from 'node:zlib';
import { describe, expect, it, test } from 'vitest';
import { resolveValidator } from '../../../src/detect/validators/index.js';
import {
  basicAuthOk, crc32, githubChecksumOk, hasMaskRun, isPlaceholder, jwtHeaderOk, pemBodyLength, shannonEntropy,
} from '../../../src/detect/validators/secrets.js';

const run = (ref: string, value: string): boolean | number => {
  const v = resolveValidator(ref);
  if (!v) throw new Error(`unknown validator ${ref}`);
  return v({ value, text: value, start: 0, end: value.length });
};

describe('shannonEntropy', () => {
  test.each([
    ['', 0],
    ['aaaa', 0],
    ['abab', 1],
    ['abcd', 2],
    ['0123456789abcdef', 4],
  ])('%j → %d bits/char', (s, h) => expect(shannonEntropy(s)).toBeCloseTo(h, 6));

  it('entropy:N keeps values at or above N only', () => {
    expect(run('entropy:3', '0123456789abcdef')).toBe(true);
    expect(run('entropy:3', 'aaaaaaaabbbbbbbb')).toBe(false);
    expect(run('entropy', 'abcdefgh')).toBe(true); // default 3.0: 8 distinct chars = 3 bits
  });
});

describe('isPlaceholder / not-placeholder', () => {
  test.each([
    'xxxxxxxxxxxxxxxx', 'XXXXXXXXXXXX', 'sk_live_XXXXXXXXXXXXXXXXXXXXXXXX', 'hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx',
    '********', '••••••••', 'changeme', 'CHANGE_ME', '${DB_PASSWORD}', '$API_KEY', '{{ vault_secret }}',
    '<your-token>', '<YOUR_API_KEY>', 'your-api-key', 'YOUR_TOKEN', '%API_KEY%', 'process.env.API_KEY',
    'os.getenv("TOKEN")', 'config.db.password', 'getSecret()', 'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'password', 'redacted', 'example-key-123', 'ghp_000000000000000000000000000000000000',
    'AWS_SECRET_ACCESS_KEY', '"changeme"', '[SECRET_14]', '[SECRET_2',
  ])('%j is a placeholder', (v) => {
    expect(isPlaceholder(v)).toBe(true);
    expect(run('not-placeholder', v)).toBe(false);
  });

  test.each([
    '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', 'AKIAEXAMPLE2345FAKE7', 'S3cr3t!EXAMPLE', 'Azerty-FAKE-123!',
    'sk_live_EXAMPLEexample0123EXAMPL', 'xoxb-123456789012-1234567890123-EXAMPLEexample01EXAMPLEe',
    'MTEXAMPLEexample0123456789.GaBcDe.EXAMPLEexample_0123-FAKEfake01',
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJFWEFNUExFIn0.EXAMPLEexample_0123-EXAMPLEexample',
  ])('%j is not a placeholder', (v) => {
    expect(isPlaceholder(v)).toBe(false);
    expect(run('not-placeholder', v)).toBe(true);
  });
});

describe('GitHub token checksum', () => {
  it('crc32 agrees with zlib where Node has it', () => {
    const z = (zlib as unknown as { crc32?: (s: string) => number }).crc32;
    for (const s of ['', 'a', 'EXAMPLEexampleEXAMPLEexample00', 'éà€']) {
      if (z) expect(crc32(s)).toBe(z(s));
    }
    expect(crc32('123456789')).toBe(0xcbf43926); // the CRC-32 check value
  });

  test.each([
    ['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', true],
    ['ghp_EXAMPLEexampleEXAMPLEexample002dPYod', false],
    ['ghs_FAKEfakeFAKEfakeFAKEfake01234502s1d2', true],
    ['ghp_FAKEfakeFAKEfakeFAKEfake01234502s1d3', false],
    ['ghx_EXAMPLEexampleEXAMPLEexample002dPYoc', false],
  ])('%s → %s', (token, ok) => {
    expect(githubChecksumOk(token)).toBe(ok);
    expect(run('github-checksum', token)).toBe(ok ? 0.15 : -0.05);
  });
});

describe('JWT header', () => {
  test.each([
    ['eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4In0.c2ln', true],
    ['eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.', true], // {"alg":"none"}
    ['eyJmb28iOiJiYXIiLCJ4IjoxfQ.eyJzdWIiOiJ4In0.c2ln', false], // {"foo":"bar","x":1}: no alg
    ['eyJhbGciOjF9.eyJzdWIiOiJ4In0.c2ln', false], // alg is a number
    ['eyJub3QganNvbg.eyJ4In0.c2ln', false], // not JSON
  ])('%s → %s', (token, ok) => {
    expect(jwtHeaderOk(token)).toBe(ok);
    expect(run('jwt', token)).toBe(ok);
  });
});

describe('Basic auth', () => {
  test.each([
    ['YWRtaW46UzNjcjN0IUVYQU1QTEU=', true], // admin:S3cr3t!EXAMPLE
    ['YWdlbnQ6RkFLRWZha2UwMTIz', true], // agent:FAKEfake0123
    ['dXNlcm5hbWU6cGFzc3dvcmQ=', false], // username:password (placeholder)
    ['aW5mb3JtYXRpb24=', false], // "information": no colon
    ['information', false], // not base64 of user:password
    ['dXNlcjo=', false], // "user:" empty password
  ])('%s → %s', (b64, ok) => expect(basicAuthOk(b64)).toBe(ok));
});

describe('PEM body', () => {
  it('counts base64 characters between the armour lines, JSON-escaped or not, headers excluded', () => {
    const body = 'MIIEowIBAAKCAQEAEXAMPLEexampleFAKEfake0123456789';
    expect(pemBodyLength(`-----BEGIN RSA PRIVATE KEY-----\n${body}\n-----END RSA PRIVATE KEY-----`)).toBe(body.length);
    expect(pemBodyLength(`-----BEGIN PRIVATE KEY-----\\n${body}\\n-----END PRIVATE KEY-----\\n`)).toBe(body.length);
    expect(pemBodyLength(`-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\nDEK-Info: AES-128-CBC,0123\n\n${body}\n-----END RSA PRIVATE KEY-----`)).toBe(body.length);
    expect(pemBodyLength('-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----')).toBe(0);
    expect(run('pem-body:40', `-----BEGIN PRIVATE KEY-----\n${body}\n-----END PRIVATE KEY-----`)).toBe(true);
    expect(run('pem-body:40', '-----BEGIN PRIVATE KEY-----\n<your key>\n-----END PRIVATE KEY-----')).toBe(false);
  });
});

describe('small value checks', () => {
  test.each([
    ['min-length:6', 'abcdef', true], ['min-length:6', 'abcde', false],
    ['mixed-chars:2', 'hunter2', true], ['mixed-chars:2', 'Required', false], ['mixed-chars:2', 'correct-horse', true],
    ['has-digit', 'abc1', true], ['has-digit', 'abcd', false],
  ])('%s on %j → %s', (ref, value, ok) => expect(run(ref, value)).toBe(ok));

  it('rejects a non-numeric argument', () => expect(() => resolveValidator('entropy:high')).toThrow());
});

describe('character counts without a Map (ASCII values)', () => {
  /** The straightforward version: a Map of code points, summed in order of first occurrence. */
  function entropyWithMap(s: string): number {
    if (s.length === 0) return 0;
    const counts = new Map<string, number>();
    for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
    const n = [...s].length;
    let h = 0;
    for (const k of counts.values()) h -= (k / n) * Math.log2(k / n);
    return h;
  }
  const chars = fc.constantFrom(...'aAbBzZ09_-+/=.~ é€😀xX*'.split(''), '😀');

  it('give the same entropy, to the last bit, as a Map of code points', () => {
    fc.assert(fc.property(fc.array(chars, { maxLength: 60 }).map((c) => c.join('')), (s) => {
      expect(shannonEntropy(s)).toBe(entropyWithMap(s));
    }), { numRuns: 500 });
  });

  it('tell a value made half of one character (any case) as a Map would', () => {
    // body() sets no prefix aside on these: the whole value is counted.
    fc.assert(fc.property(fc.array(fc.constantFrom('Q', 'q', 'W', '7', 'é', 'É', '😀'), { minLength: 8, maxLength: 24 }).map((c) => c.join('')), (s) => {
      const counts = new Map<string, number>();
      for (const c of s.toLowerCase()) counts.set(c, (counts.get(c) ?? 0) + 1);
      // No other test of isPlaceholder applies to these characters.
      expect(isPlaceholder(s)).toBe(Math.max(...counts.values()) * 2 >= s.length);
    }), { numRuns: 500 });
  });
});

describe('masks and placeholder words without a regex per value', () => {
  it('finds five same mask characters in a row as the back-reference regex does', () => {
    const chars = fc.constantFrom(...'*•●xX#.…_0-aA1 '.split(''));
    fc.assert(fc.property(fc.array(chars, { maxLength: 16 }).map((c) => c.join('')), (s) => {
      expect(hasMaskRun(s)).toBe(/([*•●x#.…_0-])\1{4}/i.test(s));
    }), { numRuns: 2000 });
  });

  it('still finds placeholder words spelt with separators', () => {
    expect(isPlaceholder('p.a.s.s.w.o.r.d')).toBe(true);
    expect(isPlaceholder('  Change_Me  ')).toBe(true);
    expect(isPlaceholder('Mot de passe')).toBe(true);
  });
});
