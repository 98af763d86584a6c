import type { CollectionName } from '../contract/collections.ts';
import type { PathSegment } from '../citations.ts';

export type Severity = 'error' | 'warning';

/** One problem found in the content tree. */
export interface Problem {
  /** Path relative to the project root, e.g. content/countries/ie.mdx */
  file: string;
  line?: number;
  /** Field path in the frontmatter, e.g. centralAuthority.contacts[0].value, or "body" */
  field?: string;
  /** What is wrong, e.g. `got "nope"`. */
  message: string;
  /** What would be right, e.g. `an email address`; printed as "(expected …)". */
  expected?: string;
  severity: Severity;
  rule: string;
}

/** A content file as read from disk, before validation. */
export interface ContentFile {
  collection: CollectionName;
  /** Entry id: the file name without extension. */
  id: string;
  /** Project-relative path. */
  file: string;
  source: string;
  /** Parsed frontmatter, identical to what the build's YAML parser reads (else parseError is set). */
  data: unknown;
  /** Line (1-based) of a frontmatter path, or of its closest existing parent. */
  lineOf(path: PathSegment[]): number;
  /** The MDX source as the build compiles it: the whole file with the frontmatter blanked out, so positions are file positions. */
  body: string;
  /** Line (1-based) in the file where `body` starts: always 1, kept for rules written against it. */
  bodyLine: number;
  /** Set when the file could not be read as the build reads it: every reason, located. */
  parseError?: { line: number; message: string; expected?: string; field?: string }[];
}

/** A validated entry: the schema's output for a file that passed its schema. */
export interface ValidEntry<T = unknown> {
  file: ContentFile;
  data: T;
}

export interface CheckContext {
  files: ContentFile[];
  /** Entries that passed their schema, by collection. */
  valid: {
    countries: ValidEntry<import('../schema/country.ts').Country>[];
    instruments: ValidEntry<import('../schema/instrument.ts').Instrument>[];
    modules: ValidEntry<import('../schema/module.ts').TrainingModule>[];
    glossary: ValidEntry<import('../schema/glossary.ts').GlossaryTerm>[];
    groups: ValidEntry<import('../schema/group.ts').Group>[];
  };
  /** Today's date (YYYY-MM-DD), injectable for tests. */
  today: string;
}

/** A check rule: small, named, documented, with its own tests. */
export interface Rule {
  name: string;
  description: string;
  /** `file` rules see one file at a time; `tree` rules see everything that passed the schema. */
  scope: 'file' | 'tree';
  check(ctx: CheckContext, file?: ContentFile): Problem[];
}
