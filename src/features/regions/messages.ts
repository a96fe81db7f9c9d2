/**
 * Region jumps (读屏 help): the string the start-up script needs, the skip link's
 * name. The toolbar's 区域 menu and help's line come with the UI chunk
 * (toolbar-messages.ts); what a jump says loads with the jumps (announce-messages.ts,
 * in the feature's own part), keeping wza.js small.
 */
import { defineMessages } from '../../core/messages.js';

export const regionsMessages = defineMessages({
  'zh-CN': { regions: { skip: '跳到正文' } },
  en: { regions: { skip: 'Skip to content' } },
});
