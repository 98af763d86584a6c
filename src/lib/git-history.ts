/**
 * The change history of a content file from git, read at build time. A shallow clone
 * or an export without .git has no history: callers show a fallback, not an error.
 */
import { execFileSync } from 'node:child_process';

export interface Change {
  hash: string;
  date: string; // YYYY-MM-DD
  subject: string;
}

export interface History {
  available: boolean;
  /** True when the repository is shallow, so older changes may be missing. */
  shallow: boolean;
  changes: Change[];
}

const SEP = '\u001f';

export function parseGitLog(output: string): Change[] {
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [hash = '', date = '', subject = ''] = line.split(SEP);
      return { hash, date, subject };
    })
    .filter((c) => /^[0-9a-f]{7,40}$/.test(c.hash) && /^\d{4}-\d{2}-\d{2}$/.test(c.date));
}

let shallowCache: boolean | undefined;
let gitAvailable: boolean | undefined;

function git(args: string[], cwd: string): string {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 });
}

export function fileHistory(file: string, cwd = process.cwd(), limit = 20): History {
  try {
    if (gitAvailable === undefined) gitAvailable = git(['rev-parse', '--is-inside-work-tree'], cwd).trim() === 'true';
    if (!gitAvailable) return { available: false, shallow: false, changes: [] };
    shallowCache ??= git(['rev-parse', '--is-shallow-repository'], cwd).trim() === 'true';
    const out = git(['log', `-n${limit}`, '--follow', `--format=%h${SEP}%ad${SEP}%s`, '--date=short', '--', file], cwd);
    return { available: true, shallow: shallowCache, changes: parseGitLog(out) };
  } catch {
    gitAvailable = false;
    return { available: false, shallow: false, changes: [] };
  }
}
