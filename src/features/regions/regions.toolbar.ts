/** Region jumps, their toolbar half (in the UI chunk): the 区域 menu, the same six jumps for those who do not know the keys. */
import { defineFeature } from '../feature.js';
import { regionJump } from './jump.js';
import { regionsToolbarMessages } from './toolbar-messages.js';

export const regionsToolbar = defineFeature({
  id: 'regions',
  messages: regionsToolbarMessages,
  create(ctx) {
    const t = ctx.t.regions;
    return {
      controls: () => [
        {
          type: 'menu',
          key: 'regions',
          label: t.menu,
          icon: 'regions',
          // The menu item's value is its kind's index; its name says its shortcut's digit.
          options: t.names.map((label, i) => ({ value: String(i), label: `${label} (Alt+${i + 1})` })),
          select: (value) => regionJump(ctx, Number(value)),
        },
      ],
    };
  },
});
