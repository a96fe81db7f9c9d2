/**
 * An icon as DOM, without lit, and the two shapes the launcher draws with it at start.
 * The full table (icon-paths.ts) loads with the toolbar: start-up carries only these two.
 */
export const CARE_ICON = 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z';
export const ACCESS_ICON = 'M12 2.5a2 2 0 1 0 0 4 2 2 0 0 0 0-4z M4 8.5l8 1.5 8-1.5 M12 10v5 M12 15l-3 6.5 M12 15l3 6.5';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A 24×24 stroke icon in currentColor drawing the path `d`. */
export function svgIcon(doc: Document, d: string): SVGSVGElement {
  const svg = doc.createElementNS(SVG_NS, 'svg');
  for (const [k, v] of Object.entries({
    viewBox: '0 0 24 24',
    width: '24',
    height: '24',
    'aria-hidden': 'true',
    focusable: 'false',
    fill: 'none',
    stroke: 'currentColor',
    'stroke-width': '2',
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  }))
    svg.setAttribute(k, v);
  const path = doc.createElementNS(SVG_NS, 'path');
  path.setAttribute('d', d);
  svg.append(path);
  return svg;
}
