import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentRoot } from './lib/paths.ts';
import { country, glossaryTerm, group, instrument, trainingModule } from './lib/schema/index.ts';

const from = (dir: string) => glob({ pattern: '*.mdx', base: `${contentRoot()}/${dir}` });

export const collections = {
  countries: defineCollection({ loader: from('countries'), schema: country }),
  instruments: defineCollection({ loader: from('instruments'), schema: instrument }),
  modules: defineCollection({ loader: from('modules'), schema: trainingModule }),
  glossary: defineCollection({ loader: from('glossary'), schema: glossaryTerm }),
  groups: defineCollection({ loader: from('groups'), schema: group }),
};
