/** Content collections and the folder under content/ each one lives in. */
/** Collections and the folder under content/ each one lives in. */
export const COLLECTIONS = {
  countries: { dir: 'countries', ext: '.mdx' },
  instruments: { dir: 'instruments', ext: '.mdx' },
  modules: { dir: 'modules', ext: '.mdx' },
  glossary: { dir: 'glossary', ext: '.mdx' },
  groups: { dir: 'groups', ext: '.mdx' },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
