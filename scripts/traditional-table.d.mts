// Types of scripts/traditional-table.mjs (the build step that makes the 繁體 table), for vite.config.ts and the unit test.
export interface BuiltTable {
  chars: Map<string, string>;
  phrases: Map<string, string>;
  full: Map<string, string>;
  maxLen: number;
  stats: { chars: number; phrasesFull: number; phrasesKept: number; wordsWithoutTarget: number };
}
export function openccDataDir(): string;
export function convertWith(phrases: Map<string, string>, chars: Map<string, string>, maxLen: number, text: string): string;
export function buildTraditionalTable(dir?: string): BuiltTable;
export function serializeTraditionalTable(table: BuiltTable): { chars: string; phrases: string; maxLen: number };
export function traditionalTableModule(): string;
