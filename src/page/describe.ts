/**
 * What 指读 says about an element: its kind (链接, 按钮, 图片, 输入框, 标题…)
 * and its text, read as text from the page.
 */
import type { Translation } from '../i18n/translation.js';
import { clipText, foldSpace } from '../core/excerpt.js';

/** The words for each kind of element: they live with every other string, in i18n. */
export type Kinds = Translation['kinds'];

const MAX = 300;

/** Text folded to single spaces (a missing attribute or text reads as ''). */
const clean = (s: string | null | undefined): string => foldSpace(s ?? '');

function labelOf(el: Element): string {
  const doc = el.ownerDocument;
  const labelledby = el.getAttribute('aria-labelledby');
  if (labelledby) {
    const text = clean(
      labelledby
        .split(/\s+/)
        .map((id) => doc.getElementById(id)?.textContent ?? '')
        .join(' '),
    );
    if (text) return text;
  }
  const aria = clean(el.getAttribute('aria-label'));
  if (aria) return aria;
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length) return clean([...labels].map((l) => l.textContent).join(' '));
  return clean(el.getAttribute('placeholder') ?? el.getAttribute('title'));
}

function nameOf(el: Element): string {
  const aria = clean(el.getAttribute('aria-label'));
  if (aria) return aria;
  const own = clean(el.textContent);
  if (own) return own;
  const img = el.querySelector('img[alt]');
  return clean(img?.getAttribute('alt') ?? el.getAttribute('title'));
}

/** The element a pointer or focus target stands for: the control or heading around it, else the text block. */
export function pointTarget(target: Element): Element | null {
  const control = target.closest(
    'a[href], button, [role="button"], [role="link"], img, input, select, textarea, h1, h2, h3, h4, h5, h6, video, label',
  );
  if (control) return control;
  for (let el: Element | null = target; el; el = el.parentElement) {
    if (el === el.ownerDocument.body || el === el.ownerDocument.documentElement) return null;
    for (const n of el.childNodes) if (n.nodeType === 3 && /\S/.test(n.textContent ?? '')) return el;
  }
  return null;
}

/** "链接 首页", "图片 会议现场", "二级标题 …", or the element's text. */
export function describe(el: Element, kinds: Kinds): string {
  const tag = el.tagName;
  const role = el.getAttribute('role');
  let kind = '';
  let name = '';
  if (tag === 'A' || role === 'link') [kind, name] = [kinds.link, nameOf(el)];
  else if (tag === 'BUTTON' || role === 'button') [kind, name] = [kinds.button, nameOf(el)];
  else if (tag === 'IMG') [kind, name] = [kinds.image, clean(el.getAttribute('alt') ?? el.getAttribute('title'))];
  else if (tag === 'VIDEO') [kind, name] = [kinds.video, clean(el.getAttribute('aria-label') ?? el.getAttribute('title'))];
  else if (/^H[1-6]$/.test(tag)) [kind, name] = [kinds.heading(Number(tag[1])), clean(el.textContent)];
  else if (tag === 'SELECT') [kind, name] = [kinds.select, labelOf(el)];
  else if (tag === 'TEXTAREA') [kind, name] = [kinds.input, labelOf(el)];
  else if (tag === 'INPUT') {
    const type = (el as HTMLInputElement).type;
    if (type === 'checkbox' || type === 'radio') [kind, name] = [kinds.checkbox, labelOf(el)];
    else if (type === 'button' || type === 'submit' || type === 'reset' || type === 'image')
      [kind, name] = [kinds.button, clean((el as HTMLInputElement).value) || labelOf(el)];
    else if (type === 'hidden') return '';
    else [kind, name] = [kinds.input, labelOf(el)];
  } else name = clean(el.textContent);
  // A very long name (a whole paragraph) is cut on a word boundary, never inside a word.
  name = clipText(name, MAX);
  return [kind, name].filter(Boolean).join(' ');
}
