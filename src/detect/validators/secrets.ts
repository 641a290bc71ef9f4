// Validators of SECRET rules: placeholders, entropy, GitHub token checksum, JWT header, PEM body, Basic auth.
import type { ValidatorFactory } from './index.js';

const asciiCount = new Int32Array(128);
const asciiOrder = new Uint8Array(128);

/**
 * How many times each character of an ASCII string occurs (upper case counted as lower case with
 * `foldCase`), in order of first occurrence — the order a Map filled character by character lists
 * them in, so sums over them come out the same to the last bit. Null when the string is not ASCII.
 * Secret values are nearly always ASCII; a Map per value cost about a microsecond each.
 */
function asciiCounts(s: string, foldCase: boolean): number[] | null {
  let distinct = 0;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 128) { ascii = false; break; }
    if (foldCase && c >= 65 && c <= 90) c += 32;
    if ((asciiCount[c] as number) === 0) asciiOrder[distinct++] = c;
    asciiCount[c] = (asciiCount[c] as number) + 1;
  }
  const counts: number[] = new Array(distinct);
  for (let k = 0; k < distinct; k++) {
    const c = asciiOrder[k] as number;
    counts[k] = asciiCount[c] as number;
    asciiCount[c] = 0;
  }
  return ascii ? counts : null;
}

/** How many times each code point of `s` occurs, in order of first occurrence. */
function codePointCounts(s: string): number[] {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.values()];
}

/** Shannon entropy of a string, in bits per character. */
export function shannonEntropy(s: string): number {
  if (s.length === 0) return 0;
  const ascii = asciiCounts(s, false);
  const counts = ascii ?? codePointCounts(s);
  const n = ascii ? s.length : [...s].length;
  let h = 0;
  for (const k of counts) {
    const p = k / n;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * Values published in vendor documentation as samples (AWS, jwt.io). Policy: a documented sample is
 * a placeholder, not a leak — it is dropped like `xxxx` (the corpus policy; see the README section).
 */
const DOCUMENTED_SAMPLES = new Set([
  'AKIAIOSFODNN7EXAMPLE',
  'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  'AKIAI44QH8DHBEXAMPLE',
  'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
  'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  // OAuth RFC 5849 / 6749 / 6750 and OpenID Connect specification samples, quoted by every OAuth library.
  '2YotnFZFEjr1zCsicMWpAA', 'tGzv3JOkF0XG5Qx2TlKWIA', 'mF_9.B5f-4.1JqM', 'czZCaGRSa3F0MzpnWDFmQmF0M2JW',
  'SlAV32hkKG', 'h480djs93hd8', '8xLOxBtZp8', 'ad180jjd733klru7', '0685bd9184jfhq22', 'hh5s93j4hdidpola',
  'hdk48Djdsa', 'nnch734d00sl2jdk', 'kd94hf93k423kf44', 'pfkkdhi9sl3r4s00', 'dh893hdasih9',
]);

/** Whole values that are words, not secrets (compared lower-cased, without separators). */
const PLACEHOLDER_WORDS = new Set([
  'changeme', 'changeit', 'password', 'passwd', 'pass', 'pwd', 'motdepasse', 'mdp', 'secret', 'token',
  'apikey', 'key', 'redacted', 'removed', 'hidden', 'masked', 'null', 'none', 'nil', 'undefined', 'true',
  'false', 'empty', 'string', 'str', 'required', 'optional', 'todo', 'tbd', 'fixme', 'dummy', 'sample',
  'example', 'placeholder', 'test', 'foo', 'bar', 'foobar', 'value', 'xxx', 'yyy', 'abc', 'abc123',
  'secret123', 'password123', 'azerty', 'qwerty', 'admin', 'root', 'user', 'username', 'identifiant',
  'notasecret', 'xyz', '123', '1234', '12345', '123456', 'insertkeyhere', 'keyhere', 'tokenhere', 'aremplacer', 'remplacer', 'voirci-dessous',
]);

/** A code or shell reference, a template or a mask rather than a literal value. */
const REFERENCE = [
  /^\$\{?[A-Za-z_][\w.]*\}?$/, // $VAR, ${VAR}
  /\$\{[^}]*\}/, // ${VAR} inside a longer value
  /\{\{[^}]*\}\}/, // {{template}}
  /\{%.*%\}/, // {% jinja %}
  /^<[^<>]*>$/, /^<[^<>]*$/, /^\[[^\]]*\]$/, // <your-token>, [TOKEN]
  /^\[[A-Z][A-Z0-9_]*_\d+\]?$/, // caviard's own placeholders ([SECRET_3]): a redacted text scans clean
  /^%[A-Za-z_]\w*%$/, // %VAR% (Windows)
  /^#\{[^}]*\}$/, // #{ruby}
  /(?:process\.env|os\.environ|os\.getenv|getenv\(|System\.getenv|Environment\.GetEnvironmentVariable|ENV\[|env\()/,
  /^[a-z_$][A-Za-z_$]{0,20}(?:\.[A-Za-z_$][\w$]{0,40})+(?:\(.*\))?;?$/, // config.db.password, this.token
  /^!?[A-Za-z_$][A-Za-z_$]{0,30}(?:\??\.[A-Za-z_$][A-Za-z_$]{0,40})+(?:\(|\?|$)/, // result.groups?.password, spy.mock.calls.some(…
  /^[A-Za-z_$][\w$]*\(.*\)?;?$/, // readPassword(…)
  /^(?:your|my|votre|ton|mon|the|some|insert|enter|put|add|replace)[ _-]?[a-z_-]*$/i, // your-api-key, YOUR_TOKEN, my_secret
  /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/, // SOME_CONSTANT_NAME
  /^_?[a-z][a-z0-9]{0,19}(?:_[a-z][a-z0-9]{0,19})+$/, // snake_case_name
  /^!?[A-Za-z_$][\w$]{0,30}(?:\??\.[A-Za-z_$][\w$]{0,40})+\(/, // base64.b16encode(…
  /^[(\[{][A-Za-z_$:]/, // (self.password, [listener…, {"…
];

/**
 * The REFERENCE patterns as two regexes — those without flags in one alternation (each in its own
 * group), the case-insensitive ones in another — tested once per value instead of one after another.
 */
let referenceRes: RegExp[] | undefined;
function referencePatterns(): RegExp[] {
  if (referenceRes) return referenceRes;
  const join = (list: RegExp[]): string => list.map((re) => `(?:${re.source})`).join('|');
  if (REFERENCE.some((re) => re.flags !== '' && re.flags !== 'i')) throw new Error('REFERENCE patterns take no flag or `i` only');
  return referenceRes = [new RegExp(join(REFERENCE.filter((re) => !re.flags))), new RegExp(join(REFERENCE.filter((re) => re.flags === 'i')), 'i')];
}

/** The longest of PLACEHOLDER_WORDS. */
const PLACEHOLDER_WORD_MAX = Math.max(...[...PLACEHOLDER_WORDS].map((w) => w.length));

/** How many ASCII letters and digits a string holds (none of them is a separator a word lookup drops). */
function asciiAlnumCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)) n++;
  }
  return n;
}

/** Characters a mask repeats (`****`, `xxxx`, `0000`…); `x` stands for `X` too. */
const MASK_CHARS = new Set([...'*•●x#.…_0-'].map((c) => c.charCodeAt(0)));

/**
 * Five mask characters in a row, the same one each time (`x` and `X` alike): the case-insensitive
 * regex /([*•●x#.…_0-])\1{4}/i without a back-reference, which was the dearest test of this file.
 */
export function hasMaskRun(s: string): boolean {
  let run = 0;
  let last = -1;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c === 88) c = 120; // X → x
    run = MASK_CHARS.has(c) ? (c === last ? run + 1 : 1) : 0;
    if (run === 5) return true;
    last = c;
  }
  return false;
}

/** Length of the value once a known public prefix (`ghp_`, `sk_live_`, `hf_`…) is set aside. */
function body(value: string): string {
  return value.replace(/^(?:[a-z]{2,8}[_-](?:(?:live|test|proj|api\d\d|pat|ant)[_-])*)/i, '');
}

/** True when a value is a placeholder, mask, documented sample or reference, not a secret. */
export function isPlaceholder(raw: string): boolean {
  const value = raw.trim().replace(/^["'`]+|["'`]+$/g, '');
  if (value.length === 0) return true;
  if (DOCUMENTED_SAMPLES.has(value)) return true;
  // A word lookup only for values short enough to be one once separators are dropped.
  if (asciiAlnumCount(value) <= PLACEHOLDER_WORD_MAX && PLACEHOLDER_WORDS.has(value.toLowerCase().replace(/[\s_.-]/g, ''))) return true;
  if (referencePatterns().some((re) => re.test(value))) return true;
  // Masks and fillers: ****, ••••, xxxx, XXXX, 0000, ...., ____ (5 in a row), or one character
  // making half of the value once the prefix is set aside (sk_live_XXXX…, hf_xxxx…).
  // (\u2022 •, \u25CF ●, \u2026 …: see BUNDLE_CHARSET in src/build/bundle.mjs)
  if (hasMaskRun(value)) return true;
  if (/^[*\u2022\u25CF.\u2026]+$/.test(value)) return true;
  const b = body(value);
  if (b.length >= 8) {
    const counts = asciiCounts(b, true) ?? codePointCounts(b.toLowerCase());
    if (Math.max(...counts) * 2 >= b.length) return true;
  }
  // A value that is only a sample word with decorations (example-key, dummy_token_1); values that merely
  // contain EXAMPLE next to random characters (fake keys in documentation) are still reported.
  if (/^(?:example|exemple|sample|dummy|fake|placeholder|redacted|changeme)(?:[_-]?[a-z]+)*[_-]?\d{0,3}$/i.test(value)) return true;
  if (/your[_-]?(?:api[_-]?)?(?:key|token|secret|password)|(?:key|token|secret)[_-]?here/i.test(value)) return true;
  return false;
}

/** CRC-32 (IEEE), as in zlib; tiny table-driven version so that it works on every Node 20. */
let crcTable: Uint32Array | undefined;
export function crc32(s: string): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of Buffer.from(s, 'utf8')) crc = (crcTable[(crc ^ byte) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
function base62(n: number, width: number): string {
  let out = '';
  let x = n;
  do { out = BASE62[x % 62] + out; x = Math.floor(x / 62); } while (x > 0);
  return out.padStart(width, '0');
}

/** GitHub classic token (`ghp_` + 30 random + 6 checksum): last 6 = base62(CRC-32 of the 30). */
export function githubChecksumOk(token: string): boolean {
  const m = /^gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})$/.exec(token);
  return !!m && base62(crc32(m[1] as string), 6) === m[2];
}

function base64UrlDecode(s: string): string | null {
  if (!/^[A-Za-z0-9_\-+/]*={0,2}$/.test(s)) return null;
  try {
    return Buffer.from(s.replace(/-/g, '+').replace(/_/g, '/'), 'base64').toString('utf8');
  } catch {
    return null;
  }
}

/** A JWT's first segment decodes to a JSON object with a string `alg`. */
export function jwtHeaderOk(token: string): boolean {
  const head = base64UrlDecode(token.split('.')[0] ?? '');
  if (head === null) return false;
  try {
    const h = JSON.parse(head) as unknown;
    return typeof h === 'object' && h !== null && typeof (h as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
}

/** An HTTP Basic credential: base64 of printable `user:password` with a non-empty password. */
export function basicAuthOk(b64: string): boolean {
  if (b64.length % 4 === 1) return false;
  const s = base64UrlDecode(b64);
  if (s === null || !/^[\x20-\x7e\u00a0-\uffff]+$/.test(s) || s.includes('\ufffd')) return false;
  const i = s.indexOf(':');
  return i >= 0 && s.length - i - 1 >= 1 && !isPlaceholder(s.slice(i + 1));
}

/** Number of base64 characters between a PEM-style header line and the footer (or the end). */
export function pemBodyLength(block: string): number {
  const inner = block
    .replace(/^-----BEGIN[^-]*-----/, '')
    .replace(/-----END[^-]*-----[\s\S]*$/, '')
    .replace(/\\[nr]/g, '\n')
    .split(/\n/)
    .filter((line) => !/^[A-Za-z-]+:/.test(line.trim())) // Proc-Type:, DEK-Info:, Comment:
    .join('');
  return (inner.match(/[A-Za-z0-9+/]/g) ?? []).length;
}

const num = (arg: string | undefined, dflt: number): number => {
  const n = arg === undefined ? dflt : Number(arg);
  if (!Number.isFinite(n)) throw new Error(`bad validator argument "${arg}"`);
  return n;
};

/** Validators of the secret rules, registered in `index.ts`. */
export const secretValidators: Record<string, ValidatorFactory> = {
  /** Drops placeholders, masks, variable references and documented samples. */
  'not-placeholder': () => ({ value }) => !isPlaceholder(value),
  /** Shannon entropy ≥ arg bits per character (default 3.0). */
  entropy: (arg) => {
    const min = num(arg, 3);
    return ({ value }) => shannonEntropy(value) >= min;
  },
  /** Minimum length of the value in characters. */
  'min-length': (arg) => {
    const min = num(arg, 8);
    return ({ value }) => value.length >= min;
  },
  /** At least arg (default 2) of: letters, digits, symbols — rules out plain words and plain numbers. */
  'mixed-chars': (arg) => {
    const min = num(arg, 2);
    return ({ value }) => [/\p{L}/u, /\p{N}/u, /[^\p{L}\p{N}]/u].filter((re) => re.test(value)).length >= min;
  },
  /** Contains at least one digit (random tokens almost always do; words do not). */
  'has-digit': () => ({ value }) => /\d/.test(value),
  /** GitHub classic token checksum: valid → +0.15, invalid → −0.05 (still reported: a typo'd real token). */
  'github-checksum': () => ({ value }) => (githubChecksumOk(value) ? 0.15 : -0.05),
  jwt: () => ({ value }) => jwtHeaderOk(value),
  'basic-auth': () => ({ value }) => basicAuthOk(value),
  /** A private-key block has at least arg base64 characters of body (default 40): not a `...` sample. */
  'pem-body': (arg) => {
    const min = num(arg, 40);
    return ({ value }) => pemBodyLength(value) >= min;
  },
};
