/**
 * Invisible formatting characters can make text read differently from what it is:
 * bidirectional overrides reorder a name or a URL on screen ("Trojan Source"), zero-width
 * characters make two equal-looking names differ. None belongs in an entry. Zero-width
 * joiners and non-joiners (U+200C, U+200D) stay allowed: Persian, Arabic and Indic scripts
 * need them.
 */
import type { Problem, Rule } from '../types.ts';

const ALLOWED = new Set(['\u200c', '\u200d']);
const FORMAT = /\p{Cf}/gu;

const NAMES: Record<string, string> = {
  '\u202a': 'LEFT-TO-RIGHT EMBEDDING',
  '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'POP DIRECTIONAL FORMATTING',
  '\u202d': 'LEFT-TO-RIGHT OVERRIDE',
  '\u202e': 'RIGHT-TO-LEFT OVERRIDE',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE',
  '\u2067': 'RIGHT-TO-LEFT ISOLATE',
  '\u2068': 'FIRST STRONG ISOLATE',
  '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\u200b': 'ZERO WIDTH SPACE',
  '\u200e': 'LEFT-TO-RIGHT MARK',
  '\u200f': 'RIGHT-TO-LEFT MARK',
  '\u2060': 'WORD JOINER',
  '\ufeff': 'ZERO WIDTH NO-BREAK SPACE',
  '\u00ad': 'SOFT HYPHEN',
};

export function invisibleCharacters(text: string): { line: number; char: string }[] {
  const found: { line: number; char: string }[] = [];
  for (const match of text.matchAll(FORMAT)) {
    if (ALLOWED.has(match[0])) continue;
    found.push({ line: text.slice(0, match.index).split('\n').length, char: match[0] });
  }
  return found;
}

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

export const invisibleCharactersRule: Rule = {
  name: 'invisible-characters',
  description: 'No bidirectional controls or other invisible formatting characters anywhere in a file (zero-width joiners excepted).',
  scope: 'file',
  check(_ctx, file) {
    if (!file) return [];
    const problems: Problem[] = [];
    const found = invisibleCharacters(file.source);
    for (const { line, char } of found.slice(0, 10)) {
      problems.push({
        file: file.file,
        line,
        message: `invisible formatting character ${codePoint(char)}${NAMES[char] ? ` (${NAMES[char]})` : ''}: it can make text display differently from what it is`,
        expected: 'the text without it (retype the line if you cannot see where it is)',
        severity: 'error',
        rule: this.name,
      });
    }
    if (found.length > 10) {
      problems.push({ file: file.file, line: found[10]!.line, message: `${found.length - 10} more invisible formatting characters`, severity: 'error', rule: this.name });
    }
    return problems;
  },
};
