#!/usr/bin/env node
// Verifies samples/expected.json against the sample files: every referenced file exists,
// every `text` / `quote_text` / `line` is an exact substring of the referenced article,
// and basic corpus constraints hold. Exits non-zero on any failure.
//
// File references are relative to samples/. Multi-record files use `path#N` (N is 1-based):
// `feeds/wire.jsonl#2` = the 2nd JSON line, `feeds/culture-wire.xml#1` = the 1st <item>.
// The text an occurrence is looked up in:
//   .txt            the whole file
//   .html           the raw file, or its tag-stripped, entity-decoded text
//   .jsonl#N        the record's title + "\n\n" + text
//   .xml#N          the item's <title>, <description> and <content:encoded>, raw or decoded
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(fileURLToPath(import.meta.url));
const expected = JSON.parse(readFileSync(join(root, 'expected.json'), 'utf8'));
const errors = [];
const cache = new Map();

function decodeEntities(s) {
  const named = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', mdash: '—', ndash: '–', rsquo: '’', lsquo: '‘', ldquo: '“', rdquo: '”', copy: '©', middot: '·' };
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return named[e.toLowerCase()] ?? m;
  });
}
function htmlToText(s) {
  return decodeEntities(
    s.replace(/<script[\s\S]*?<\/script>/gi, ' ').replace(/<style[\s\S]*?<\/style>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
  ).replace(/[ \t]+/g, ' ');
}
function rssItems(xml) {
  return [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => {
    const get = (tag) => {
      const r = m[1].match(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`));
      if (!r) return '';
      return r[1].replace(/^\s*<!\[CDATA\[/, '').replace(/\]\]>\s*$/, '');
    };
    return [get('title'), get('description'), get('content:encoded')].join('\n\n');
  });
}

/** Returns the candidate texts (raw and/or decoded) a reference may be matched in. */
function textsOf(ref) {
  if (cache.has(ref)) return cache.get(ref);
  const [path, recStr] = ref.split('#');
  const full = join(root, 'corpus', path);
  let out = null;
  if (!existsSync(full)) {
    errors.push(`missing file: ${path}`);
  } else {
    const raw = readFileSync(full, 'utf8');
    if (path.endsWith('.jsonl')) {
      const lines = raw.split('\n').filter((l) => l.trim());
      const n = Number(recStr);
      if (!recStr || !(n >= 1 && n <= lines.length)) errors.push(`bad record reference: ${ref}`);
      else {
        const rec = JSON.parse(lines[n - 1]);
        for (const k of ['id', 'url', 'title', 'text', 'published', 'outlet'])
          if (typeof rec[k] !== 'string' || !rec[k]) errors.push(`${ref}: missing field ${k}`);
        out = [`${rec.title}\n\n${rec.text}`];
      }
    } else if (path.endsWith('.xml')) {
      const items = rssItems(raw);
      const n = Number(recStr);
      if (!recStr || !(n >= 1 && n <= items.length)) errors.push(`bad item reference: ${ref}`);
      else out = [items[n - 1], htmlToText(items[n - 1])];
    } else if (path.endsWith('.html')) {
      out = [raw, htmlToText(raw)];
    } else {
      out = [raw];
    }
  }
  cache.set(ref, out);
  return out;
}

let checked = 0;
function mustContain(ref, s, what) {
  checked++;
  if (typeof s !== 'string' || s.length === 0) {
    errors.push(`${what}: empty text for ${ref}`);
    return;
  }
  const texts = textsOf(ref);
  if (!texts) return;
  if (!texts.some((t) => t.includes(s))) errors.push(`${what}: not found in ${ref}: ${JSON.stringify(s)}`);
}

const DRIFTS = new Set(['exact', 'punctuation', 'minor-wording', 'truncated', 'spliced', 'paraphrased-as-quote', 'other-language', 'reported']);
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

// Articles and stories.
const articleFiles = new Set((expected.articles ?? []).map((a) => a.file));
for (const a of expected.articles ?? []) {
  mustContain(a.file, a.title, `articles title`);
  if (a.published !== null && !/^2025-\d{2}-\d{2}/.test(a.published)) errors.push(`articles: bad published ${a.file}`);
}
const storyFiles = new Set();
for (const s of expected.stories) {
  for (const f of s.files) {
    if (storyFiles.has(f)) errors.push(`stories: ${f} in two stories`);
    storyFiles.add(f);
    textsOf(f);
    if (articleFiles.size && !articleFiles.has(f)) errors.push(`stories: ${f} not in articles`);
  }
}
for (const f of articleFiles) if (!storyFiles.has(f)) errors.push(`articles: ${f} is in no story`);

// People.
const names = new Set(expected.people.map((p) => p.name));
for (const pair of expected.near_miss_people) for (const n of pair) if (!names.has(n)) errors.push(`near_miss_people: unknown person ${n}`);

// Quote groups.
for (const g of expected.quote_groups) {
  if (!names.has(g.speaker)) errors.push(`quote_groups ${g.label}: unknown speaker ${g.speaker}`);
  for (const o of g.occurrences) {
    if (!DRIFTS.has(o.drift)) errors.push(`quote_groups ${g.label}: bad drift ${o.drift}`);
    if (!storyFiles.has(o.file)) errors.push(`quote_groups ${g.label}: ${o.file} is in no story`);
    mustContain(o.file, o.text, `quote_groups ${g.label}`);
  }
}
for (const s of expected.said_when) {
  if (!DATE.test(s.said_when)) errors.push(`said_when: bad date ${s.said_when}`);
  mustContain(s.file, s.quote_text, 'said_when');
  if (s.cue_text) mustContain(s.file, s.cue_text, 'said_when cue');
}
for (const c of expected.copies) {
  textsOf(c.from);
  textsOf(c.to);
  if (!['verbatim', 'spun'].includes(c.kind)) errors.push(`copies: bad kind ${c.kind}`);
}
for (const b of expected.boilerplate_lines) mustContain(b.file, b.line, 'boilerplate_lines');
for (const h of expected.headline_quotes) mustContain(h.file, h.text, 'headline_quotes');
for (const m of expected.mischaracterisations ?? []) {
  mustContain(m.file, m.headline, 'mischaracterisations headline');
  for (const r of m.rebutted_in) mustContain(r.file, r.text, 'mischaracterisations rebuttal');
}
for (const r of expected.recycled ?? []) mustContain(r.file, r.text, 'recycled');
for (const a of expected.aliases_in_text ?? []) mustContain(a.file, a.text, 'aliases_in_text');

// Corpus size: everything under samples/ (this script and the docs included) under 200 KB.
function sizeOf(dir) {
  let n = 0;
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    n += statSync(p).isDirectory() ? sizeOf(p) : statSync(p).size;
  }
  return n;
}
const total = sizeOf(root);
if (total >= 200 * 1024) errors.push(`corpus too large: ${total} bytes`);

if (errors.length) {
  console.error(`check-expected: ${errors.length} problem(s) in ${relative(process.cwd(), join(root, 'expected.json'))}`);
  for (const e of errors) console.error('  - ' + e);
  process.exit(1);
}
console.log(`check-expected: OK — ${checked} substrings verified across ${storyFiles.size} articles; samples/ is ${total} bytes`);
