/**
 * The resolve stage: people across articles. `personKeys` gives the store's lookup keys
 * for a name; `resolvePeople` merges a batch's speakers and named people into the known
 * people and fills each quote's `personId`.
 */
export { personKeys, normalizeName, nameWords } from './person-names.js';
export { resolvePeople } from './resolve-people.js';
export { outletKey, outletKeys } from './non-person-names.js';
