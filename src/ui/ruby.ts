import type { RubySegment } from '../core/ruby.js';

/**
 * Fills `box` with page text, as text and never as HTML: each segment with a
 * reading becomes `<ruby>字<rt>zì</rt></ruby>`, the rest plain text nodes.
 * Without segments it is the text alone.
 */
export function fillWithRuby(box: HTMLElement, text: string, segments: readonly RubySegment[] | null): void {
  if (!segments) {
    box.textContent = text;
    return;
  }
  const doc = box.ownerDocument;
  const nodes: Node[] = segments.map((segment) => {
    if (segment.ruby === undefined) return doc.createTextNode(segment.text);
    const ruby = doc.createElement('ruby');
    const rt = doc.createElement('rt');
    rt.textContent = segment.ruby;
    ruby.append(segment.text, rt);
    return ruby;
  });
  box.replaceChildren(...nodes);
}
