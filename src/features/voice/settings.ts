/** 发音人's setting: the chosen voice's name, as the browser names it ('' for the best fit). */
import { text } from '../../core/schema.js';

/** Voice names are short ("Microsoft Xiaoxiao Online (Natural) - Chinese (Mainland)"); anything longer is no name. */
export const voiceSettings = { voice: text('', 200) } as const;
