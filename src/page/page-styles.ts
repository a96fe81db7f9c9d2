/**
 * Page-level CSS through constructable stylesheets on document.adoptedStyleSheets:
 * no <style> element, no style attribute, so it works under `style-src 'self'`.
 * Each handle is removable, and removal restores the page's own sheets untouched.
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

export function addPageStyles(doc: Document, css: string, options: StyleOptions = {}): StyleHandle {
  const view = doc.defaultView;
  const Sheet = view?.CSSStyleSheet;
  if (!Sheet || !('adoptedStyleSheets' in doc)) {
    // Very old browser: the feature quietly does nothing rather than break the page.
    return { set() {}, remove() {} };
  }
  const sheet = new Sheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  let ours = OUR_SHEETS.get(doc);
  if (!ours) OUR_SHEETS.set(doc, (ours = new Set()));
  if (!options.keepWhileReading) ours.add(sheet);
  let attached = true;
  return {
    set(next) {
      if (attached) sheet.replaceSync(next);
    },
    remove() {
      if (!attached) return;
      attached = false;
      ours.delete(sheet);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}

/** Wza's sheets on a page that change text, so reads of the page's own styles can look past them. */
const OUR_SHEETS = new WeakMap<Document, Set<CSSStyleSheet>>();

/**
 * Runs `read` with all of Wza's page sheets switched off, so computed styles are
 * the page's own (original font sizes, colours), whatever aids are on. The sheets
 * are back on before anything paints: `read` must only read, never write.
 */
export function withoutOurStyles<T>(doc: Document, read: () => T): T {
  const sheets = [...(OUR_SHEETS.get(doc) ?? [])].filter((s) => !s.disabled && s.cssRules.length > 0);
  if (sheets.length === 0) return read();
  for (const s of sheets) s.disabled = true;
  try {
    return read();
  } finally {
    for (const s of sheets) s.disabled = false;
  }
}
