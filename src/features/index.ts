/**
 * The registry: every feature, in toolbar order. Adding a feature is adding its
 * folder and one line here.
 */
import { checkSettingKeys } from '../core/schema.js';
import { exit, help, open, reset } from './builtins.js';
import { captions } from './captions/captions.js';
import { care } from './care/care.js';
import { colours } from './colours/colours.js';
import { crosshair } from './crosshair/crosshair.js';
import { cursor } from './cursor/cursor.js';
import { magnifier } from './magnifier/magnifier.js';
import { textOnly } from './text-only/text-only.js';
import { textSize } from './text-size/text-size.js';
import { zoom } from './zoom/zoom.js';
import { BUILTIN_IDS, type Feature } from './feature.js';
import { FEATURE_MANIFEST } from './manifest.js';
import { pointReading } from './point-reading/point-reading.js';
import { readAloud } from './read-aloud/read-aloud.js';
import { speech } from './speech/speech.js';
import { regions } from './regions/regions.js';

export const FEATURES: readonly Feature[] = [
  // Alt+A: a shortcut, no control
  open,
  // speech (声音, 指读, 连读, 停止, 语速)
  speech,
  pointReading,
  readAloud,
  // page transformations (配色, 文字, 页面, 大鼠标, 关怀版)
  colours,
  textSize,
  zoom,
  cursor,
  care,
  // pointer and focus aids (十字光标, 放大镜, 大字幕, 纯文本)
  crosshair,
  magnifier,
  captions,
  textOnly,
  // region jumps (Alt+1 … Alt+6) and the skip link 跳到正文: shortcuts, no control
  regions,
  reset,
  help,
  exit,
];

/**
 * Fails loudly on a registry mistake: two features with one id, two features
 * declaring one setting key, or a feature whose id or settings disagree with
 * features/manifest.ts (the list the Settings type and translations derive from).
 * `manifest` is injectable for tests. Shortcut clashes are checked where the
 * table is built (core/controls.ts `checkShortcuts`).
 */
export function checkRegistry(
  features: readonly Feature[],
  manifest: Readonly<Record<string, { settings?: unknown; messages?: unknown }>> = FEATURE_MANIFEST,
): void {
  const seen = new Set<string>();
  for (const f of features) {
    if (seen.has(f.id)) throw new Error(`[wza] feature "${f.id}" is registered twice`);
    seen.add(f.id);
    if ((BUILTIN_IDS as readonly string[]).includes(f.id)) continue;
    // Both lists must name the very same objects: the Settings type and translations come from the manifest.
    const entry = manifest[f.id];
    if (entry?.settings !== f.settings || !entry) throw new Error(`[wza] feature "${f.id}" does not match features/manifest.ts`);
  }
  checkSettingKeys(features);
}
