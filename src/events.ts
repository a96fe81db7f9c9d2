/** The widget's DOM events: typed classes, `wza-` prefixed, bubbling out of shadow roots. */
import type { SettingKey, Settings } from './settings.js';

/** Fired on `document` whenever settings change (by the toolbar, a shortcut or the JS API). */
export class WzaChangeEvent extends Event {
  static readonly type = 'wza-change';
  constructor(
    readonly settings: Readonly<Settings>,
    readonly changed: readonly SettingKey[],
  ) {
    super(WzaChangeEvent.type, { bubbles: true, composed: true });
  }
}

export type WzaAction = 'care' | 'toolbar' | 'exit';

/** Fired by the widget's elements when the user asks for a whole-widget action. */
export class WzaActionEvent extends Event {
  static readonly type = 'wza-action';
  constructor(readonly action: WzaAction) {
    super(WzaActionEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wza-change': WzaChangeEvent;
    'wza-action': WzaActionEvent;
  }
  interface DocumentEventMap {
    'wza-change': WzaChangeEvent;
  }
}
