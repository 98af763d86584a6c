/**
 * One place per job: entry URLs are built only by src/lib/contract/urls.ts, and "current,
 * not historic" is decided only by src/lib/country/derive.ts. Tests keep literal URLs: they
 * state the URL contract independently of the code that builds it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/dist.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|astro|mjs|js)$/.test(name) ? [full] : [];
  });
}
const SRC = files(join(ROOT, 'src')).map((f) => ({ file: relative(ROOT, f), text: readFileSync(f, 'utf8') }));

describe('one place per job in src/', () => {
  it('scans the source tree', () => {
    expect(SRC.length).toBeGreaterThan(100);
  });

  it('no file but contract/urls.ts builds a country, instrument or API entry URL by hand', () => {
    const handmade = /[`'"]\/(?:api\/)?(?:countries|instruments)\/\$\{|['"]\/(?:countries|instruments)\/['"]/;
    const offenders = SRC.filter((f) => f.file !== 'src/lib/contract/urls.ts' && f.file !== 'src/lib/offline/manifest.ts' && handmade.test(f.text)).map((f) => f.file);
    expect(offenders).toEqual([]);
  });

  it('no file but country/derive.ts filters historic facts itself', () => {
    const adHoc = /status\s*!==\s*'historic'|status\s*===\s*'historic'\)/;
    const offenders = SRC.filter((f) => f.file !== 'src/lib/country/derive.ts' && !f.file.startsWith('src/lib/schema/') && adHoc.test(f.text)).map((f) => f.file);
    expect(offenders).toEqual([]);
  });
});
