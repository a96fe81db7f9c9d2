/**
 * 配色: four high-contrast schemes. One constructable sheet sets text, background
 * and border colours of every element (images, video and other media are left
 * alone, so they keep their colours), underlines links in a colour of their own,
 * and makes focus outlines visible; no `filter` anywhere. The widget follows the
 * scheme through the --wza-* tokens on :root.
 */
import type { ColourScheme } from '../../settings.js';
import { BOOST_MORE as B } from '../../page/tagger.js';
import { defineFeature } from '../feature.js';
import { coloursSettings } from './settings.js';
import { PALETTES, type Palette } from '../../core/colours.js';

const MEDIA = 'img,video,picture,canvas,iframe,object,embed';
/** `:not(img):not(video)…`: a selector list inside :not() needs Chromium 88. */
const NOT_MEDIA = MEDIA.split(',')
  .map((m) => `:not(${m})`)
  .join('');

/**
 * The scheme's sheet. Kept to rules a style engine resolves cheaply (SPEC §6: a
 * scheme change within 1.3 × the floor on 20,000 and 80,000 elements, issue 10),
 * each choice measured with a CPU trace of the bench step:
 * - text colour is set on <html>/<body> and inherited by every element (`color: inherit`),
 *   so links need one rule of their own and their children follow;
 * - the rules for every element and for links have no ancestor part (`:root body …`):
 *   matching one on each of 80,000 elements cost 0.08 × the floor. The :root and body
 *   rules win over the first by specificity (a pseudo-class beats the type selectors in
 *   its :not()s), and so does the link rule (an attribute);
 * - the empty `*{}` first: a sheet whose selectors all name ids or types makes Chromium
 *   walk every element to match them against its invalidation sets before restyling; one
 *   universal rule tells it to restyle everything at once, which the scheme does anyway
 *   (0.05 × the floor). It declares nothing, so it changes no style;
 * - no ::selection or pseudo-element rules, which would make the browser resolve extra
 *   styles for every element. The link underline is what remains dearest (Chromium
 *   recomputes the ink overflow of every line with a link: about 0.17 × the floor on the
 *   bench page, a sixth of whose elements are links), and the scheme needs it.
 */
export function schemeCss(p: Palette): string {
  return `*{}
:root{--wza-link:${p.link};--wza-fg:${p.fg};--wza-bg:${p.bg};--wza-accent:${p.fg};--wza-accent-fg:${p.bg};--wza-focus:${p.focus};--wza-border:${p.fg}}
:root${B},:root body${B}{color:${p.fg}!important;-webkit-text-fill-color:${p.fg}!important;background-color:${p.bg}!important;background-image:none!important}
:not(html)${NOT_MEDIA}${B}{color:inherit!important;-webkit-text-fill-color:inherit!important;background-color:${p.bg}!important;background-image:none!important;border-color:${p.fg}!important;text-shadow:none!important;box-shadow:none!important}
a[href]${B}{color:${p.link}!important;-webkit-text-fill-color:${p.link}!important;text-decoration:underline!important}
:root :focus-visible${B}{outline:3px solid ${p.focus}!important;outline-offset:2px!important}
:root body ::placeholder{color:${p.fg}!important;-webkit-text-fill-color:${p.fg}!important;opacity:1!important}`;
}

/** Inline `!important` colours beat every sheet: those elements get the scheme through their own style. */
function inlineColours(el: HTMLElement): string {
  if (el.matches('a[href]')) return 'var(--wza-link)';
  return el.localName === 'body' ? 'var(--wza-fg)' : 'inherit';
}
const INLINE = {
  color: inlineColours,
  '-webkit-text-fill-color': inlineColours,
  'background-color': () => 'var(--wza-bg)',
  'background-image': () => 'none',
};

const css = (scheme: Exclude<ColourScheme, 'default'>) => schemeCss(PALETTES[scheme]);

export const colours = defineFeature({
  id: 'colours',
  settings: coloursSettings,
  late: { keys: ['Backquote'] },
  create(ctx) {
    return {
      uses: ['colours'],
      isOn: (s) => s.colours !== 'default',
      apply(s) {
        const sheet = ctx.page.styles(css(s.colours as Exclude<ColourScheme, 'default'>));
        const inline = ctx.page.overrideInlineImportant(INLINE, MEDIA);
        return {
          update: (next) => {
            if (next.colours !== 'default') sheet.set(css(next.colours));
          },
          undo() {
            inline();
            sheet.remove();
          },
        };
      },
    };
  },
});
