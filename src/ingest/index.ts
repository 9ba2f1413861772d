/**
 * The ingest stage: inputs (files, directories, stdin, in-memory buffers) to RawDocuments,
 * with an error Message for every input that cannot be read.
 */
export { readInputs } from './read-inputs.js';
export { readBuffer, DEFAULT_MAX_BYTES, type IngestOptions } from './read-buffer.js';
export { decodeBytes, type Decoded } from './decode.js';
export { sniffFormat } from './sniff.js';
