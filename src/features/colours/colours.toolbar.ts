/** 配色, its toolbar half (in the UI chunk): the scheme menu, Alt+` (the next scheme) and what a choice says. */
import { COLOUR_SCHEMES, type ColourScheme } from '../../settings.js';
import { defineFeature } from '../feature.js';
import { nextScheme } from '../../core/colours.js';
import { coloursMessages } from './messages.js';

export const coloursToolbar = defineFeature({
  id: 'colours',
  messages: coloursMessages,
  create(ctx) {
    const { t, settings } = ctx;
    const choose = (scheme: ColourScheme) => {
      settings.set({ colours: scheme });
      ctx.announce(t.announce.scheme(t.colourSchemes[scheme]));
    };
    return {
      controls: (s) => [
        {
          type: 'menu',
          key: 'colours',
          label: t.controls.colours,
          icon: 'colours',
          shortcut: 'Alt+`',
          options: COLOUR_SCHEMES.map((value) => ({ value, label: t.colourSchemes[value], checked: s.colours === value })),
          select: (value) => {
            if ((COLOUR_SCHEMES as readonly string[]).includes(value)) choose(value as ColourScheme);
          },
        },
      ],
      shortcuts: [
        {
          code: 'Backquote',
          keys: 'Alt+`',
          label: t.controls.colours,
          run: () => choose(nextScheme(settings.value.colours, COLOUR_SCHEMES)),
        },
      ],
    };
  },
});
