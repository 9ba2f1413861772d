/**
 * The cross-article stages of Retold: cluster articles into stories, align each story's
 * quotes into utterance groups with drift labels, detect copied articles, and lay out the
 * story's timeline. All are pure functions of their input; ids derive from content.
 */
export { lookupKeys, storyKeys } from './story-keys.js';
export { clusterStories } from './cluster-stories.js';
export { alignQuotes } from './align-quotes.js';
export { detectCopies } from './detect-copies.js';
export { buildTimeline } from './build-timeline.js';
export { classifyDrift, type DriftInput, type CanonicalText } from './drift.js';
export { diffWords } from './word-diff.js';
