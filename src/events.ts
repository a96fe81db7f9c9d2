/** The widget's DOM events: typed classes, `wza-` prefixed, bubbling out of shadow roots. */
import type { WzaApi } from './api-types.js';
import type { SettingKey, Settings } from './settings.js';

/** Fired on `document` whenever settings change (by the toolbar, a shortcut or the JS API). */
export class WzaChangeEvent extends Event {
  // Getters, not static fields: those compile to class static blocks, which Chromium < 94 cannot parse.
  static get type(): 'wza-change' {
    return 'wza-change';
  }
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
  static get type(): 'wza-action' {
    return 'wza-action';
  }
  constructor(readonly action: WzaAction) {
    super(WzaActionEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Fired on `document` once Wza has mounted, carrying its API: the way to reach it
 * when the page's own script owns the name `window.wza`.
 */
export class WzaReadyEvent extends Event {
  static get type(): 'wza-ready' {
    return 'wza-ready';
  }
  constructor(readonly api: WzaApi) {
    super(WzaReadyEvent.type, { bubbles: true, composed: true });
  }
}

/**
 * Asks a running Wza for its API, synchronously: dispatch it on `document` and read
 * `event.api` (null when no Wza runs on the page). A second copy of the script uses
 * it to find the first one; page scripts that load after Wza use it too.
 */
export class WzaQueryEvent extends Event {
  static get type(): 'wza-query' {
    return 'wza-query';
  }
  api: WzaApi | null = null;
  constructor() {
    super(WzaQueryEvent.type);
  }
}

/** The running Wza on this document, or null. Only Wza answers: page elements or globals named `wza` do not count. */
export function runningWza(doc: Document): WzaApi | null {
  const query = new WzaQueryEvent();
  doc.dispatchEvent(query);
  return query.api;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'wza-change': WzaChangeEvent;
    'wza-action': WzaActionEvent;
  }
  interface DocumentEventMap {
    'wza-change': WzaChangeEvent;
    'wza-ready': WzaReadyEvent;
    'wza-query': WzaQueryEvent;
  }
}
