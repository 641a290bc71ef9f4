// The network rule pack (IP_ADDRESS, INTERNAL_URL, URL tokens): examples, spans and overlaps.
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { scanText } from '../../src/engine/scan.js';
import { BUILTIN_RULES_DIR, readRuleData, yamlFilesUnder } from '../../src/rules/builtin.js';
import { compileRules } from '../../src/rules/compile.js';
import { loadRuleFiles } from '../../src/rules/load-rules.js';
import { typedSpans } from '../helpers/rules.js';

const specs = loadRuleFiles(yamlFilesUnder(join(BUILTIN_RULES_DIR, 'network')));
const set = compileRules(specs, readRuleData);
const withDomains = compileRules(
  specs.map((s) => (s.id === 'network.internal-url' ? { ...s, options: { ...s.options, domains: ['ad.ville-exemple.fr', 'mairie.lyon'] } } : s)),
  readRuleData,
);

const found = (text: string, rs = set): Array<[string, string]> => typedSpans(text, rs);

describe('IP_ADDRESS', () => {
  it.each([
    ['depuis 213.172.67.232 vers la DMZ (10.87.107.236).', [['IP_ADDRESS', '213.172.67.232'], ['IP_ADDRESS', '10.87.107.236']]],
    ['réseau 10.0.0.0/8 et 192.168.1.0/24', [['IP_ADDRESS', '10.0.0.0/8'], ['IP_ADDRESS', '192.168.1.0/24']]],
    ['connect 10.0.0.12:5432 now', [['IP_ADDRESS', '10.0.0.12']]],
    ['ip=2a01:cb13:40d2:cddd::ee50\n', [['IP_ADDRESS', '2a01:cb13:40d2:cddd::ee50']]],
    ['lien fe80::1ff:fe23:4567:890a%eth0 up', [['IP_ADDRESS', 'fe80::1ff:fe23:4567:890a%eth0']]],
    ['préfixe 2a01:e34:ec12:3400::/56.', [['IP_ADDRESS', '2a01:e34:ec12:3400::/56']]],
    ['[2a01:cb13::1]:443', [['IP_ADDRESS', '2a01:cb13::1']]],
    ['mapped ::ffff:192.168.1.20', [['IP_ADDRESS', '::ffff:192.168.1.20']]],
    ['| Staging API | 10.254.4.201 | VPN only |', [['IP_ADDRESS', '10.254.4.201']]],
    ['10.1.2.3\tsrv-ged02 # hosts file', [['IP_ADDRESS', '10.1.2.3']]],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it.each([
    'écoute sur 127.0.0.1.', '0.0.0.0', '::', '::1', '192.0.2.44', '198.51.100.7', '203.0.113.254',
    '2001:db8::1', '2001:0db8:85a3:0000:0000:8a2e:0370:7334', '3fff:12::1', '::ffff:127.0.0.1',
    'netmask 255.255.255.0', 'mask 255.255.240.0', 'broadcast 255.255.255.255',
    'v1.2.3.4', 'version 4.2.1.3', 'Version: 10.2.0.1', 'release 2.4.1.0', 'build 12.0.1.55',
    '4.2.1.3 Exigences de sécurité', '## 3.2.1.4 Sécurité', 'Voir § 3.2.1.1.', "l'article 4.2.1.3 du CCAP",
    'OID 1.3.6.1.4.1.311', 'attribut 2.5.4.3 (CN)', '1.3.6.1',
    '12:30:45', '00:1A:2B:3C:4D:5E', 'std::string', 'Foo::bar', 'ab::cd', 'cafe::face',
    '256.1.1.1', '1.2.3', '192.0.2.10.5', '07.77.80.93.91', '326.507.985.00058', '010.001.002.003',
    'les points 1.2.3.4 et 2.3.4.5 du plan', 'DNS 8.8.8.8 et 1.1.1.1', 'Windows 10.0.19045.3803', 'build 22621.3007', '2001:db8:::1', '12345::1', '1:2:3:4:5:6:7:8:9',
  ])('%s is not an IP finding', (text) => {
    expect(found(text).filter(([t]) => t === 'IP_ADDRESS')).toEqual([]);
  });
});

describe('INTERNAL_URL', () => {
  it.each([
    ['La procédure est décrite sur http://192.168.90.15:8080/jenkins/job/deploy-rh/.', 'http://192.168.90.15:8080/jenkins/job/deploy-rh/'],
    ['(voir https://jenkins:8080/job/x)', 'https://jenkins:8080/job/x'],
    ['Intranet : https://sharepoint.interne.ville.fr/sites/DSI/Documents%20partages/Analyse/24433.', 'https://sharepoint.interne.ville.fr/sites/DSI/Documents%20partages/Analyse/24433'],
    ['« https://intranet-rh.ville.fr/conges »', 'https://intranet-rh.ville.fr/conges'],
    ['sur https://jira.corp.agglo.fr/browse/SIG-63421, merci', 'https://jira.corp.agglo.fr/browse/SIG-63421'],
    ['https://wiki.ville.gouv.fr/x', null],
    ['https://intranet.gouv.fr/x', null],
    ['https://intra.ville.gouv.fr/x', 'https://intra.ville.gouv.fr/x'],
    ['[wiki](https://wiki.lan/Page_(test))', 'https://wiki.lan/Page_(test)'],
    ['[wiki](https://wiki.lan/page)', 'https://wiki.lan/page'],
    ["url = 'http://srv-ged02/api'", 'http://srv-ged02/api'],
    ['jdbc:postgresql://db01.corp:5432/erp', 'jdbc:postgresql://db01.corp:5432/erp'],
    ['smb://nas/partage', 'smb://nas/partage'],
    ['amqp://guest:<password>@rabbit:5672 ok', 'amqp://guest:<password>@rabbit:5672'],
    ['Voir http://srv-ged02/docs… et la suite', 'http://srv-ged02/docs'],
    ['HTTPS://INTRANET.VILLE.FR/RH.', 'HTTPS://INTRANET.VILLE.FR/RH'],
    ['https://intranet.mairie-évry.fr/accès', 'https://intranet.mairie-évry.fr/accès'],
    ['www.intranet.ville.fr/annuaire', 'www.intranet.ville.fr/annuaire'],
    ['file://srv-fichiers/partage/doc.pdf', 'file://srv-fichiers/partage/doc.pdf'],
    ['MAIRIE.LOCAL', 'MAIRIE.LOCAL'],
    ['nas01.local:5000/photos', 'nas01.local:5000/photos'],
    ['http://10.0.0.1', 'http://10.0.0.1'],
    ['http://100.100.1.1/', 'http://100.100.1.1/'],
    ['http://[fe80::1%25eth0]/', 'http://[fe80::1%25eth0]/'],
    ['http://82.64.1.20/status', null],
    ['https://www.service-public.fr/particuliers', null],
    ['https://github.com/org/repo', null],
    ['https://example.com/x http://api.test/ https://intranet.example/ http://srv.invalid/', null],
    ['http://localhost:3000/ http://127.0.0.1/ http://server/path http://hostname:8080/', null],
    ['chrome://settings about://blank s3://bucket/key', null],
    ['kotlinx.coroutines.internal', null],
    ['io.netty.util.internal.PlatformDependent', null],
    ['écrire à agent@mairie.local', null],
    ['Acme Corp.Ltd', null],
    ['voir .env.local', null],
    ['Signé M.Loc et J.Lan', null],
    ['git clone git@gitlab.corp.acme.fr:dsi/outils.git', 'git@gitlab.corp.acme.fr:dsi/outils.git'],
    ['git clone git@github.com:acme/outils.git', null],
    ['Mail : agent@intranet.ville.fr: merci', null],
    ['Le proxy est proxy.mairie.local:3128.', 'proxy.mairie.local:3128'],
    ['ssh://git@gitlab.intra.ville.fr:2222/dsi/outils.git', 'ssh://git@gitlab.intra.ville.fr:2222/dsi/outils.git'],
  ])('%s', (text, expected) => {
    const urls = found(text).filter(([t]) => t === 'INTERNAL_URL').map(([, v]) => v);
    expect(urls).toEqual(expected === null ? [] : [expected]);
  });

  it('a private-IP URL is one INTERNAL_URL finding, not also an IP_ADDRESS', () => {
    expect(found('Voir http://10.1.2.3:8080/app et 10.1.2.4.')).toEqual([
      ['INTERNAL_URL', 'http://10.1.2.3:8080/app'], ['IP_ADDRESS', '10.1.2.4'],
    ]);
  });

  it('single-label hosts are one severity step lower than other internal URLs', () => {
    const sev = (t: string): string[] => scanText(t, set).map((f) => f.severity);
    expect(sev('http://app:3000/health')).toEqual(['medium']);
    expect(sev('https://intranet.ville.fr/rh')).toEqual(['high']);
    expect(sev('http://10.1.2.3/rh')).toEqual(['high']);
  });

  it('a public-IP URL is not internal: its IP is the finding', () => {
    expect(found('Le serveur public http://82.64.1.20:8080/status répond.')).toEqual([['IP_ADDRESS', '82.64.1.20']]);
  });

  it('a token inside an internal URL is reported too (SECRET nested in INTERNAL_URL)', () => {
    const text = 'https://intranet.ville.fr/api?access_token=ya29a0AfB_byC3d4E5f6G7h8 ok';
    expect(found(text)).toEqual([
      ['INTERNAL_URL', 'https://intranet.ville.fr/api?access_token=ya29a0AfB_byC3d4E5f6G7h8'],
      ['SECRET', 'ya29a0AfB_byC3d4E5f6G7h8'],
    ]);
  });

  it('UNC paths', () => {
    expect(found('Déposer dans \\\\srv-fic01\\commun\\RH.')).toEqual([['INTERNAL_URL', '\\\\srv-fic01\\commun\\RH']]);
    expect(found('"C:\\\\Users\\\\x" et \\\\d+\\\\s')).toEqual([]);
    expect(found('Ouvrir \\\\SRV-FIC01\\DRH\\Paie 2024\\janvier.xlsx puis enregistrer')).toEqual([['INTERNAL_URL', '\\\\SRV-FIC01\\DRH\\Paie 2024\\janvier.xlsx']]);
    expect(found('Sur \\\\nas02\\Partage RH puis valider')).toEqual([['INTERNAL_URL', '\\\\nas02\\Partage']]);
  });

  it('internal domains from the configuration: URLs and bare host names', () => {
    const text = 'Voir https://ged.ad.ville-exemple.fr/x, le serveur srv01.ad.ville-exemple.fr et https://www.ville-exemple.fr/.';
    expect(found(text)).toEqual([]);
    expect(found(text, withDomains)).toEqual([
      ['INTERNAL_URL', 'https://ged.ad.ville-exemple.fr/x'],
      ['INTERNAL_URL', 'srv01.ad.ville-exemple.fr'],
    ]);
    expect(found('MAIRIE.LYON et mail x@mairie.lyon', withDomains)).toEqual([['INTERNAL_URL', 'MAIRIE.LYON']]);
  });
});

describe('URL tokens (SECRET)', () => {
  it.each([
    ['https://gestion.ville.fr/app;jsessionid=8F3A2B1C9D0E7F6A5B4C3D2E1F0A9B8C?page=2', '8F3A2B1C9D0E7F6A5B4C3D2E1F0A9B8C'],
    ['https://api.acme.fr/x?format=csv&api_key=9f8e7d6c5b4a39281706f5e4d3c2b1a0&lang=fr.', '9f8e7d6c5b4a39281706f5e4d3c2b1a0'],
    ['(lien : https://s3.eu-west-3.amazonaws.com/b/f.pdf?X-Amz-Signature=4b1f0c9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c)', '4b1f0c9e8d7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c'],
  ])('%s', (text, value) => {
    expect(found(text).filter(([t]) => t === 'SECRET')).toEqual([['SECRET', value]]);
  });

  it.each([
    'Server=sql01;Database=rh;User Id=app;Password=Fake!2024;Encrypt=True',
    'https://www.service-public.fr/recherche?keyword=passeport&page=2',
    'https://api.acme.fr/?token=${TOKEN}&api_key=<cle>',
  ])('%s has no URL token', (text) => {
    expect(found(text).filter(([t]) => t === 'SECRET')).toEqual([]);
  });
});
