/** The 语速 steps (a setting, so the start-up file has them) and the rate each means. */
export const SPEECH_RATES = ['slow', 'medium', 'fast'] as const;
export type SpeechRate = (typeof SPEECH_RATES)[number];

/** SpeechSynthesisUtterance.rate for each 语速 step. */
export const RATE_VALUES: Record<SpeechRate, number> = { slow: 0.7, medium: 1, fast: 1.4 };
