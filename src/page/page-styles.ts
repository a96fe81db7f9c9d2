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

export function addPageStyles(doc: Document, css: string): StyleHandle {
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
  ours.add(sheet);
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

/** Every sheet Wza has on a page, so reads of the page's own styles can look past them. */
const OUR_SHEETS = new WeakMap<Document, Set<CSSStyleSheet>>();

/**
 * Runs `read` with all of Wza's page sheets switched off, so computed styles are
 * the page's own (original font sizes, colours), whatever aids are on. The sheets
 * are back on before anything paints: `read` must only read, never write.
 */
export function withoutOurStyles<T>(doc: Document, read: () => T): T {
  const sheets = [...(OUR_SHEETS.get(doc) ?? [])].filter((s) => !s.disabled);
  for (const s of sheets) s.disabled = true;
  try {
    return read();
  } finally {
    for (const s of sheets) s.disabled = false;
  }
}
