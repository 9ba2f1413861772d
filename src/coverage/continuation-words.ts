/**
 * Words that may stand between two consecutive quotations of one speaker without making
 * them separate statements: continuation cues ("he continued", "she added", "went on") and
 * nouns for the message being quoted ("The message continued, saying"). Any other word
 * between them is narration, which ends the statement. Hand-made from reporting style.
 */
export const CONTINUATION_WORDS: ReadonlySet<string> = new Set(
  `continued continues continuing continue added adds adding went goes going on carried further
also then and later saying says said wrote writes writing message messages text texts letter note
statement post tweet email reply response the a his her their he she they it in on to of by`.split(/\s+/),
);
