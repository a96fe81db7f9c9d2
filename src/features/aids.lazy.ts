/**
 * The working parts of the pointer and focus aids, shipped in the lazily loaded
 * UI chunk with their elements: a page that never turns an aid on never loads
 * the pointer tracker, text finding or the reader.
 */
import { runCaptions } from './captions/captions.run.js';
import { runCrosshair } from './crosshair/crosshair.run.js';
import { runMagnifier } from './magnifier/magnifier.run.js';
import { runTextOnly } from './text-only/text-only.run.js';

export const aids = {
  crosshair: runCrosshair,
  magnifier: runMagnifier,
  captions: runCaptions,
  textOnly: runTextOnly,
};

declare module './feature.js' {
  interface LazyParts {
    aids: typeof aids;
  }
}
