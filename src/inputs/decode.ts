// Bytes → text: BOMs, UTF-16, and binary sniffing (a binary file is skipped, never silently).

export type Decoded = { text: string } | { binary: true };

const SNIFF = 8000;

export function decode(buf: Buffer): Decoded {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(buf.subarray(2)) };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(buf.subarray(2)) };
  const head = buf.subarray(0, SNIFF);
  if (head.includes(0)) return { binary: true };
  const body = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    // Not UTF-8: legacy Windows-1252 text is still common in French administrations.
    return { text: new TextDecoder('windows-1252').decode(body) };
  }
}
