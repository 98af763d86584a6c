/**
 * Messages with links inside a sentence: the catalogue writes `<0>route planner</0>`, the
 * page supplies the link targets, so a translator can move a link within the sentence.
 * Pure: it splits a formatted message into text and numbered parts.
 */
export type RichPart = { text: string } | { index: number; text: string };

export function richParts(message: string): RichPart[] {
  const out: RichPart[] = [];
  const re = /<(\d)>(.*?)<\/\1>/g;
  let at = 0;
  for (const m of message.matchAll(re)) {
    if (m.index > at) out.push({ text: message.slice(at, m.index) });
    out.push({ index: Number(m[1]), text: m[2]! });
    at = m.index + m[0].length;
  }
  if (at < message.length) out.push({ text: message.slice(at) });
  return out;
}
