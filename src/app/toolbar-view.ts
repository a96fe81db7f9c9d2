/**
 * The toolbar element on the page, made when the UI chunk arrives (this module
 * rides in it, src/lazy.ts): creating and mounting <wza-toolbar> with the room it
 * keeps at the top, rendering what the controller (toolbar.ts) hands it, moving
 * focus into it. The controller in the start-up file keeps the state.
 */
import { canHighlight } from '../core/highlight-support.js';
import { WzaActionEvent } from '../events.js';
import type { Control } from '../features/feature.js';
import type { Translation } from '../i18n/index.js';
import type { Page } from '../page/page.js';
import { mountWithRoomAtTop } from '../page/reserve-room.js';
import type { WzaToolbar } from '../ui/wza-toolbar.js';

/** What the toolbar shows: everything the controller decides. */
export interface ToolbarState {
  controls: Control[];
  status: string;
  large: boolean;
  helpOpen: boolean;
  shortcuts: { keys: string; label: string }[];
}

export interface ToolbarView {
  render(state: ToolbarState): void;
  focus(): Promise<void>;
  unmount(): void;
}

export interface ToolbarViewOptions {
  t: Translation;
  /** The status note goes left (under a right-top launcher). */
  statusLeft: boolean;
  onAction(event: WzaActionEvent): void;
  onHelpClose(): void;
  state: ToolbarState;
}

export function mountToolbarView(page: Page, options: ToolbarViewOptions): ToolbarView {
  const toolbar = page.document.createElement('wza-toolbar') as WzaToolbar;
  toolbar.t = options.t;
  toolbar.canHighlight = canHighlight(page.window);
  toolbar.statusLeft = options.statusLeft;
  toolbar.addEventListener(WzaActionEvent.type, (e) => options.onAction(e));
  toolbar.addEventListener('wza-help-close', () => options.onHelpClose());
  const render = (state: ToolbarState) => {
    toolbar.controls = state.controls;
    toolbar.status = state.status;
    toolbar.large = state.large;
    toolbar.helpOpen = state.helpOpen;
    toolbar.shortcuts = state.shortcuts;
  };
  render(options.state);
  const unmount = mountWithRoomAtTop(page, toolbar);
  return {
    render,
    async focus() {
      await toolbar.updateComplete;
      toolbar.focusControl();
    },
    unmount,
  };
}
