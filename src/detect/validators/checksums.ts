// Checksum algorithms of identifiers (reference §A). Inputs are stripped of separators, upper-cased.
import { createRequire } from 'node:module';

type IbanTools = typeof import('ibantools');
let ibantools: IbanTools | undefined;
/** The `ibantools` library, loaded on first use (not at start-up: most texts hold no IBAN). */
export function ibanTools(): IbanTools {
  ibantools ??= createRequire(import.meta.url)('ibantools') as IbanTools;
  return ibantools;
}

/** Luhn (mod 10) over a digit string. */
export function luhnOk(d: string): boolean {
  if (!/^\d+$/.test(d)) return false;
  let sum = 0;
  for (let i = 0; i < d.length; i++) {
    let x = d.charCodeAt(d.length - 1 - i) - 48;
    if (i % 2 === 1) { x *= 2; if (x > 9) x -= 9; }
    sum += x;
  }
  return sum % 10 === 0;
}

/**
 * NIR key = 97 − (13-character body mod 97); Corsica 2A → 19, 2B → 18 before the division.
 * 13 digits stay below 2^53, so plain numbers are exact (and much cheaper than BigInt).
 */
export function nirKey(body13: string): number {
  const b = body13.replace(/^(.{5})2A/, '$119').replace(/^(.{5})2B/, '$118');
  return 97 - (Number(b) % 97);
}

/** Full NIR check: structure (sex, month, place) and key. */
export function nirOk(s: string): boolean {
  return /^[1-478]\d{2}(0[1-9]|1[0-2]|[2-35-9]\d|4[0-2])(\d{2}|2[AB])\d{6}\d{2}$/.test(s)
    && Number(s.slice(13)) === nirKey(s.slice(0, 13));
}

const ibanSeen = new Map<string, boolean>();
/**
 * IBAN of any country: registry length and format per country, and mod 97 (ibantools). Results
 * are remembered (up to 4096 values): one account is usually quoted many times in a document.
 */
export function ibanOk(s: string): boolean {
  let ok = ibanSeen.get(s);
  if (ok === undefined) {
    ok = ibanTools().isValidIBAN(s);
    if (ibanSeen.size >= 4096) ibanSeen.clear();
    ibanSeen.set(s, ok);
  }
  return ok;
}
