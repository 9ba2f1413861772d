import { gunzipSync } from 'node:zlib';

/** The outcome of gunzipping: the bytes, or why it failed. */
export type Gunzipped =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; reason: 'truncated' | 'too-large' | 'corrupt'; detail: string };

/**
 * Gunzip a whole buffer (concatenated members too, as in WARC.gz), refusing output larger
 * than `maxBytes` so a small bomb cannot fill memory.
 */
export function gunzip(bytes: Uint8Array, maxBytes: number): Gunzipped {
  try {
    return { ok: true, bytes: gunzipSync(bytes, { maxOutputLength: maxBytes }) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_BUFFER_TOO_LARGE') return { ok: false, reason: 'too-large', detail: `more than ${maxBytes} bytes once unzipped` };
    const text = error instanceof Error ? error.message : String(error);
    if (/unexpected end/i.test(text)) return { ok: false, reason: 'truncated', detail: 'gzip data cut short' };
    return { ok: false, reason: 'corrupt', detail: `corrupt gzip data (${text})` };
  }
}
