// English street addresses: UK (`189 Kingsley Road, Bristol BS6 7QT`) and US
// (`887 Maple Drive, Chicago, IL 60614`). The street type comes after the name.
import { extendOverComplements } from './complements.js';
import { isDigit, type AddressKind, type AddressMatch } from './fr-address.js';
import { matchStreetType, streetLineAt, type StreetTypes } from './street-types.js';
import { WORD_CHARS } from '../text.js';

// Number (1–5 digits, optional letter 221B, optional range 10-12), then a capital letter or an ordinal. Run
// sticky where the fast non-Unicode anchor found a digit, a space and a capital.
const STREET_AT = new RegExp(String.raw`[1-9](?<![${WORD_CHARS}.,/:-][1-9])\d{0,4}(?!\d)(?:[A-Za-z](?![${WORD_CHARS}]))?(?:-[1-9]\d{0,4}(?!\d))?,?[ ]{1,2}(?=[A-Z]|\d{1,3}(?:st|nd|rd|th)[ ])`, 'uy');
const ANCHOR = /\d[A-Za-z]?,?[ ]{1,2}(?:[A-Z]|\d{1,3}(?:st|nd|rd|th)[ ])/g;
const RANGE_BEFORE = /\d{1,5}-$/;
const DIRECTION_AFTER = new RegExp(`^[ ](?:N|S|E|W|NE|NW|SE|SW)(?![${WORD_CHARS}])`, 'u');
// A capitalised word, or an ordinal in numbered streets ("5th Avenue").
const WORD = /[A-Z][A-Za-z'\u2018\u2019-]*\.?|\d{1,3}(?:st|nd|rd|th)(?![A-Za-z0-9])/y;
const DIRECTIONS = new Set(['N', 'S', 'E', 'W', 'NE', 'NW', 'SE', 'SW', 'North', 'South', 'East', 'West']);
const MAX_WORDS = 6;

const US_STATES = 'AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI';
const UNIT = String.raw`(?:,?[ ]+(?:Apt|Apartment|Suite|Ste|Unit|Flat|Fl|Floor|Room|#)\.?[ ]?#?[A-Za-z0-9-]{1,6})?`;
const SEP = String.raw`(?:[ ]*,[ ]*|[ ]*\r?\n[ \t]*|[ ]+)`;
const CITY = String.raw`[A-Z][A-Za-z'\u2018\u2019.-]*(?:[ ][A-Z][A-Za-z'\u2018\u2019.-]*){0,3}`;
// UK postcode (outward + inward code) and US state + ZIP(+4).
const UK_POSTCODE = String.raw`(?:GIR[ ]?0AA|[A-Z]{1,2}\d[A-Z\d]?[ ]?\d[ABD-HJLNP-UW-Z]{2})(?![A-Za-z0-9])`;
const US_STATE_NAMES = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'Puerto Rico',
].sort((a, b) => b.length - a.length).join('|');
const US_STATE_ZIP = String.raw`(?:${US_STATES}|${US_STATE_NAMES})[ ]+\d{5}(?:-\d{4})?(?!\d)`;
// Up to two localities before the code: "Histon, Cambridge CB24 9AA", "Chicago, IL 60614".
const TAIL = new RegExp(`${UNIT}(?:${SEP}${CITY}){0,2}${SEP}(?:${UK_POSTCODE}|${US_STATE_ZIP})`, 'uy');

/** All English street-address candidates in `text`, sorted by start. */
export function findEnglishAddresses(text: string, types: StreetTypes): AddressMatch[] {
  const out: AddressMatch[] = [];
  ANCHOR.lastIndex = 0;
  let lastEnd = 0;
  let a: RegExpExecArray | null;
  while ((a = ANCHOR.exec(text)) !== null) {
    let start = a.index;
    while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
    const range = RANGE_BEFORE.exec(text.slice(Math.max(0, start - 6), start));
    const line = streetLineAt(text, start, range ? range[0].length : 0, lastEnd, STREET_AT);
    if (!line) continue;
    const { m } = line;
    start = line.start;
    let p = start + m[0].length;
    let streetEnd = -1;
    for (let i = 0; i < MAX_WORDS; i++) {
      WORD.lastIndex = p;
      const w = WORD.exec(text);
      if (!w) break;
      const word = w[0];
      const end = p + word.length;
      const type = i === 0 && DIRECTIONS.has(word.replace(/\.$/, '')) ? undefined : matchStreetType(types, word, text, end);
      // The type needs a name before it ("Queen Street"), except lead types ("Broadway").
      if (type && (i > 0 || type.info.lead)) {
        streetEnd = type.end;
        const after = DIRECTION_AFTER.exec(text.slice(streetEnd, streetEnd + 4));
        if (after) streetEnd += after[0].length;
        break;
      }
      if ((word.endsWith('.') && !/^(?:St|Mt|Ft)\.$/.test(word)) || text[end] !== ' ') break;
      p = end + 1;
    }
    if (streetEnd < 0) continue;
    TAIL.lastIndex = streetEnd;
    const t = TAIL.exec(text);
    const kind: AddressKind = t ? 'full' : 'street';
    const end = t ? streetEnd + t[0].length : streetEnd;
    out.push({ start: Math.max(lastEnd, extendOverComplements(text, start)), end, kind });
    lastEnd = end;
    if (ANCHOR.lastIndex < end) ANCHOR.lastIndex = end;
  }
  return out;
}
