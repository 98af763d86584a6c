/**
 * The .docx writer of the /draft/ island, loaded with import() only when the user exports:
 * the `docx` library is bundled into the site's own /_astro/ chunk (no CDN), builds the
 * file in the browser and needs no eval. It renders the document model of
 * src/lib/draft/document.ts; nothing leaves the device.
 */
import { AlignmentType, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { DocBlock, DocSection, DraftDocument } from '../lib/draft/document.ts';

/** A run of text in the style of its block; placeholders and points to check are highlighted. */
const run = (text: string, style: { bold?: boolean; italics?: boolean; size?: number; highlight?: 'yellow' } = {}) => new TextRun({ text, ...style });

/**
 * One paragraph per line, so Word edits each line as a paragraph: the label in bold leads
 * the first line (or stands alone above a value of several lines), the note follows small.
 */
function block(b: DocBlock): Paragraph[] {
  const mark = b.mark ? { highlight: 'yellow' as const } : {};
  const lines = b.text.split('\n');
  const label = b.label ? [run(`${b.label}: `, { bold: true })] : [];
  const paragraphs = lines.length > 1 && b.label ? [label, ...lines.map((l) => [run(l, mark)])] : lines.map((l, i) => [...(i === 0 ? label : []), run(l, mark)]);
  const out = paragraphs.map((children, i) => new Paragraph({ spacing: { after: i === paragraphs.length - 1 && !b.note ? 160 : 40 }, children }));
  if (b.note) out.push(new Paragraph({ spacing: { after: 160 }, children: [run(b.note, { italics: true, size: 18 })] }));
  return out;
}

function section(s: DocSection, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]): Paragraph[] {
  return [new Paragraph({ heading: level, keepNext: true, children: [new TextRun(s.title)] }), ...s.blocks.flatMap(block)];
}

export async function toDocx(doc: DraftDocument): Promise<Blob> {
  const children: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(doc.title)] }),
    new Paragraph({ spacing: { after: 240 }, children: [new TextRun({ text: doc.subtitle, italics: true })] }),
    ...doc.sections.flatMap((s) => section(s, HeadingLevel.HEADING_1)),
  ];
  if (doc.annex) {
    children.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: [new TextRun(doc.annex.title)] }),
      new Paragraph({ spacing: { after: 240 }, children: [run(doc.annex.intro, { italics: true })] }),
      ...doc.annex.sections.flatMap((s) => section(s, HeadingLevel.HEADING_2)),
    );
  }
  const file = new Document({
    creator: 'MLAT Navigator draft assistant',
    title: doc.title,
    sections: [
      {
        // A4, 2 cm margins: the paper size of most central authorities.
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 18 })] })] }) },
        children,
      },
    ],
  });
  return Packer.toBlob(file);
}
