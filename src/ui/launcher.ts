import { WzaLauncher } from './wza-launcher.js';
import { WzaSkipLink } from './wza-skip-link.js';

export { WzaLauncher, WzaSkipLink };

/** Registers the elements loaded at start, without lit: <wza-launcher> and the skip link <wza-skip-link>; repeating it is a no-op. */
export function defineLauncher(registry: CustomElementRegistry = customElements): void {
  if (!registry.get('wza-launcher')) registry.define('wza-launcher', WzaLauncher);
  if (!registry.get('wza-skip-link')) registry.define('wza-skip-link', WzaSkipLink);
}

declare global {
  interface HTMLElementTagNameMap {
    'wza-launcher': WzaLauncher;
    'wza-skip-link': WzaSkipLink;
  }
}
