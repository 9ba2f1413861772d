/**
 * The learned models' weight files key each weight as `template=value`. Scoring looks
 * values up as the strings they already are (a token's lower-case form, a rule name), so
 * the weights are split once into one Map per template, keyed by bare value: no
 * `template=value` string is built and hashed per lookup.
 */

/**
 * One Map per template, in the order of `templates`, from a `template=value` weight table.
 * Weights of templates not listed are ignored.
 */
export function templateTables(templates: readonly string[], weights: Readonly<Record<string, number>>): Map<string, number>[] {
  const tables = templates.map(() => new Map<string, number>());
  const index = new Map<string, number>(templates.map((t, k) => [t, k]));
  for (const [feature, weight] of Object.entries(weights)) {
    const eq = feature.indexOf('=');
    const k = index.get(feature.slice(0, eq));
    if (k !== undefined) tables[k].set(feature.slice(eq + 1), weight);
  }
  return tables;
}

/**
 * `s` as a flat string. V8 keeps a slice of 13 characters or more as a view into the string
 * it was cut from, and a Map lookup that meets such a key compares it through a call into
 * the runtime, several times slower (`indirect/source-cue-content`, sliced from
 * `r=indirect/source-cue-content`, was one in each report-check lookup of a rule). Shorter
 * slices are flat copies already; a longer one is interned, as a property name, which
 * flattens it.
 */
export function flat(s: string): string {
  return s.length < 13 ? s : Object.keys({ [s]: 0 })[0];
}

/**
 * The same Map with interned keys: the one string of each content that V8 keeps for
 * property names. A lookup compares an interned key by reference with an interned string
 * asked for (a literal, a rule name), without reading it. Interned in one pass through an
 * object's property names (integer-like keys come first; lookups do not care).
 */
export function withInternedKeys<V>(table: ReadonlyMap<string, V>): Map<string, V> {
  const properties: Record<string, V> = Object.create(null);
  for (const [key, value] of table) properties[key] = value;
  return new Map(Object.entries(properties));
}
