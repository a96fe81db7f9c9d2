/** 繁體's setting: on or off. */
import { boolean } from '../../core/schema.js';

export const traditionalSettings = { traditional: boolean(false) } as const;
