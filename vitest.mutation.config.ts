/**
 * The tests Stryker runs against each mutant (npm run mutation): the unit tests of the
 * domain logic and the checker. Build, browser and CLI tests need a built site or child
 * processes, which do not see Stryker's mutants.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/unit/**/*.test.ts'],
    // These read the whole real content tree for every mutant (minutes per run); the fixture
    // tests kill the same mutants. They run in npm test.
    exclude: ['tests/unit/route-content.test.ts', 'tests/unit/json-schema.test.ts', 'tests/unit/one-place.test.ts', 'tests/unit/field-reference.test.ts', 'tests/unit/check-fuzz.test.ts', 'tests/unit/check-cache.test.ts'],
    testTimeout: 60_000,
    env: { MLAT_MUTATION: '1' },
  },
});
