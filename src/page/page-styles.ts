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
import { constructableSheets, nonceStyle } from '../core/sheets.js';

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

/** The CSP nonce of our own <script> tag, for <style> elements where constructable sheets are missing ('' for none; the UI chunk's lit reads it too). */
export let styleNonce = '';

export function setStyleNonce(value: string): void {
  styleNonce = value;
}

/** A <style> element with our nonce, for the page's `<wza-styles>`. */
function styleElement(doc: Document, css: string): HTMLStyleElement {
  return nonceStyle(doc, css, styleNonce);
}

export function addPageStyles(doc: Document, css: string, options: StyleOptions = {}): StyleHandle {
  let ours = OUR_SHEETS.get(doc);
  if (!ours) OUR_SHEETS.set(doc, (ours = new Set()));
  let sheet: CSSStyleSheet | HTMLStyleElement;
  if (constructableSheets(doc)) {
    sheet = new doc.defaultView!.CSSStyleSheet();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  } else {
    let host = doc.documentElement.querySelector<HTMLElement>(':scope>wza-styles');
    if (!host) {
      host = doc.createElement('wza-styles');
      host.hidden = true; // never rendered, whatever the page's rules for unknown elements say
      doc.documentElement.append(host);
    }
    host.append((sheet = styleElement(doc, css)));
  }
  if (!options.keepWhileReading) ours.add(sheet);
  let attached = true;
  return {
    set(next) {
      if (!attached) return;
      if ('sheet' in sheet) sheet.textContent = next;
      else sheet.replaceSync(next);
    },
    remove() {
      if (!attached) return;
      attached = false;
      ours.delete(sheet);
      if ('sheet' in sheet) {
        const host = sheet.parentElement;
        sheet.remove();
        if (host && !host.firstChild) host.remove(); // the last of our sheets gone: the host too
      } else doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

/** Wza's sheets on a page that change text, so reads of the page's own styles can look past them. */
const OUR_SHEETS = new WeakMap<Document, Set<CSSStyleSheet | HTMLStyleElement>>();

/**
 * Runs `read` with all of Wza's page sheets switched off, so computed styles are
 * the page's own (original font sizes, colours), whatever aids are on. The sheets
 * are back on before anything paints: `read` must only read, never write.
 */
export function withoutOurStyles<T>(doc: Document, read: () => T): T {
  const sheets: CSSStyleSheet[] = [];
  for (const item of OUR_SHEETS.get(doc) ?? []) {
    const s = 'sheet' in item ? item.sheet : item; // a <style>'s sheet object is new each time it is (re)parsed
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
