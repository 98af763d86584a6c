/**
 * The only components contributor MDX may use. Each is passed to `<Content components>`
 * by the page that renders the entry; nothing else can be imported.
 */
import type { CollectionName } from './contract/collections.ts';

export interface ComponentSpec {
  description: string;
  /** Attribute names and whether each is required. */
  props: Record<string, { required: boolean; description: string }>;
  /** Collections whose MDX may use it. */
  collections: readonly CollectionName[];
  /** Only at the top level of the body (not nested in other elements). */
  topLevelOnly?: boolean;
}

const ALL: readonly CollectionName[] = ['countries', 'instruments', 'modules', 'glossary'];

export const MDX_COMPONENTS: Record<string, ComponentSpec> = {
  Guidance: {
    description: 'Narrative guidance for one section of a country page, in your own words.',
    props: { section: { required: true, description: 'Section id from the anchor contract, e.g. "preservation".' } },
    collections: ['countries'],
    topLevelOnly: true,
  },
  Cite: {
    description: 'Footnote citation to sources of this entry.',
    props: { ids: { required: true, description: 'Space-separated source ids from `sources`.' } },
    collections: ALL,
  },
  Country: {
    description: 'Link to a country entry or one of its sections.',
    props: {
      code: { required: true, description: 'ISO 3166-1 alpha-2 code of an existing entry.' },
      section: { required: false, description: 'Section id from the anchor contract.' },
    },
    collections: ALL,
  },
  Instrument: {
    description: 'Link to an instrument, optionally naming an article.',
    props: {
      id: { required: true, description: 'Id of an existing instrument entry.' },
      article: { required: false, description: 'Article number or label, e.g. "29".' },
    },
    collections: ALL,
  },
  Term: {
    description: 'Link to a glossary term.',
    props: { id: { required: true, description: 'Id of an existing glossary term.' } },
    collections: ALL,
  },
  Module: {
    description: 'Link to another training module.',
    props: { slug: { required: true, description: 'Slug of an existing module.' } },
    collections: ALL,
  },
};

export const ALLOWED_COMPONENT_NAMES = Object.keys(MDX_COMPONENTS);
