/**
 * Stable ids derived from content: the same inputs always give the same id, in any run and
 * on any machine, so ids survive re-analysis and grow with their stories.
 */
import { createHash } from 'node:crypto';

/**
 * A short id: `prefix` + the first 16 hex digits of the SHA-256 of the parts.
 * @example stableId('story', ['a1']) // 'story-…'
 */
export function stableId(prefix: string, parts: readonly string[]): string {
  const hash = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  return `${prefix}-${hash.slice(0, 16)}`;
}

/**
 * A 32-bit FNV-1a hash of a string with a seed, for MinHash and shingle sets (fast,
 * deterministic, good enough spread for sketches).
 */
export function hash32(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // Final avalanche (from murmur3's fmix32) so that nearby seeds give independent orders.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}
