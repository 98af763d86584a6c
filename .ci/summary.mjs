// Prints "N passed, N failed" from Vitest's JSON report. Runs on any Node (no dependencies).
// When the report is missing, the test command failed before Vitest ran (e.g. the build
// stopped on invalid content): that counts as one failed check, not as success.
import { existsSync, readFileSync } from 'node:fs';

const [file = 'test-results/vitest.json', status = '0'] = process.argv.slice(2);
if (!existsSync(file)) {
  console.log(`no test report at ${file}: the test command failed before the tests ran`);
  console.log(`0 passed, ${status === '0' ? 0 : 1} failed`);
  process.exit(0);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
const passed = report.numPassedTests ?? 0;
let failed = report.numFailedTests ?? 0;
// A file that fails to load has no failed test but a failed suite: count it.
const brokenFiles = (report.testResults ?? []).filter((r) => r.status === 'failed' && (r.assertionResults ?? []).every((a) => a.status !== 'failed'));
for (const r of brokenFiles) console.log(`failed to run: ${r.name}: ${(r.message ?? '').split('\n')[0]}`);
failed += brokenFiles.length;
if (status !== '0' && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
