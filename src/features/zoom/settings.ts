/** 页面: page zoom in percent, within the levels' range. */
import { number } from '../../core/schema.js';
import { ZOOM_LEVELS } from '../../core/steps.js';

export const zoomSettings = { zoom: number(100, ZOOM_LEVELS[0], ZOOM_LEVELS[ZOOM_LEVELS.length - 1]) } as const;
