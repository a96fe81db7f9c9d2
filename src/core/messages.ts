/**
 * A feature's strings, in both UI languages, typed so that both have the same
 * keys; and the merge that puts the features' strings and the widget's into one
 * translation object (sections such as `controls` are shared). Pure.
 */

export type UiLanguage = 'zh-CN' | 'en';

/** Both languages of one feature's strings; `en` must have exactly the shape of `zh-CN`. */
export interface Messages<M extends object = object> {
  readonly 'zh-CN': M;
  readonly en: M;
}

export function defineMessages<M extends object>(messages: { 'zh-CN': M; en: NoInfer<M> }): Messages<M> {
  return messages;
}

const isSection = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Merges sections key by key; throws when two parts define the same string (one would silently win). */
export function mergeMessages<T>(parts: readonly object[], path = ''): T {
  const out: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const prev = out[key];
      if (prev === undefined) out[key] = isSection(value) ? mergeMessages([value], `${path}${key}.`) : value;
      else if (isSection(prev) && isSection(value)) out[key] = mergeMessages([prev, value], `${path}${key}.`);
      else throw new Error(`[wza] message "${path}${key}" twice`);
    }
  }
  return out as T;
}

/**
 * Adds `parts` to an existing translation object in place: the UI chunk brings the
 * strings of the features whose code it carries (features/late-features.ts). The
 * same string added again (a second widget on the page) is no clash; a different one is.
 */
export function addMessages(target: object, parts: readonly object[], path = ''): void {
  const out = target as Record<string, unknown>;
  for (const part of parts) {
    for (const [key, value] of Object.entries(part)) {
      const prev = out[key];
      if (prev === undefined) out[key] = isSection(value) ? mergeMessages([value], `${path}${key}.`) : value;
      else if (isSection(prev) && isSection(value)) addMessages(prev, [value], `${path}${key}.`);
      else if (prev !== value) throw new Error(`[wza] message "${path}${key}" twice`);
    }
  }
}
