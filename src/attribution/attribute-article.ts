/**
 * `attributeArticle`: the pipeline's call into the attribute stage for one cleaned
 * article. Gives quotes their ids and reports quotes nobody could be credited with.
 */
import type { Analysis, Article, Message, Quote } from '../model.js';
import { attributeText, type QuoteDraft } from './attribute-text.js';
import { onLexiconCue } from './cue-forms.js';
import { tokenize, type Token } from './tokenize.js';
import { holdsClauseVerb } from './noun-phrase.js';
import { REPORT_THRESHOLD } from './report-model.js';
import { creditsNobody } from './types.js';
import { endBeforeSplitClauses, JOINED_THAT_RULE } from './joined-clauses.js';

/**
 * Finds the quotes of an article. Quote ids are `${article.id}:q${n}` (n from 1, in text
 * order). A quote with no resolvable speaker keeps `speaker: null` and adds an `info`
 * message with rule `attribute/no-speaker`.
 *
 * The store applies the learned check (report-model.ts) only to reports whose cue the cue
 * detector or the trained prior proposed (a word the hand-written lexicon lacks): below the
 * cut those are mostly noise (`drew little notice`). Reports on a lexicon cue are kept even when rated
 * low, unlike in `retold quotes`, if they quote words, or name their speaker and lie inside a
 * kept report by the same speaker: the check sees one article, while alignment across
 * outlets can corroborate a report (004's `even demanded an apology`, rated low alone, is
 * West's `I need my apologies` in 002). Other low-rated reports are dropped: on 181 real
 * pages those crediting nobody and quoting nothing were 220 of 2,626 stored quotes, nearly
 * all noise (`an aluminum case that is waterproof`); those naming a speaker outside any kept
 * report were 95 more, nearly all noise as well (`Universal USB charging cable`, `Epstein
 * found dead`), shown under a speaker's name.
 *
 * @param article A cleaned article; its title span marks headline quotes.
 * @param analysis The analyze stage's output. Accepted for the pipeline's uniform stage
 *   signature; the attribution rules run on their own fast tokenizer and do not need it.
 */
export function attributeArticle(article: Article, analysis?: Analysis): { quotes: Quote[]; messages: Message[] } {
  const drafts = attributeText(article.text, { published: article.published, title: article.titleSpan, outlet: article.outlet });
  const kept = endBeforeSplitClauses(article.text, foldFragments(withoutRivalReadings(drafts.filter((d) => storeKeeps(article.text, d, drafts)))));
  const quotes: Quote[] = kept.map(({ report: _report, rule: _rule, ...d }, i) => ({
    id: `${article.id}:q${i + 1}`,
    articleId: article.id,
    personId: null,
    ...d,
  }));
  const messages: Message[] = [];
  for (const q of quotes) {
    if (q.speaker !== null) continue;
    const first = q.content[0];
    const words = article.text.slice(first.start, first.end).replace(/\s+/g, ' ');
    const snippet = words.length > 60 ? `${words.slice(0, 57)}…` : words;
    const found = q.source
      ? `source "${article.text.slice(q.source.start, q.source.end)}" that names nobody in the article`
      : q.cue
        ? `cue "${article.text.slice(q.cue.start, q.cue.end)}" with no source`
        : 'no cue or source near it';
    messages.push({
      source: article.source,
      articleId: article.id,
      rule: 'attribute/no-speaker',
      message: `retold attribute: no speaker for ${q.kind} quote "${snippet}": expected a named or resolvable speaker, found ${found}`,
      severity: 'info',
      span: first,
    });
  }
  return { quotes, messages };
}

/**
 * Folds a quotation into the report on the same cue whose content it starts in (`The mayor
 * said that the union "is going to … like. If they do not, that is it."`, found once as the
 * report and once as the quotation): the store shows the words once, in the report, which
 * then runs to the quotation's end (the report stopped at the first full stop inside the
 * marks). `retold quotes` folds them into one record too. A report on the quotation's cue
 * whose content starts where the quotation does folds into the quotation.
 */
function foldFragments(drafts: QuoteDraft[]): QuoteDraft[] {
  const out = drafts.map((d) => ({ ...d, content: [...d.content] }));
  const folded = new Set<QuoteDraft>();
  for (const d of out) {
    // (A clause split off a report, `…, and that …`, is a statement of its own.)
    if (!d.cue || d.rule === JOINED_THAT_RULE) continue;
    const cue = d.cue.start;
    const first = d.content[0].start;
    const last = d.content[d.content.length - 1].end;
    // A report whose content is the quotation itself (`Brandt declared “…”`) is the same
    // words found twice: it folds into the quotation instead (never past its closing mark).
    const report = out.find(
      (r) =>
        r !== d && !folded.has(r) && r.cue?.start === cue && r.content[r.content.length - 1].end >= first &&
        (r.content[0].start < first || (r.content[0].start === first && d.kind !== 'direct' && r.kind === 'direct' && last <= r.content[r.content.length - 1].end)),
    );
    if (!report) continue;
    const end = report.content.length - 1;
    report.content[end] = { start: report.content[end].start, end: Math.max(report.content[end].end, last) };
    folded.add(d);
  }
  return out.filter((d) => !folded.has(d));
}

/**
 * Whether the store keeps a draft: all but those that credit nobody (`X seemed to …`,
 * `Asked whether …,`: PolNeAR counts them, but nobody said them) and detector-proposed
 * reports the check rates below its cut.
 */
export function storeKeeps(text: string, d: QuoteDraft, drafts: readonly QuoteDraft[] = []): boolean {
  if (creditsNobody(d) || askedWhether(text, d) || reducedPassive(text, d)) return false;
  if (!d.cue) return true;
  const cue = tokenize(text.slice(d.cue.start, d.cue.end)).tokens;
  // A report on a lexicon cue the check rates below its cut stays for alignment when it
  // quotes words, or names its speaker inside a kept report of theirs; one that credits
  // nobody and quotes nothing can be corroborated by no other outlet (`an aluminum case that
  // is waterproof`, `raising questions about the delay`), and one standing alone under a
  // name is nearly always noise (`Universal USB charging cable`): the store drops both.
  if (onLexiconCue(cue, 0, cue.length - 1)) return d.report >= REPORT_THRESHOLD || d.kind !== 'indirect' || (d.speaker !== null && insideKeptReport(d, drafts));
  // A verb the detector proposed reports a statement only when what follows holds one: a
  // clause or a quotation. `He made it with four days to spare` and `opened a second
  // restaurant` are deeds, whatever the check rates them (PolNeAR counts some such, and
  // `retold quotes` keeps them; the store shows who said what).
  return d.report >= REPORT_THRESHOLD && d.content.some((c) => statesSomething(tokenize(text.slice(c.start, c.end)).tokens));
}

/**
 * Two reports of the very same words are two readings of one sentence (`Leaked texts show
 * how …` read with `texts` and with `show` as its verb): the store keeps the one the check
 * rates higher. (Quotations are left alone: the same words credited two ways are for the
 * alignment across outlets to weigh.)
 */
function withoutRivalReadings(drafts: QuoteDraft[]): QuoteDraft[] {
  const isReport = (d: QuoteDraft): boolean => d.kind === 'indirect' || d.kind === 'headline';
  const key = (d: QuoteDraft): string => d.content.map((c) => `${c.start}:${c.end}`).join(',');
  const best = new Map<string, QuoteDraft>();
  for (const d of drafts) {
    if (!isReport(d)) continue;
    const other = best.get(key(d));
    if (!other || d.report > other.report) best.set(key(d), d);
  }
  return drafts.filter((d) => !isReport(d) || best.get(key(d)) === d);
}

/**
 * Whether a report's cue lies inside the content of a report the check keeps, credited to
 * the same speaker (`West went on to call Legend a “sellout” … and even demanded an
 * apology`): a statement within a statement the article makes.
 */
function insideKeptReport(d: QuoteDraft, drafts: readonly QuoteDraft[]): boolean {
  const cue = d.cue;
  if (!cue) return false;
  return drafts.some((e) => e !== d && e.report >= REPORT_THRESHOLD && e.speaker === d.speaker && e.content.some((c) => c.start <= cue.start && cue.end <= c.end));
}

/**
 * Whether the cue is a participle that only describes the noun before it, with its agent
 * after it (`A poll published in April by the Civic Institute put Finch at 38 percent`,
 * `The headline, published by the Daily Echo, …`): a document's publication, not a report
 * of what the noun or the agent said.
 */
function reducedPassive(text: string, d: QuoteDraft): boolean {
  if (!d.cue || !d.source) return false;
  const cue = text.slice(d.cue.start, d.cue.end);
  if (!/ed$/.test(cue)) return false;
  // The noun right before the participle: the source (`A poll published`) or, read the
  // other way, the content (`The headline, published by …`).
  const content = d.content[d.content.length - 1];
  const noun = d.source.end <= d.cue.start ? d.source.end : content.end <= d.cue.start ? content.end : -1;
  if (noun < 0 || !/^[\s,]*$/.test(text.slice(noun, d.cue.start))) return false;
  return /^\s+(?:(?:in|on|last|this|earlier)\s+\w+\s+)?by\s/.test(text.slice(d.cue.end, d.cue.end + 40));
}

/** Auxiliaries that open a yes/no question (`Did …?`, `Will …?`). */
const QUESTION_OPENERS = /^(?:Did|Does|Do|Will|Would|Could|Can|Should|Is|Was|Has|Have|Had)\s/;

/**
 * Whether a report is the subject of a yes/no question (`Did Senator Olin say teachers
 * should be paid less?`, a fact-check's headline): the question asks whether she said it,
 * so the store does not show it as her words. PolNeAR annotates such questions, so
 * `retold quotes` still writes them.
 */
function askedWhether(text: string, d: QuoteDraft): boolean {
  const source = d.source;
  if (!source || !d.cue) return false;
  // The question opens after a line break, a sentence's end or a label's colon (`Fact check: Did …`).
  const after = (mark: string): number => {
    const at = text.lastIndexOf(mark, source.start - 1);
    return at < 0 ? 0 : at + mark.length;
  };
  const opening = Math.max(...['\n', '. ', '? ', '! ', ': '].map(after));
  if (!QUESTION_OPENERS.test(text.slice(opening, source.start).replace(/^[\s"“‘']+/, ''))) return false;
  const end = d.content[d.content.length - 1].end;
  return /^[\s"”’']*\?/.test(text.slice(end, end + 4));
}

/**
 * Whether content holds a quotation mark, a finite verb (`the port would close`; not a
 * participle after a determiner, `the renovated terminal`), a personal pronoun's clause
 * (`who he thinks deserves the credit`) or opens an infinitive.
 */
function statesSomething(tokens: Token[]): boolean {
  // An infinitive says what was pledged or refused (`vowed to fight on`, `declined to comment`).
  if (tokens[0]?.lower === 'to') return true;
  if (holdsClauseVerb(tokens, 0, tokens.length - 1)) return true;
  return tokens.some((t, k) => t.type === 'open' || t.type === 'close' || (CLAUSE_PRONOUNS.has(t.lower) && tokens[k + 1]?.type === 'word'));
}

/** Pronouns that open a clause (not `it`, which is as often an object: `made it with days to spare`). */
const CLAUSE_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'we', 'i']);
