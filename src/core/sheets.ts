/** Style sheet plumbing that needs no page: both the door (page-styles) and the UI elements use it. */

/**
 * True where `new CSSStyleSheet()` and adoptedStyleSheets work here (Chromium 73,
 * Firefox 101, Safari 16.4): no browser has adoptedStyleSheets without the constructor.
 */
export function constructableSheets(target: Document | ShadowRoot): boolean {
  return 'adoptedStyleSheets' in target;
}

/** A <style> element carrying the CSP nonce ('' for none), made by the document it will live in. */
export function nonceStyle(doc: Document, css: string, nonce: string): HTMLStyleElement {
  const style = doc.createElement('style');
  if (nonce) style.nonce = nonce;
  style.textContent = css;
  return style;
}
