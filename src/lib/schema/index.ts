export { country } from './country.ts';
export { instrument } from './instrument.ts';
export { trainingModule } from './module.ts';
export { glossaryTerm } from './glossary.ts';
export { group } from './group.ts';
import { country } from './country.ts';
import { glossaryTerm } from './glossary.ts';
import { group } from './group.ts';
import { instrument } from './instrument.ts';
import { trainingModule } from './module.ts';

/** The schema of each collection, keyed as in src/content.config.ts. */
export const schemas = {
  countries: country,
  instruments: instrument,
  modules: trainingModule,
  glossary: glossaryTerm,
  groups: group,
} as const;
