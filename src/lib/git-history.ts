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

/**
 * The history of every file in a folder, from one `git log --name-only` (newest first):
 * one process per build instead of one per page.
 */
export function parseNameOnlyLog(output: string): Map<string, Change[]> {
  const byFile = new Map<string, Change[]>();
  let commit: Change | null = null;
  for (const raw of output.split('\n')) {
    const line = raw.trim();
    if (!line) continue;
    if (line.startsWith('@@')) {
      commit = parseGitLog(line.slice(2))[0] ?? null;
      continue;
    }
    if (!commit) continue;
    const list = byFile.get(line) ?? [];
    list.push(commit);
    byFile.set(line, list);
  }
  return byFile;
}

const folderCache = new Map<string, Map<string, Change[]>>();

function available(cwd: string): boolean {
  if (gitAvailable === undefined) gitAvailable = git(['rev-parse', '--is-inside-work-tree'], cwd).trim() === 'true';
  shallowCache ??= gitAvailable && git(['rev-parse', '--is-shallow-repository'], cwd).trim() === 'true';
  return gitAvailable;
}

/** History of one file; files under content/ are read from a per-build index of that folder. */
export function fileHistory(file: string, cwd = process.cwd(), limit = 20): History {
  try {
    if (file.startsWith('..') || !available(cwd)) return { available: false, shallow: false, changes: [] };
    // Any folder named content (the real one, or a test or benchmark tree) is read in one go.
    const at = file.lastIndexOf('content/');
    const folder = at >= 0 ? file.slice(0, at + 'content'.length) : null;
    if (folder) {
      let index = folderCache.get(`${cwd}:${folder}`);
      if (!index) {
        index = parseNameOnlyLog(git(['log', `--format=@@%h${SEP}%ad${SEP}%s`, '--date=short', '--name-only', '--', folder], cwd));
        folderCache.set(`${cwd}:${folder}`, index);
      }
      return { available: true, shallow: shallowCache ?? false, changes: (index.get(file) ?? []).slice(0, limit) };
    }
    const out = git(['log', `-n${limit}`, '--follow', `--format=%h${SEP}%ad${SEP}%s`, '--date=short', '--', file], cwd);
    return { available: true, shallow: shallowCache ?? false, changes: parseGitLog(out) };
  } catch {
    gitAvailable = false;
    return { available: false, shallow: false, changes: [] };
  }
}
