/**
 * Turning bytes into text: BOM, a declared charset (HTTP header, `<meta charset>`, XML
 * declaration), then UTF-8 when the bytes are valid UTF-8, then UTF-16 by its zero-byte
 * pattern, else windows-1252 (the WHATWG default for legacy Western pages, a superset of
 * the printable ISO-8859-1 range). Decoding uses the platform `TextDecoder` (full ICU).
 */

/** The outcome of decoding: the text and the encoding used, or why it failed. */
export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; reason: 'binary' | 'undecodable'; detail: string };

const latin1 = new TextDecoder('latin1');

/** Look for a charset declared in the first bytes (`<meta charset>`, `http-equiv`, `<?xml encoding>`). */
export function findDeclaredCharset(bytes: Uint8Array): string | null {
  const head = latin1.decode(bytes.subarray(0, 4096));
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  if (meta) return meta[1];
  const xml = /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return xml ? xml[1] : null;
}

/** Read `charset=` out of a Content-Type value. */
export function charsetOfContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return m ? m[1] : null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** UTF-16 without a BOM shows as a zero byte in every other position of ASCII-heavy text. */
function sniffUtf16(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, 1024) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

/** Windows-1252 code points for bytes 0x80–0x9F (the rest equal their byte value). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Windows-1252, decoded here because Node 20's TextDecoder decodes this label (and
 * `iso-8859-1`, `latin1`, which WHATWG maps to it) as plain ISO-8859-1, turning curly
 * quotes into C1 control characters.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const chunks: string[] = [];
  const size = 8192;
  for (let start = 0; start < bytes.length; start += size) {
    const codes = Array.from(bytes.subarray(start, start + size), (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : b));
    chunks.push(String.fromCharCode(...codes));
  }
  return chunks.join('');
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    const decoder = new TextDecoder(encoding, { fatal: true });
    if (decoder.encoding === 'windows-1252') return decodeWindows1252(bytes);
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function isKnownEncoding(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** Share of characters that never occur in text (C0 controls other than tab, newlines, form feed). */
function controlShare(text: string): number {
  let bad = 0;
  const n = Math.min(text.length, 8192);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd) bad++;
  }
  return n === 0 ? 0 : bad / n;
}

/**
 * Decode bytes to NFC text.
 * @param bytes the raw input
 * @param declared a charset from outside the bytes (HTTP Content-Type), tried after the BOM
 */
export function decodeBytes(bytes: Uint8Array, declared: string | null = null): Decoded {
  const bom = bomEncoding(bytes);
  const candidates: string[] = [];
  if (bom) candidates.push(bom);
  const inner = findDeclaredCharset(bytes);
  for (const label of [declared, inner]) {
    if (label && isKnownEncoding(label)) candidates.push(label);
  }
  let text: string | null = null;
  let used = '';
  for (const enc of candidates) {
    text = tryDecode(bytes, enc);
    // A page declaring a legacy charset but served as UTF-8 is common; UTF-8 is tried next.
    if (text !== null) {
      used = enc;
      break;
    }
  }
  if (text === null) {
    const utf16 = sniffUtf16(bytes);
    for (const enc of utf16 ? [utf16, 'utf-8'] : ['utf-8']) {
      text = tryDecode(bytes, enc);
      if (text !== null) {
        used = enc;
        break;
      }
    }
  }
  if (text === null) {
    // A declared multi-byte encoding that does not fit the bytes cannot be guessed around;
    // a false UTF-8 declaration over legacy bytes is common and falls through to windows-1252.
    const multiByte = candidates.find((c) => /^(utf-?16|utf-?32|ucs|unicode|shift|sjis|euc|gb|big5|iso-2022|csshift)/i.test(c));
    if (multiByte) return { ok: false, reason: 'undecodable', detail: `bytes that are not valid ${multiByte}` };
    if (bytes.includes(0)) return { ok: false, reason: 'binary', detail: 'binary data' };
    text = decodeWindows1252(bytes);
    used = 'windows-1252';
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (controlShare(text) > 0.02) return { ok: false, reason: 'binary', detail: 'binary data' };
  return { ok: true, text: text.normalize('NFC'), encoding: used };
}
