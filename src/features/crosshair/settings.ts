/** 十字光标's setting: on or off. */
import { boolean } from '../../core/schema.js';

export const crosshairSettings = { crosshair: boolean(false) } as const;
