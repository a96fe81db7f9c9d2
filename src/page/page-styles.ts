/**
 * Page-level CSS through constructable stylesheets on document.adoptedStyleSheets:
 * no <style> element, no style attribute, so it works under `style-src 'self'`.
 * Each handle is removable, and removal restores the page's own sheets untouched.
 *
 * Where constructable sheets are missing (Safari < 16.4, some WebViews) the same
 * CSS goes into <style> elements carrying our script's CSP nonce, inside one
 * `<wza-styles>` element appended to <html> after <body>: nothing of the widget
 * sits in the page but wza-* elements, and being last in the document they
 * cascade after the page's own sheets, as adopted sheets do.
 */
export interface StyleHandle {
  /** Replaces the CSS of this sheet (cheap: one replaceSync, no DOM walk). */
  set(css: string): void;
  /** Takes the sheet off the page. Safe to call twice. */
  remove(): void;
}

export interface StyleOptions {
  /**
   * The sheet changes neither font sizes nor colours (a cursor, the toolbar's
   * room at the top), so reads of the page's own styles may leave it on: switching
   * a sheet off and on costs a restyle of the whole page.
   */
  keepWhileReading?: boolean;
}

let nonce = '';

/** The CSP nonce of our own <script> tag (embed.ts), for <style> elements where constructable sheets are missing. */
export function setStyleNonce(value: string): void {
  nonce = value;
}

/** The nonce for our <style> elements, or undefined (the UI chunk's lit reads it for its shadow roots). */
export function styleNonce(): string | undefined {
  return nonce || undefined;
}

/** True where `new CSSStyleSheet()` and adoptedStyleSheets work here (Chromium 73, Firefox 101, Safari 16.4). */
export function constructableSheets(target: Document | ShadowRoot): boolean {
  const Sheet = (target.ownerDocument ?? (target as Document)).defaultView?.CSSStyleSheet;
  return typeof Sheet === 'function' && 'replaceSync' in Sheet.prototype && 'adoptedStyleSheets' in target;
}

/** A <style> element with our nonce, for a shadow root or the page's `<wza-styles>`. */
export function styleElement(doc: Document, css: string): HTMLStyleElement {
  const style = doc.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  return style;
}

/** Our sheets on a page, each read through a function: a <style> element's sheet object changes when it moves. */
type SheetRef = () => CSSStyleSheet | null;

export function addPageStyles(doc: Document, css: string, options: StyleOptions = {}): StyleHandle {
  let ours = OUR_SHEETS.get(doc);
  if (!ours) OUR_SHEETS.set(doc, (ours = new Set()));
  if (!constructableSheets(doc)) return addStyleElement(doc, css, options, ours);
  const sheet = new doc.defaultView!.CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  const ref: SheetRef = () => sheet;
  if (!options.keepWhileReading) ours.add(ref);
  let attached = true;
  return {
    set(next) {
      if (attached) sheet.replaceSync(next);
    },
    remove() {
      if (!attached) return;
      attached = false;
      ours.delete(ref);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

const STYLES_HOST = 'wza-styles';

function addStyleElement(doc: Document, css: string, options: StyleOptions, ours: Set<SheetRef>): StyleHandle {
  let host = doc.documentElement.querySelector(`:scope > ${STYLES_HOST}`);
  if (!host) {
    host = doc.createElement(STYLES_HOST);
    // The host itself never renders, whatever the page's rules for unknown elements say.
    host.append(styleElement(doc, `${STYLES_HOST}{display:none!important}`));
    doc.documentElement.append(host);
  }
  const style = styleElement(doc, css);
  host.append(style);
  const ref: SheetRef = () => style.sheet;
  if (!options.keepWhileReading) ours.add(ref);
  let attached = true;
  return {
    set(next) {
      if (attached && style.textContent !== next) style.textContent = next;
    },
    remove() {
      if (!attached) return;
      attached = false;
      ours.delete(ref);
      const parent = style.parentNode;
      style.remove();
      // The last of our sheets gone: the host goes too (its own display:none sheet is all that is left).
      if (parent && parent.childNodes.length <= 1 && (parent as Element).localName === STYLES_HOST) (parent as Element).remove();
    },
  };
}

/** Wza's sheets on a page that change text, so reads of the page's own styles can look past them. */
const OUR_SHEETS = new WeakMap<Document, Set<SheetRef>>();

/**
 * Runs `read` with all of Wza's page sheets switched off, so computed styles are
 * the page's own (original font sizes, colours), whatever aids are on. The sheets
 * are back on before anything paints: `read` must only read, never write.
 */
export function withoutOurStyles<T>(doc: Document, read: () => T): T {
  const sheets: CSSStyleSheet[] = [];
  for (const ref of OUR_SHEETS.get(doc) ?? []) {
    const s = ref();
    if (s && !s.disabled && s.cssRules.length > 0) sheets.push(s);
  }
  if (sheets.length === 0) return read();
  for (const s of sheets) s.disabled = true;
  try {
    return read();
  } finally {
    for (const s of sheets) s.disabled = false;
  }
}
