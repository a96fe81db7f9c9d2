/**
 * 连读's own lazy part (dist/wza-read-aloud.js): the reader, with article finding,
 * sentence splitting and the highlight. Pages where nobody reads aloud never load it.
 */
export { Reader } from './reader.js';
