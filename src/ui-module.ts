/** The lazily loaded UI module's shape, and how the runtime gets it. */
import type * as Lazy from './lazy.js';
export type UiModule = typeof Lazy;
export type LoadUi = () => Promise<UiModule>;
