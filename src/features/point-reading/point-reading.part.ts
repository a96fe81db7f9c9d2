/** 指读's own lazy part (dist/wza-point-reading.js): what an element is, said in words. */
export { describe, pointTarget } from '../../page/describe.js';
