/** 行距's setting: the line spacing in percent of the page's own (100: the page's own). */
import { LINE_SPACING_LEVELS } from '../../core/line-spacing.js';
import { number } from '../../core/schema.js';

export const lineSpacingSettings = {
  lineSpacing: number(LINE_SPACING_LEVELS[0], LINE_SPACING_LEVELS[0], LINE_SPACING_LEVELS[LINE_SPACING_LEVELS.length - 1]),
} as const;
