/**
 * One interface for every way of speaking. An engine speaks one utterance at a
 * time; speaking again cancels what it was saying. Events from a cancelled
 * utterance never reach the new one's handlers.
 */

export type SpeakFailure =
  /** The browser refused to speak before the user interacted with the page (autoplay rule). */
  | 'not-allowed'
  /** Anything else: synthesis failed, the network failed, the audio could not be decoded. */
  | 'failed';

export interface SpeakHandlers {
  onstart?(): void;
  onend(): void;
  onerror(reason: SpeakFailure): void;
}

export interface Utterance {
  text: string;
  lang: string;
  /** 1 = normal. */
  rate: number;
  /** The name of the voice the user chose (发音人), used while the browser has it for this language; '' or absent: the best fit. */
  voice?: string;
}

export interface SpeechEngine {
  readonly kind: 'web' | 'remote';
  /** Whether this engine can speak the language now (Web Speech voices may arrive late). */
  canSpeak(lang: string): boolean;
  speak(utterance: Utterance, handlers: SpeakHandlers): void;
  cancel(): void;
  /** The voices it can speak the language with, best fit first (Web Speech only; none for the remote service). */
  voices?(lang: string): { name: string; lang: string }[];
  /** Calls back when what `canSpeak` says may have changed (voices arrived); returns the removal. */
  onChange(callback: () => void): () => void;
}
