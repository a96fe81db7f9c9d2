import { WzaLauncher } from './wza-launcher.js';

export { WzaLauncher };

/** Registers <wza-launcher> (loaded at start, without lit); repeating it is a no-op. */
export function defineLauncher(registry: CustomElementRegistry = customElements): void {
  if (!registry.get('wza-launcher')) registry.define('wza-launcher', WzaLauncher);
}

declare global {
  interface HTMLElementTagNameMap {
    'wza-launcher': WzaLauncher;
  }
}
