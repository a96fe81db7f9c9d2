/**
 * Entry of dist/wza-ui.js, the lazily loaded chunk with lit, @floating-ui/dom and
 * the toolbar. It hands its exports to the loader through its own script element.
 */
import * as ui from './lazy.js';

const script = document.currentScript as (HTMLScriptElement & { wzaReceive?: (exports: unknown) => void }) | null;
script?.wzaReceive?.(ui);
