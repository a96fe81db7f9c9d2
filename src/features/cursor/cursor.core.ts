/**
 * The big cursors as SVG data URIs (CSP-safe: `img-src data:` covers cursor
 * images; no network). Black shapes with a thick white outline read on any
 * background; 48 px is large yet under the 128 px browsers accept.
 */

function svg(body: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="48" height="48" viewBox="0 0 48 48">${body}</svg>`;
}

function dataUri(markup: string): string {
  return `url("data:image/svg+xml,${encodeURIComponent(markup)}")`;
}

const outline = 'stroke="#fff" stroke-width="3" stroke-linejoin="round" paint-order="stroke"';

export const CURSORS = {
  arrow: { url: dataUri(svg(`<path d="M5 3v36l9-9 6 14 7-3-6-14h13z" fill="#000" ${outline}/>`)), x: 5, y: 3, fallback: 'default' },
  pointer: {
    url: dataUri(
      svg(
        `<path d="M17 5a3 3 0 0 1 6 0v15h1v-4a3 3 0 0 1 6 0v5h1v-3a3 3 0 0 1 6 0v4h.5a2.8 2.8 0 0 1 5.5 1v11c0 7-5 11-11 11h-5c-4 0-7-2-9-5l-8-11a3 3 0 0 1 5-4l3 3z" fill="#000" ${outline}/>`,
      ),
    ),
    x: 20,
    y: 2,
    fallback: 'pointer',
  },
  text: {
    url: dataUri(
      svg(
        `<path d="M14 4h20M24 4v40M14 44h20" fill="none" stroke="#fff" stroke-width="9" stroke-linecap="round"/><path d="M14 4h20M24 4v40M14 44h20" fill="none" stroke="#000" stroke-width="4" stroke-linecap="round"/>`,
      ),
    ),
    x: 24,
    y: 24,
    fallback: 'text',
  },
} as const;

export type CursorKind = keyof typeof CURSORS;

export function cursorValue(kind: CursorKind): string {
  const c = CURSORS[kind];
  return `${c.url} ${c.x} ${c.y}, ${c.fallback}`;
}
