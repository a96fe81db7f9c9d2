/**
 * Loads one of Wza's own lazily loaded chunks (a classic script next to wza.js)
 * and hands back what the chunk exports. The chunk passes its exports to a
 * callback on its own <script> element, so no page global is involved; the
 * element is removed again once the chunk has run.
 */

interface ChunkScript extends HTMLScriptElement {
  wzaReceive?: (exports: unknown) => void;
  /** Modules the chunk takes from the start-up script instead of carrying copies (src/shared-modules.ts). */
  wzaShared?: Record<string, object>;
}

type TrustedTypesLike = {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown };
};

export function loadChunk<T>(doc: Document, url: string, nonce: string, shared: Record<string, object>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const script = doc.createElement('script') as ChunkScript;
    script.wzaShared = shared;
    const done = () => script.remove();
    script.wzaReceive = (exports) => {
      done();
      resolve(exports as T);
    };
    script.onerror = () => {
      done();
      reject(new Error(`[wza] could not load ${url}`));
    };
    script.onload = () => {
      done();
      reject(new Error(`[wza] ${url} is not a Wza chunk`));
    };
    if (nonce) script.nonce = nonce;
    script.async = true;
    try {
      // Under `require-trusted-types-for 'script'` a script URL must be a TrustedScriptURL;
      // the policy only ever vouches for this one URL of ours.
      const tt = (doc.defaultView as (Window & { trustedTypes?: TrustedTypesLike }) | null)?.trustedTypes;
      const trusted = tt
        ? tt
            .createPolicy(`wza-${Math.random().toString(36).slice(2)}`, { createScriptURL: (u) => (u === url ? u : '') })
            .createScriptURL(url)
        : url;
      script.src = trusted as string;
    } catch {
      script.src = url;
    }
    (doc.head ?? doc.documentElement).append(script);
  });
}
