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
  let attached = true;
  return {
    set(next) {
      if (attached) sheet.replaceSync(next);
    },
    remove() {
      if (!attached) return;
      attached = false;
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
