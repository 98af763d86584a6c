/**
 * Runs a command and measures it: wall time, and peak resident memory of the whole
 * process tree (the command and every child it starts, such as esbuild or pagefind),
 * sampled from /proc/<pid>/status every few milliseconds.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** VmRSS of a /proc/<pid>/status text, in bytes; null when the field is absent (e.g. a zombie). */
export function parseVmRss(status: string): number | null {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : null;
}

/** Parent pid from a /proc/<pid>/stat text ("pid (comm) state ppid …"; comm may hold spaces and parentheses). */
export function parsePpid(stat: string): number | null {
  const close = stat.lastIndexOf(')');
  if (close < 0) return null;
  const fields = stat.slice(close + 2).split(' ');
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? ppid : null;
}

/** The pids of `root` and all its descendants, from a pid → parent map. */
export function descendants(root: number, parents: ReadonlyMap<number, number>): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const out: number[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    out.push(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return out;
}

function processParents(): Map<number, number> {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = parsePpid(readFileSync(`/proc/${name}/stat`, 'utf8'));
      if (ppid !== null) parents.set(Number(name), ppid);
    } catch {
      // the process ended between listing and reading
    }
  }
  return parents;
}

/** Resident memory of a process tree in bytes, or 0 where /proc cannot be read. */
export function treeRss(root: number): number {
  let total = 0;
  for (const pid of descendants(root, processParents())) {
    try {
      total += parseVmRss(readFileSync(`/proc/${pid}/status`, 'utf8')) ?? 0;
    } catch {
      // ended meanwhile
    }
  }
  return total;
}

export interface RunResult {
  ms: number;
  peakRssBytes: number;
  exitCode: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Sampling interval for memory, in ms. */
  intervalMs?: number;
}

export function runMeasured(command: string, args: string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let peak = 0;
    const sample = () => {
      if (child.pid !== undefined) peak = Math.max(peak, treeRss(child.pid));
    };
    const timer = setInterval(sample, options.intervalMs ?? 100);
    child.on('error', (err) => {
      clearInterval(timer);
      reject(err);
    });
    child.on('close', (code) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - start, peakRssBytes: peak, exitCode: code ?? 1, stdout, stderr });
    });
  });
}
