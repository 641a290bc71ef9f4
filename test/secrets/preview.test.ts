// Previews of SECRET findings show a known public prefix at most, never the length or the shape.
import { expect, test } from 'vitest';
import { maskPreview } from '../../src/engine/preview.js';

test.each([
  ['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', 'ghp_********'],
  ['sk-ant-api03-EXAMPLEexample-0123_EXAMPLEexample', 'sk-ant-api03-********'],
  ['AKIAEXAMPLE2345FAKE7', 'AKIA********'],
  ['-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEAEXAMPLE\n-----END RSA PRIVATE KEY-----', '-----BEGIN RSA PRIVATE KEY-----********'],
  ['Azerty-FAKE-123!', '********'],
  ['EXAMPLEexample/0123+FAKEfakeEXAMPLEexamp', '********'],
  ['abc', '********'],
])('%j → %j', (value, preview) => {
  expect(maskPreview('SECRET', value)).toBe(preview);
});

test('other types keep their masking (separators kept, two leading characters)', () => {
  expect(maskPreview('IBAN', 'FR76 3000 6000 0112 3456 7890 189')).toBe('FR** **** **** **** ****…');
});
