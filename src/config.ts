/**
 * The site owner's configuration: data-* attributes of the script tag, or the
 * same options passed to the JS API. Every value is validated here; a bad value
 * gets exactly one console.warn (attribute, value, accepted values) and the
 * default is used, so a typo never breaks the page.
 */
import { uiLangFor, type UiLang } from './i18n/index.js';
import { decideLanguage, normalizeLang } from './core/language.js';
import { FEATURE_IDS, type FeatureId } from './features/manifest.js';

export const POSITIONS = ['right-bottom', 'left-bottom', 'right-top', 'left-top'] as const;
export type Position = (typeof POSITIONS)[number];

/**
 * The corner launcher: `auto` shows the buttons the site's own triggers do not already
 * provide; `none` shows no launcher at all (the site's triggers, Alt+A and the JS API only).
 */
export const LAUNCHERS = ['auto', 'none'] as const;
export type Launcher = (typeof LAUNCHERS)[number];

/** Ids that `data-features` may name (each limits the toolbar to those controls): the registry's. */
export { FEATURE_IDS, type FeatureId };

export interface Config {
  /** Selector of the article body, or null to detect it. */
  article: string | null;
  /** UI language: follows `pageLang` (English for en, else Chinese). */
  lang: UiLang;
  /**
   * The page's language, for speech and segmentation: `data-lang` when set, else
   * the page's `lang` when its text agrees, else the language of the text itself.
   */
  pageLang: string;
  /** Selector of distractions hidden in care mode, or null. */
  careHide: string | null;
  /** Remote speech URL template with {text}, {lang}, {rate}, or null. */
  ttsUrl: string | null;
  /** Features whose controls show; all by default. */
  features: ReadonlySet<FeatureId>;
  position: Position;
  launcher: Launcher;
}

/** Options as a script tag or the JS API gives them: strings, unchecked. */
export interface ConfigInput {
  article?: string | null;
  lang?: string | null;
  careHide?: string | null;
  ttsUrl?: string | null;
  features?: string | readonly string[] | null;
  position?: string | null;
  launcher?: string | null;
}

type Warn = (message: string) => void;

const ATTRIBUTES: Record<keyof ConfigInput, string> = {
  article: 'data-article',
  lang: 'data-lang',
  careHide: 'data-care-hide',
  ttsUrl: 'data-tts-url',
  features: 'data-features',
  position: 'data-position',
  launcher: 'data-launcher',
};

/** Reads the known data-* attributes of the script element; unknown ones are ignored. */
export function readScriptAttributes(script: Element | null): ConfigInput {
  const input: ConfigInput = {};
  if (!script) return input;
  for (const [key, attr] of Object.entries(ATTRIBUTES) as [keyof ConfigInput, string][]) {
    const value = script.getAttribute(attr);
    if (value !== null) input[key] = value;
  }
  return input;
}

/** A selector is valid when the browser can parse it; `isValid` is injected so this stays pure. */
export type SelectorCheck = (selector: string) => boolean;

/** What the page says about its language: its `lang` attribute, and a sample of its visible text. */
export interface PageLanguage {
  attribute?: string | null;
  sample?: string | null;
}

export function parseConfig(
  input: ConfigInput,
  page: PageLanguage | string | null | undefined,
  isValidSelector: SelectorCheck,
  warn: Warn = (m) => console.warn(m),
): Config {
  const bad = (key: keyof ConfigInput, value: unknown, accepted: string) =>
    warn(`[wza] ${ATTRIBUTES[key]}="${String(value)}" is not valid; accepted: ${accepted}. Using the default.`);

  const selector = (key: 'article' | 'careHide'): string | null => {
    const raw = input[key];
    if (raw == null) return null;
    const value = String(raw).trim();
    if (value && isValidSelector(value)) return value;
    bad(key, raw, 'a CSS selector such as "#zoom"');
    return null;
  };

  // data-lang: any spelling of Chinese or English (zh_CN, zh-Hans, en-US…); other languages have no UI.
  let configuredLang: string | null = null;
  if (input.lang != null) {
    const value = normalizeLang(String(input.lang));
    if (value && /^(zh|en)\b/.test(value)) configuredLang = value;
    else bad('lang', input.lang, '"zh-CN", "en"');
  }
  const declared = typeof page === 'object' && page !== null ? page : { attribute: page };
  const pageLang = decideLanguage({ configured: configuredLang, attribute: declared.attribute, sample: declared.sample });
  const lang = uiLangFor(pageLang);

  let ttsUrl: string | null = null;
  if (input.ttsUrl != null) {
    const value = String(input.ttsUrl).trim();
    if (/^(https?:\/\/|\/|\.{0,2}\/)/i.test(value) && value.includes('{text}')) ttsUrl = value;
    else bad('ttsUrl', input.ttsUrl, 'an http(s) URL template containing {text}, optionally {lang} and {rate}');
  }

  let features: ReadonlySet<FeatureId> = new Set(FEATURE_IDS);
  if (input.features != null) {
    const list = (typeof input.features === 'string' ? input.features.split(',') : [...input.features])
      .map((s) => String(s).trim())
      .filter(Boolean);
    const known = list.filter((id): id is FeatureId => (FEATURE_IDS as readonly string[]).includes(id));
    if (known.length === list.length && list.length > 0) features = new Set(known);
    else bad('features', input.features, `a comma list of ${FEATURE_IDS.join(', ')}`);
  }

  /** One of a list of words; the first is the default. */
  const oneOf = <T extends string>(key: 'position' | 'launcher', list: readonly T[]): T => {
    const raw = input[key];
    if (raw == null) return list[0]!;
    const value = String(raw).trim() as T;
    if (list.includes(value)) return value;
    bad(key, raw, list.map((w) => `"${w}"`).join(', '));
    return list[0]!;
  };

  return {
    article: selector('article'),
    lang,
    pageLang,
    careHide: selector('careHide'),
    ttsUrl,
    features,
    position: oneOf('position', POSITIONS),
    launcher: oneOf('launcher', LAUNCHERS),
  };
}
