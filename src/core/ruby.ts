/**
 * Text with pronunciation over it, as data: what 拼音 hands the captions and the
 * magnifier, which render it as `<ruby>` (each Chinese character with its own
 * reading) and everything else as plain text.
 */
export interface RubySegment {
  /** Page text: one Chinese character when `ruby` is set, else a run of other text. */
  text: string;
  /** Its reading (pinyin with tone marks); absent for text that stays plain. */
  ruby?: string;
}

/** The page text the segments came from (for checks and fallbacks). */
export function rubyText(segments: readonly RubySegment[]): string {
  return segments.map((s) => s.text).join('');
}
