// Types of webkit.mjs for the TypeScript tests.
export interface PointerAction {
  type: 'pointerMove' | 'pointerDown' | 'pointerUp' | 'pause';
  x?: number;
  y?: number;
  origin?: 'viewport' | 'pointer';
  button?: number;
  duration?: number;
}
export interface KeyAction {
  type: 'keyDown' | 'keyUp' | 'pause';
  value?: string;
  duration?: number;
}
export type InputSource =
  | { type: 'pointer'; id: string; parameters: { pointerType: 'mouse' | 'touch' | 'pen' }; actions: PointerAction[] }
  | { type: 'key'; id: string; actions: KeyAction[] };

export declare class WebDriverSession {
  readonly base: string;
  readonly id: string;
  call(method: string, path: string, body?: unknown): Promise<unknown>;
  navigate(url: string): Promise<void>;
  url(): Promise<string>;
  execute(script: string, args?: unknown[]): Promise<unknown>;
  executeAsync(script: string, args?: unknown[]): Promise<unknown>;
  setTimeouts(timeouts: { script?: number; pageLoad?: number; implicit?: number }): Promise<void>;
  setWindowRect(rect: { x?: number; y?: number; width?: number; height?: number }): Promise<unknown>;
  actions(actions: InputSource[]): Promise<void>;
  findElement(css: string): Promise<string>;
  shadowRoot(element: string): Promise<string>;
  findInShadow(shadow: string, css: string): Promise<string>;
  click(element: string): Promise<void>;
  close(): Promise<void>;
}

export declare function startWebKit(): Promise<{ session: WebDriverSession; version: string; stop(): Promise<void> }>;
