/**
 * What the build may load: the files the checker listed and accepted (no error in them).
 * The content-check integration runs the checker once before the build; the loaders in
 * src/content.config.ts ask here and get the same answer without checking twice, unless a
 * file changed in between, in which case the check runs again.
 */
import { cacheEnabled } from './cache.ts';
import { checkContent, type CheckResult } from './index.ts';
import { fingerprint, listContentFiles, type ListedFile } from './files.ts';

export interface Verdict {
  result: CheckResult;
  /** Listed files with no error problem: the only files the loaders pass to the build. */
  accepted: ListedFile[];
  /** Files with at least one error, by project-relative path. */
  refused: Set<string>;
}

interface Memo {
  key: string;
  verdict: Verdict;
}

const MEMO = Symbol.for('mlat-navigator.content-verdict');
type WithMemo = typeof globalThis & { [MEMO]?: Memo };

export function contentVerdict(root: string, contentDir: string, today?: string): Verdict {
  const listing = listContentFiles(root, contentDir);
  const key = `${root}\n${contentDir}\n${today ?? ''}\n${listing.problems.map((p) => p.file).join('\n')}\n${fingerprint(listing.files)}`;
  const memo = (globalThis as WithMemo)[MEMO];
  if (memo?.key === key) return memo.verdict;
  const result = checkContent({ root, contentDir, cache: cacheEnabled(), ...(today ? { today } : {}) });
  const refused = new Set(result.problems.filter((p) => p.severity === 'error').map((p) => p.file));
  const verdict = { result, accepted: listing.files.filter((f) => !refused.has(f.file)), refused };
  (globalThis as WithMemo)[MEMO] = { key, verdict };
  return verdict;
}
