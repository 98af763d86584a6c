/** The exported JSON Schema accepts every real entry and rejects the invalid fixtures. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/check/load.ts';
import { parseContentFile } from '../../src/lib/check/load.ts';
import { SCHEMA_FILES, jsonSchema } from '../../src/lib/publish/json-schema.ts';
import { ROOT } from '../helpers/dist.ts';
import { countryWith } from '../helpers/fixtures.ts';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validators = Object.fromEntries(
  (Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[]).map((c) => [c, ajv.compile(jsonSchema(c))]),
) as Record<keyof typeof SCHEMA_FILES, ReturnType<typeof ajv.compile>>;

describe('JSON Schema export', () => {
  const { files } = loadContent(ROOT, process.env['MLAT_CONTENT_DIR']);

  it('there are real entries to validate', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('accepts every real entry', () => {
    const failures = files.flatMap((f) => {
      const validate = validators[f.collection];
      return validate(f.data) ? [] : [`${f.file}: ${ajv.errorsText(validate.errors)}`];
    });
    expect(failures).toEqual([]);
  });

  it.each([
    ['bad email', countryWith('requests@example.org', 'requests-at-example.org')],
    ['bad ISO region', countryWith('region: Europe', 'region: Atlantis')],
    ['misspelled field', countryWith('region: Europe', 'regoin: Europe')],
    ['bad date', countryWith('lastVerified: "2026-06-01"', 'lastVerified: "01/06/2026"')],
    ['missing central authority', countryWith(/^centralAuthority:\n(?: {2}.*\n| {4}.*\n| {6}.*\n)+/m, '')],
    ['unknown measure', countryWith('  bank-records:', '  bank-robbery:')],
  ])('rejects the invalid fixture: %s', (_name, file) => {
    const data = parseContentFile('countries', 'content/countries/is.mdx', file.source).data;
    expect(validators.countries(data)).toBe(false);
  });

  it('carries field descriptions for editors', () => {
    const schema = jsonSchema('countries') as { properties: Record<string, { description?: string }> };
    expect(schema.properties['lastVerified']?.description).toMatch(/last checked/);
  });
});
