/**
 * 繁體's own lazy part (dist/wza-traditional.js, loaded on first use only): the
 * conversion table made at build time from OpenCC's dictionaries, the converter
 * and the page walker.
 */
import * as table from 'wza:traditional-table';
import { createConverter, type Convert } from '../../core/traditional.js';
import type { Host, Undo } from '../../page/host.js';
import { convertPageText, type TraditionalOptions } from '../../page/traditional-text.js';

let convert: Convert | null = null;

/** The converter, built from the table on first use (a few milliseconds). */
export function toTraditional(text: string): string {
  convert ??= createConverter(table);
  return convert(text);
}

/** Converts the page (and, with `ui`, the toolbar's strings) now and as content arrives; the undo restores it exactly. */
export function convertPage(host: Host, options: TraditionalOptions): Undo {
  return convertPageText(host, toTraditional, options);
}
