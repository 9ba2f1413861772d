/**
 * B³ scoring of a partition of items (item → cluster label) against the truth, shared by
 * the story and coverage evaluations: per item, precision is the share of its predicted
 * cluster that is truly with it and recall the share of its true cluster that was put with
 * it, both averaged over the items of the truth. An item the prediction lacks is alone.
 */

/** B³ precision, recall and F1. */
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
}

function members(labels: ReadonlyMap<string, string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [id, label] of labels) {
    const list = out.get(label);
    if (list) list.push(id);
    else out.set(label, [id]);
  }
  return out;
}

/** Scores `predicted` against `truth` over the items of `truth`. */
export function bCubed(predicted: ReadonlyMap<string, string>, truth: ReadonlyMap<string, string>): BCubed {
  const byPred = members(new Map([...predicted].filter(([id]) => truth.has(id))));
  const byTruth = members(truth);
  let p = 0;
  let r = 0;
  for (const [id, label] of truth) {
    const mine = byPred.get(predicted.get(id) ?? '') ?? [id];
    const same = mine.filter((x) => truth.get(x) === label).length;
    p += same / mine.length;
    r += same / (byTruth.get(label)?.length ?? 1);
  }
  const precision = truth.size ? p / truth.size : 0;
  const recall = truth.size ? r / truth.size : 0;
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** A true cluster the prediction cuts into pieces (each piece in item order). */
export interface Split {
  label: string;
  pieces: string[][];
}

/** A predicted cluster that holds items of several true clusters. */
export interface Merge {
  labels: string[];
  ids: string[];
}

/**
 * Each true cluster the prediction splits and each predicted cluster that joins true ones,
 * over the items of `truth`, in the order they first appear (an item the prediction lacks
 * is a piece of its own).
 */
export function splitsAndMerges(predicted: ReadonlyMap<string, string>, truth: ReadonlyMap<string, string>): { splits: Split[]; merges: Merge[] } {
  const splits: Split[] = [];
  for (const [label, ids] of members(truth)) {
    const pieces = members(new Map(ids.map((id) => [id, predicted.get(id) ?? `alone:${id}`])));
    if (pieces.size > 1) splits.push({ label, pieces: [...pieces.values()] });
  }
  const merges: Merge[] = [];
  for (const ids of members(new Map([...predicted].filter(([id]) => truth.has(id)))).values()) {
    const labels = [...new Set(ids.map((id) => truth.get(id) ?? ''))];
    if (labels.length > 1) merges.push({ labels, ids });
  }
  return { splits, merges };
}
