// SECRET rules: spans (value only), confidence policies and interplay with the other built-in rules.
import { describe, expect, it, test } from 'vitest';
import { scanText } from '../../src/engine/scan.js';
import { builtinRuleSet } from '../../src/rules/builtin.js';
import { packRuleSet } from '../helpers/rules.js';

const secrets = packRuleSet('secrets');
const scan = (text: string) => scanText(text, secrets, { withValues: true }).map((f) => ({ ruleId: f.ruleId, value: f.value }));

describe('span is the value, never the label', () => {
  test.each([
    ['DATABASE_URL=postgres://app:S3cr3t!EXAMPLE@db.interne:5432/prod', 'secret.url-credentials', 'S3cr3t!EXAMPLE'],
    ['Server=sql01;User Id=app;Password=Fake!2024-EX;Encrypt=True', 'secret.password', 'Fake!2024-EX'],
    ['jdbc:postgresql://db/app?user=app&password=FAKEfake0123jdbc&ssl=true', 'secret.password', 'FAKEfake0123jdbc'],
    ['« mot de passe : Fake1969& »', 'secret.password', 'Fake1969&'],
    ['(identifiant : lecture ; mot de passe : Fake1969&).', 'secret.password', 'Fake1969&'],
    ['identifiant / mdp : jdupont / Azerty-FAKE-123!', 'secret.password', 'Azerty-FAKE-123!'],
    ['"apiKey": "EXAMPLEexample0123FAKEfake",', 'secret.generic-api-key', 'EXAMPLEexample0123FAKEfake'],
    ['Authorization: Basic YWRtaW46UzNjcjN0IUVYQU1QTEU=', 'secret.basic-auth', 'YWRtaW46UzNjcjN0IUVYQU1QTEU='],
    ['aws_secret_access_key = EXAMPLEexample/0123+FAKEfakeEXAMPLEexamp', 'secret.aws-secret-access-key', 'EXAMPLEexample/0123+FAKEfakeEXAMPLEexamp'],
  ])('%s', (text, ruleId, value) => {
    expect(scan(text)).toEqual([{ ruleId, value }]);
  });
});

describe('policies', () => {
  it('GitHub tokens: a valid checksum gives a higher confidence than a wrong one; both are reported', () => {
    const conf = (t: string) => scanText(t, secrets).map((f) => [f.ruleId, f.confidence]);
    const ok = conf('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');
    const bad = conf('ghp_EXAMPLEexampleEXAMPLEexample002dPYod');
    expect(ok).toEqual([['secret.github-token', 0.95]]);
    expect(bad).toEqual([['secret.github-token', 0.75]]);
  });

  it("AWS's documented sample keys are placeholders, also below the default confidence", () => {
    const text = 'aws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';
    expect(scanText(text, secrets, { minConfidence: 0 })).toEqual([]);
  });

  it('a JSON-escaped private key (service-account file) is one finding', () => {
    const body = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCEXAMPLEexampleFAKEfake0123456789EXAMPLE';
    const text = `{"private_key": "-----BEGIN PRIVATE KEY-----\\n${body}\\n${body}\\n-----END PRIVATE KEY-----\\n", "client_email": "x"}`;
    const found = scan(text);
    expect(found).toEqual([{ ruleId: 'secret.private-key', value: `-----BEGIN PRIVATE KEY-----\\n${body}\\n${body}\\n-----END PRIVATE KEY-----` }]);
  });
});

describe('with every built-in rule', () => {
  const all = builtinRuleSet();
  it('a password inside an internal URL stays a SECRET finding of its own', () => {
    const text = 'Base : https://admin:S3cr3t-EXAMPLE-01@intranet.mairie.local/admin';
    const secretsFound = scanText(text, all, { withValues: true }).filter((f) => f.type === 'SECRET');
    expect(secretsFound.map((f) => f.value)).toEqual(['S3cr3t-EXAMPLE-01']);
  });

  it('placeholders of the corpus policy give no finding at all', () => {
    const text = 'export STRIPE_SECRET_KEY=sk_live_XXXXXXXXXXXXXXXXXXXXXXXX\nexport HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\nexport DB_PASSWORD=changeme  # placeholder, set in CI';
    expect(scanText(text, all).filter((f) => f.type === 'SECRET')).toEqual([]);
  });
});
