/**
 * 拼音 for the aids that show page text (大字幕, 放大镜): the readings of a text
 * while `settings.pinyin` is on, from 拼音's own lazily loaded part, asked for by
 * name (`ctx.part('pinyin')`) the first time they are needed, so no feature
 * imports another. Used by the aids' working parts (in the UI chunk) only.
 */
import type { RubySegment } from '../core/ruby.js';
import type { Settings } from '../settings.js';
import type { FeatureContext } from './feature.js';

export interface PinyinReadings {
  /** Whether 拼音 is on here (the aids keep room for readings while it is). */
  on(): boolean;
  /** The segments to show for `text`, or null for plain text (off, empty, or the part not there yet). */
  of(text: string): readonly RubySegment[] | null;
  /** Stops listening to settings. */
  stop(): void;
}

/**
 * `changed` runs when what `of` answers changes without the text changing: 拼音
 * turned on or off, or its part just arrived. The last answer is kept, so an aid
 * that shows the same text again gets the very same segments (and renders nothing).
 */
export function pinyinReadings(ctx: Pick<FeatureContext, 'settings' | 'part' | 'config'>, changed: (on: boolean) => void): PinyinReadings {
  // A page whose data-features leaves 拼音 out shows none, whatever the stored settings say.
  const enabled = ctx.config.features.has('pinyin');
  const isOn = (s: Readonly<Settings>) => enabled && s.pinyin;
  let rubyOf: ((text: string) => readonly RubySegment[]) | null = null;
  let loading = false;
  let last: { text: string; segments: readonly RubySegment[] } | null = null;
  const load = () => {
    if (loading) return;
    loading = true;
    ctx.part('pinyin').then(
      (part) => {
        rubyOf = part.rubyOf;
        if (isOn(ctx.settings.value)) changed(true);
      },
      (error: unknown) => {
        // Plain text meanwhile; turning 拼音 off and on again tries again.
        console.warn('[wza] 拼音 could not be loaded:', error);
      },
    );
  };
  const unsubscribe = ctx.settings.subscribe((s, keys) => {
    if (!keys.has('pinyin') || !enabled) return;
    if (!s.pinyin && !rubyOf) loading = false;
    changed(s.pinyin);
  });
  return {
    on: () => isOn(ctx.settings.value),
    of(text) {
      if (!isOn(ctx.settings.value) || !text) return null;
      if (!rubyOf) {
        load();
        return null;
      }
      if (last?.text !== text) last = { text, segments: rubyOf(text) };
      return last.segments;
    },
    stop: unsubscribe,
  };
}
