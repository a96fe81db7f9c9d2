/**
 * 关怀版's own lazy part (dist/wza-care.js, loaded when care mode turns on): raising
 * weak text contrast to 4.5:1, which reads every element's colours and carries
 * the colour maths. The start-up file applies the rest of care mode at once.
 */
export { raiseContrast } from '../../page/contrast.js';
