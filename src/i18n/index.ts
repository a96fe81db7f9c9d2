import { en } from './en.js';
import type { Translation } from './translation.js';
import { zhCN } from './zh-CN.js';

export type { Translation } from './translation.js';
export type UiLang = Translation['lang'];

export const translations: Record<UiLang, Translation> = { 'zh-CN': zhCN, en };

/** Map any BCP-47 tag to a UI language: English for en-*, Chinese for everything else. */
export function uiLangFor(tag: string | null | undefined): UiLang {
  return tag && /^en\b/i.test(tag.trim()) ? 'en' : 'zh-CN';
}
