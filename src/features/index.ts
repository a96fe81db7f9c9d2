/**
 * The registry: every feature, in toolbar order. Adding a feature is adding its
 * folder and one line here. An entry is what the start-up file carries of a
 * feature: its page change (what saved settings change before the toolbar is
 * ever opened) and its keys. Its toolbar half (controls, what a key does and
 * says) is in the UI chunk (features/late-features.ts). Features whose page
 * change needs that chunk anyway (speech, the pointer aids, 纯文本) are
 * `late(...)` entries: all their code is there, so a page view does not download it.
 */
import { checkSettingKeys } from '../core/schema.js';
import { care } from './care/care.js';
import { colours } from './colours/colours.js';
import { textSize } from './text-size/text-size.js';
import { traditional } from './traditional/traditional.js';
import { zoom } from './zoom/zoom.js';
import { lineSpacing } from './line-spacing/line-spacing.js';
import { BUILTIN_IDS, type LateFeature, type LateStart, type RegistryEntry } from './feature.js';
import { captionsLate } from './captions/late.js';
import { cursorLate } from './cursor/late.js';
import { pinyinLate } from './pinyin/late.js';
import { textOnlyLate } from './text-only/late.js';
import { crosshairLate } from './crosshair/late.js';
import { magnifierLate } from './magnifier/late.js';
import { pointReadingLate } from './point-reading/late.js';
import { readAloudLate } from './read-aloud/late.js';
import { speechLate } from './speech/late.js';
import { voiceLate } from './voice/late.js';
import { FEATURE_MANIFEST } from './manifest.js';
import { regions } from './regions/regions.js';

/** A feature whose code starts with the UI chunk: its settings and strings from the manifest, and its LateStart. */
function late(id: keyof typeof FEATURE_MANIFEST, start: LateStart): LateFeature {
  const { settings, messages } = FEATURE_MANIFEST[id];
  return { id, settings, messages, late: start };
}

export const FEATURES: readonly RegistryEntry[] = [
  // Alt+A opens the toolbar: a shortcut, no control (its code: features/builtins.ts, in the UI chunk)
  { id: 'open', late: { keys: ['KeyA'] } },
  // speech (声音, 指读, 连读, 停止, 语速, 发音人)
  late('speech', speechLate),
  late('point-reading', pointReadingLate),
  late('read-aloud', readAloudLate),
  late('voice', voiceLate),
  // page transformations (配色, 文字, 行距, 页面, 大鼠标, 关怀版)
  colours,
  textSize,
  lineSpacing,
  zoom,
  late('cursor', cursorLate),
  care,
  // pointer and focus aids (十字光标, 放大镜, 大字幕, 拼音 over those two, 纯文本)
  late('crosshair', crosshairLate),
  late('magnifier', magnifierLate),
  late('captions', captionsLate),
  late('pinyin', pinyinLate),
  late('text-only', textOnlyLate),
  // 繁體: the page's text in traditional characters
  traditional,
  // region jumps (Alt+1 … Alt+6) and the skip link 跳到正文: shortcuts, no control
  regions,
  // 重置, 帮助, 退出 (their code: features/builtins.ts, in the UI chunk)
  { id: 'reset', late: { keys: ['KeyR'] } },
  { id: 'help', late: { keys: ['Slash'] } },
  { id: 'exit', late: { keys: [] } },
];

/**
 * Fails loudly on a registry mistake: two features with one id, two features
 * declaring one setting key, or a feature whose id or settings disagree with
 * features/manifest.ts (the list the Settings type and translations derive from).
 * `manifest` is injectable for tests. Shortcut clashes are checked where the
 * table is built (core/controls.ts `checkShortcuts`).
 */
export function checkRegistry(
  features: readonly RegistryEntry[],
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
