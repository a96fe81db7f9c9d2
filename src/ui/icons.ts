/** Icons as lit templates, for the toolbar and other lit elements. */
import { svg, type SVGTemplateResult } from 'lit';
import { ICON_PATHS, type IconName } from '../core/icon-paths.js';

export type { IconName };

export function icon(name: IconName): SVGTemplateResult {
  return svg`<svg viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false" fill="none"
    stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d=${ICON_PATHS[name]}></path></svg>`;
}
