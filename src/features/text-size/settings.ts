/** 文字: text size in percent, within the levels' range. */
import { number } from '../../core/schema.js';
import { TEXT_LEVELS } from '../../core/steps.js';

export const textSizeSettings = { textSize: number(100, TEXT_LEVELS[0], TEXT_LEVELS[TEXT_LEVELS.length - 1]) } as const;
