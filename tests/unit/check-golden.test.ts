/**
 * Every problem the checker reports, exactly: file, line, field, message, expected value,
 * severity and rule, for a table of bad trees that walks each rule's branches. The
 * expectations are the reviewed file tests/fixtures/golden/check.json; after a deliberate
 * change of wording, regenerate it with UPDATE_GOLDEN=1 and review its diff like code.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/check/report.ts';
import { FIXTURES, check, validTree, type TreeFile } from '../helpers/fixtures.ts';
import { QUIET, SCENARIOS } from '../helpers/golden-scenarios.ts';

const GOLDEN = join(FIXTURES, 'golden', 'check.json');
const update = process.env['UPDATE_GOLDEN'] === '1';
const golden: Record<string, string[]> = existsSync(GOLDEN) ? (JSON.parse(readFileSync(GOLDEN, 'utf8')) as Record<string, string[]>) : {};
const written: Record<string, string[]> = {};

/** Problems of a tree, beyond those of the valid tree itself, as reviewed lines. */
const baseline = new Set(check(validTree()).problems.map((p) => `${formatProblem(p)} [${p.rule}]`));
const report = (tree: TreeFile[]) => [...new Set(check(tree).problems.map((p) => `${formatProblem(p)} [${p.rule}]`))].filter((l) => !baseline.has(l)).sort();

describe('the checker reports exactly the reviewed problems', () => {
  for (const [name, tree] of Object.entries(SCENARIOS)) {
    it(name, () => {
      const lines = report(tree);
      written[name] = lines;
      // A scenario that reports nothing tests nothing, unless saying nothing is its point.
      if (!QUIET.has(name)) expect(lines.length, 'the scenario reports no problem').toBeGreaterThan(0);
      if (!update) expect(lines).toEqual(golden[name]);
    });
  }

  it('the golden file has no scenario the test no longer runs', () => {
    if (!update) expect(Object.keys(golden).sort()).toEqual(Object.keys(SCENARIOS).sort());
  });

  afterAll(() => {
    if (update) writeFileSync(GOLDEN, `${JSON.stringify(written, null, 1)}\n`);
  });
});
