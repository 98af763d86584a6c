/**
 * Bytes to text, strictly: the build reads files as UTF-8 and silently replaces what it
 * cannot decode, so every encoding problem is caught here, named, and located.
 */

/** Content files are small; anything larger is not an entry and is not parsed at all. */
export const MAX_FILE_BYTES = 1024 * 1024;

export type Decoded = { text: string } | { problem: { line: number; message: string; expected: string } };

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

export function decodeContent(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { problem: { line: 1, message: 'file is empty', expected: 'frontmatter between --- lines at the top of the file' } };
  if (bytes.length > MAX_FILE_BYTES) {
    return { problem: { line: 1, message: `file is ${bytes.length} bytes, larger than the ${MAX_FILE_BYTES} bytes an entry may have`, expected: 'a content entry of ordinary size' } };
  }
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { problem: { line: 1, message: 'file starts with a byte-order mark (U+FEFF)', expected: 'UTF-8 without a byte-order mark (most editors: "UTF-8", not "UTF-8 with BOM")' } };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Find the first offending byte by decoding growing prefixes leniently.
    const lenient = new TextDecoder('utf-8').decode(bytes);
    const at = lenient.indexOf('\uFFFD');
    return { problem: { line: at >= 0 ? lineAt(lenient, at) : 1, message: 'file is not valid UTF-8', expected: 'text saved as UTF-8' } };
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return { problem: { line: lineAt(text, nul), message: 'file contains a NUL character (binary data)', expected: 'a text file' } };
  const cr = /\r(?!\n)/.exec(text);
  if (cr) return { problem: { line: lineAt(text, cr.index), message: 'file uses CR-only line endings', expected: 'LF (or CRLF) line endings' } };
  if (text.trim() === '') return { problem: { line: 1, message: 'file holds only white space', expected: 'frontmatter between --- lines at the top of the file' } };
  return { text };
}
