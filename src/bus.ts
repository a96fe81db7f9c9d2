/**
 * Typed messages between features that must not import each other: read-aloud
 * tells captions what it reads, point reading tells captions what it points at,
 * and any feature announces the result of an action for speech to say.
 */
export interface BusEvents {
  /** The result of a user action, in the UI language ("文字已调整到百分之一百五十"). */
  announce: string;
  /** Text the user is pointing at or focusing (point reading, captions, magnifier). */
  pointed: string;
  /** The sentence read aloud now, or '' when reading stops. */
  reading: string;
  /** 退出: what lives for the page view (the skip link) goes too. */
  exit: void;
}

type Handler<T> = (value: T) => void;

export class Bus {
  #handlers = new Map<keyof BusEvents, Set<Handler<never>>>();

  on<K extends keyof BusEvents>(type: K, handler: Handler<BusEvents[K]>): () => void {
    let set = this.#handlers.get(type);
    if (!set) this.#handlers.set(type, (set = new Set()));
    set.add(handler as Handler<never>);
    return () => set.delete(handler as Handler<never>);
  }

  emit<K extends keyof BusEvents>(type: K, value: BusEvents[K]): void {
    for (const h of [...(this.#handlers.get(type) ?? [])]) (h as Handler<BusEvents[K]>)(value);
  }
}
