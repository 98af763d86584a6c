import { defineCollection } from 'astro:content';
import { glob, type Loader } from 'astro/loaders';
import { contentVerdict } from './lib/check/accepted.ts';
import { COLLECTIONS, type CollectionName } from './lib/contract/collections.ts';
import { contentRoot } from './lib/paths.ts';
import { country, glossaryTerm, group, instrument, trainingModule } from './lib/schema/index.ts';

/**
 * Loads exactly the files of a collection that the content checker listed and accepted:
 * a file the checker did not read, or refused, never reaches the MDX compiler.
 */
function checked(collection: CollectionName): Loader {
  const { dir, ext } = COLLECTIONS[collection];
  const base = `${contentRoot()}/${dir}`;
  return {
    name: `mlat-checked-${collection}`,
    async load(context) {
      const verdict = contentVerdict(process.cwd(), contentRoot());
      const names = verdict.accepted.filter((f) => f.collection === collection).map((f) => `${f.id}${ext}`);
      const refused = [...verdict.refused].filter((f) => f.includes(`/${dir}/`));
      if (refused.length) context.logger.warn(`not loaded (content check errors): ${refused.join(', ')}`);
      if (names.length === 0) {
        context.store.clear();
        return;
      }
      await glob({ pattern: names, base }).load(context);
    },
  };
}

export const collections = {
  countries: defineCollection({ loader: checked('countries'), schema: country }),
  instruments: defineCollection({ loader: checked('instruments'), schema: instrument }),
  modules: defineCollection({ loader: checked('modules'), schema: trainingModule }),
  glossary: defineCollection({ loader: checked('glossary'), schema: glossaryTerm }),
  groups: defineCollection({ loader: checked('groups'), schema: group }),
};
