/**
 * Prepares continuous reading: finds the article, takes its title and body text
 * (leaving out navigation, share bars and the title when it sits in the body),
 * segments it, and maps every sentence back to a DOM Range for the highlight.
 * Reads the page only; budget ≤ 30 ms for a 10,000-character article.
 */
import { collectText, rangeOf } from '../text-map.js';
import { findArticle, isNotArticleText, type Article } from './article.js';
import { languageOf, SENTENCE_SAMPLE_MIN } from '../../core/language.js';
import { segment, spokenText } from '../../core/segment.js';

export interface ReadingSentence {
  /** The whole sentence, as spoken (for captions). */
  text: string;
  /** Where it is on the page; null for a title taken from a meta tag or document.title. */
  range: Range | null;
  /** Utterances: short pieces spoken one after another, each with its own place on the page and language. */
  parts: { text: string; range: Range | null; lang: string }[];
  /** True for the title's sentences. */
  title: boolean;
  /** The sentence's language: its element's own `lang` when the text agrees, else the text's, else the article's. */
  lang: string;
}

export interface Reading {
  article: Article;
  /** The article's language: its own `lang` when its text agrees, else the page's (decided at start). */
  lang: string;
  sentences: ReadingSentence[];
}

/**
 * The `lang` an element claims for itself: its nearest `[lang]`, unless that is
 * <html> (the page's tag, already weighed in the page's language).
 */
function ownLang(node: Node | null | undefined): string | null {
  const el = node ? (node.nodeType === 1 ? (node as Element) : node.parentElement) : null;
  const tagged = el?.closest('[lang]');
  return tagged && tagged !== tagged.ownerDocument.documentElement ? tagged.getAttribute('lang') : null;
}

/** A sentence's language and its parts': each piece of text carries its own (an English quote in a Chinese article). */
function withLanguages(
  sentence: { text: string; range: Range | null; parts: { text: string; range: Range | null }[]; title: boolean },
  articleLang: string,
): ReadingSentence {
  const claim = ownLang(sentence.range?.startContainer);
  const lang = languageOf(sentence.text, [claim, articleLang], articleLang, SENTENCE_SAMPLE_MIN);
  const parts =
    sentence.parts.length === 1
      ? [{ ...sentence.parts[0]!, lang }]
      : sentence.parts.map((p) => ({ ...p, lang: languageOf(p.text, [lang, claim], lang, SENTENCE_SAMPLE_MIN) }));
  return { ...sentence, parts, lang };
}

function sentencesOf(
  root: Element | null,
  text: string | null,
  pageLang: string,
  title: boolean,
  skip?: (el: Element) => boolean,
  within?: Range,
): { lang: string; sentences: ReadingSentence[] } {
  if (root) {
    const map = collectText(root, { skip, within: within ?? null });
    const lang = languageOf(map.text.slice(0, 2000), [ownLang(root), pageLang], pageLang, SENTENCE_SAMPLE_MIN);
    const sentences = segment(map.text, lang).map((s) => {
      const range = rangeOf(map, s.start, s.end);
      const parts = s.parts.map((p) => ({
        text: spokenText(map.text, p),
        range: s.parts.length > 1 ? rangeOf(map, p.start, p.end) : range,
      }));
      return withLanguages({ text: spokenText(map.text, s), range, parts, title }, lang);
    });
    return { lang, sentences };
  }
  const t = text ?? '';
  const lang = languageOf(t, [pageLang], pageLang, SENTENCE_SAMPLE_MIN);
  const sentences = segment(t, lang).map((s) =>
    withLanguages(
      { text: spokenText(t, s), range: null, parts: s.parts.map((p) => ({ text: spokenText(t, p), range: null })), title },
      lang,
    ),
  );
  return { lang, sentences };
}

/**
 * `pageLang` is the page's language as decided at start (data-lang, else a `lang`
 * its text agrees with, else its text's); the article's own `lang`, and each
 * element's inside it, count only where their text agrees.
 */
/** `signal`: the reading being prepared; once it is aborted (停止 while preparing) nothing more is done. */
export function prepareReading(doc: Document, configured: string | null, pageLang: string, signal?: AbortSignal): Reading | null {
  if (signal?.aborted) return null;
  const article = findArticle(doc, configured);
  if (!article || signal?.aborted) return null;
  const titleEl = article.titleElement;
  // The same boundary as 纯文本: related lists, 上一篇/下一篇, share bars, bylines… are not read.
  const skip = (el: Element) => el === titleEl || isNotArticleText(el);
  const body = sentencesOf(article.body, null, pageLang, false, skip, article.range);
  const title = sentencesOf(titleEl, article.title, body.sentences.length ? body.lang : pageLang, true);
  return { article, lang: body.lang, sentences: [...title.sentences, ...body.sentences] };
}

/** The sentence holding a DOM position (a click's caret), or -1. */
export function sentenceAt(reading: Reading, node: Node, offset: number): number {
  return reading.sentences.findIndex((s) => {
    try {
      return s.range !== null && s.range.comparePoint(node, offset) === 0;
    } catch {
      return false; // a point in another document or a doctype
    }
  });
}
