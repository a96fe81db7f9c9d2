/** 配色: one of the colour schemes, 'default' being the site's own colours. */
import { COLOUR_SCHEMES } from '../../core/colours.js';
import { oneOf } from '../../core/schema.js';

export const coloursSettings = { colours: oneOf(COLOUR_SCHEMES, 'default') } as const;
