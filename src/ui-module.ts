/** The lazily loaded UI module's shape, and how the runtime gets it. */
import type * as Lazy from './lazy.js';
export type UiModule = typeof Lazy;
export type LoadUi = () => Promise<UiModule>;
/**
 * Loads a feature's own lazy part by its id: the exports of
 * src/features/<id>/<id>.part.ts (feature ids are their folders' names; dist/wza-<id>.js for the script tag, a split
 * chunk for bundlers), once the UI module `ui` has loaded: a part takes some of
 * its modules (src/ui-shared-modules.ts). Its type per id is `FeatureParts`
 * (features/feature.ts).
 */
export type LoadPart = (id: string, ui: UiModule) => Promise<unknown>;
/** How the runtime reaches what is not in the start-up file. */
export interface Loaders {
  ui: LoadUi;
  part: LoadPart;
}
