/** The lazily loaded UI module's shape, and how the runtime gets it. */
export type UiModule = typeof import('./ui/index.js');
export type LoadUi = () => Promise<UiModule>;
