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
