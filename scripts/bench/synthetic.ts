/**
 * Synthetic content for the benchmark: a tree of N valid entries of typical size and shape,
 * written to a temporary folder and never published.
 *
 * Why a fixed mix rather than N countries: a country is keyed by a real ISO 3166-1 alpha-2
 * code (the schema and the file name both require it), so a tree cannot hold more than the
 * 250 codes of i18n-iso-countries' list. N therefore counts content entries, split in the
 * proportions of the real tree (about 1 country for 2.5 instruments and 1.2 glossary terms),
 * plus a few training modules: 20 % countries, 50 % instruments, 25 % glossary terms and
 * 5 % modules. The mix is the same at every N, so build time against N measures how the
 * site scales, not a change of page type; at N = 1,000 that is 200 countries, 500
 * instruments, 250 terms and 50 modules. Countries cycle through the alpha-2 list in its
 * order; above 1,250 entries the country share stays at the 250 codes and instruments take
 * the rest. Entries cross-reference each other as real ones do (party lists, instrument
 * notes, links in bodies), so every reference resolves and the checker reports no error.
 */
import countries from 'i18n-iso-countries';
import { COUNTRY_SECTION_IDS, GUIDANCE_SECTION_IDS } from '../../src/lib/contract/sections.ts';
import { MEASURES, REGIONS } from '../../src/lib/vocabulary.ts';
import { type CollectionName } from '../../src/lib/contract/collections.ts';
import { stateName } from '../../src/lib/format.ts';
import { SHORT_TITLE_MAX } from '../../src/lib/schema/instrument.ts';
import { seededRandom, type Random } from './random.ts';

/** Assigned ISO 3166-1 alpha-2 codes, lower case, in i18n-iso-countries' order. */
export const ISO_CODES: readonly string[] = Object.keys(countries.getAlpha2Codes()).map((c) => c.toLowerCase());

export const SYNTHETIC_MIX = { countries: 0.2, instruments: 0.5, glossary: 0.25, modules: 0.05 } as const;

export const MIX_DESCRIPTION =
  'N = content entries in a fixed mix like the real tree: 20% countries (real ISO codes, at most 250), 50% instruments (85% bilateral), 25% glossary terms, 5% training modules';

export type MixCounts = Record<CollectionName, number>;

/** How many entries of each collection a tree of `total` entries holds. */
export function planMix(total: number): MixCounts {
  if (!Number.isInteger(total) || total < 1) throw new Error(`expected a positive whole number of entries, got ${total}`);
  const countryCount = Math.min(Math.round(total * SYNTHETIC_MIX.countries), ISO_CODES.length);
  const glossary = Math.round(total * SYNTHETIC_MIX.glossary);
  const modules = Math.round(total * SYNTHETIC_MIX.modules);
  return { countries: countryCount, instruments: total - countryCount - glossary - modules, glossary, modules, groups: 0 };
}

export interface SyntheticFile {
  collection: CollectionName;
  id: string;
  /** Path relative to the content folder, e.g. "countries/ie.mdx". */
  path: string;
  source: string;
}

export interface SyntheticOptions {
  /** Date used as lastVerified and module review date, YYYY-MM-DD. */
  today: string;
  seed?: number;
}

interface InstrumentPlan {
  id: string;
  kind: 'bilateral' | 'multilateral' | 'regional';
  title: string;
  shortTitle: string;
  parties: string[];
  parent?: string;
}

interface Plan {
  countries: { code: string; name: string }[];
  instruments: InstrumentPlan[];
  glossary: { id: string; term: string }[];
  modules: { slug: string; title: string }[];
  memberships: Map<string, string[]>;
  shortTitles: Map<string, string>;
}

const TERM_BASES = [
  'letter of request', 'central authority', 'dual criminality', 'speciality', 'de minimis', 'expedited preservation',
  'subscriber information', 'traffic data', 'stored content', 'spontaneous information', 'joint investigation team',
  'requesting state', 'requested state', 'executing authority', 'issuing authority', 'reciprocity', 'comity',
  'political offence exception', 'fiscal offence exception', 'double jeopardy', 'proportionality', 'reservation',
  'declaration', 'ratification', 'accession', 'signatory', 'competent authority', 'production order', 'mutual recognition',
  'video link hearing', 'controlled delivery', 'covert investigation', 'asset recovery', 'confiscation', 'freezing order',
  'letters rogatory', 'commission rogatoire', 'apostille', 'legalisation', 'confidentiality',
];

const MODULE_TOPICS = [
  'preserving electronic evidence', 'drafting a letter of request', 'urgent requests', 'safeguards and refusal grounds',
  'choosing a legal basis', 'working with central authorities', 'bank records abroad', 'witness hearings by video link',
  'asset freezing across borders', 'translation and languages',
];

const CRIMES = [
  'fraud', 'money laundering', 'corruption', 'bribery', 'embezzlement', 'ransomware extortion', 'phishing', 'drug trafficking',
  'human trafficking', 'migrant smuggling', 'homicide', 'terrorist financing', 'forgery', 'tax evasion', 'cyber intrusion',
  'child sexual exploitation', 'arms trafficking', 'cigarette smuggling', 'identity theft', 'market manipulation',
];

const NOUNS = [
  'request', 'warrant', 'order', 'affidavit', 'statement', 'summary of facts', 'translation', 'certificate', 'annex', 'form',
  'cover letter', 'undertaking', 'assurance', 'schedule', 'register', 'record', 'log file', 'account history', 'transcript',
  'court order', 'decision', 'notification', 'acknowledgement', 'reminder', 'progress report',
];

const BODIES = [
  'Ministry of Justice', 'Office of the Attorney General', 'Prosecutor General’s Office', 'Supreme Court', 'National Police',
  'Financial Intelligence Unit', 'Customs Service', 'Tax Administration', 'Ministry of Foreign Affairs', 'Court of Appeal',
];

const UNITS = ['International Cooperation Department', 'Mutual Legal Assistance Unit', 'Treaty Section', 'Extradition and MLA Division', 'Legal Affairs Directorate'];

const LANGS = ['en', 'fr', 'es', 'ar', 'ru', 'pt', 'de', 'zh', 'it', 'nl'];

const SENTENCES: ((w: Words) => string)[] = [
  (w) => `The ${w.body} receives requests for ${w.measure} and passes them to the competent ${w.executor} for execution.`,
  (w) => `A request concerning ${w.crime} must describe the facts, the offence and the link between the evidence and the investigation.`,
  (w) => `Requests for ${w.measure} are executed within about ${w.days} days when the ${w.noun} is complete.`,
  (w) => `The ${w.body} may ask for a further ${w.noun} before it decides whether to execute a request.`,
  (w) => `Requests and their supporting documents must be in ${w.language}, or come with a certified translation into it.`,
  (w) => `An advance copy by email is accepted in urgent cases, provided the original ${w.noun} follows without delay.`,
  (w) => `Coercive measures such as ${w.measure} need the authorisation of a ${w.executor} under the ${w.statute}.`,
  (w) => `The ${w.statute} allows assistance without a treaty where the requesting State gives an assurance of reciprocity.`,
  (w) => `Evidence obtained may be used only for the proceedings named in the request unless the ${w.body} consents to another use.`,
  (w) => `Personal data received with the evidence is protected under the ${w.statute} and may not be passed on to third States.`,
  (w) => `Service providers keep ${w.measure} for ${w.days} days, after which a preservation request can no longer secure it.`,
  (w) => `The ${w.body} reported ${w.count} incoming requests in ${w.year}, most of them about ${w.crime}.`,
  (w) => `A refusal is notified in writing with reasons, and the requesting authority may submit an amended ${w.noun}.`,
  (w) => `Where the conduct is not an offence under national law, requests for ${w.measure} are refused.`,
  (w) => `The person concerned may challenge the execution of a ${w.noun} before the ${w.executor} within ${w.small} days.`,
  (w) => `Contact the ${w.body} by telephone before sending a request that needs a hearing on a fixed date.`,
  (w) => `Partial execution is possible when only part of the ${w.noun} can be carried out in time.`,
  (w) => `The ${w.instrument} is applied between the two States for requests about ${w.crime}.`,
  (w) => `The ${w.body} keeps a register of requests and answers status enquiries quoting the reference number.`,
  (w) => `Costs of experts and of video link hearings for ${w.crime} cases may be charged to the requesting State after consultation.`,
];

interface Words {
  body: string;
  executor: string;
  measure: string;
  crime: string;
  noun: string;
  statute: string;
  instrument: string;
  language: string;
  days: number;
  small: number;
  count: number;
  year: number;
}

const LANGUAGE_NAMES: Record<string, string> = {
  en: 'English', fr: 'French', es: 'Spanish', ar: 'Arabic', ru: 'Russian', pt: 'Portuguese', de: 'German', zh: 'Chinese', it: 'Italian', nl: 'Dutch',
};

/** YAML scalar: plain when it is unambiguous, double-quoted (JSON is valid YAML) otherwise. */
/** "France–Italy MLAT"; by codes when the names would pass the schema's limit (as the real entries do). */
export function bilateralShortTitle(x: string, y: string): string {
  const named = `${stateName(x)}–${stateName(y)} MLAT`;
  return named.length <= SHORT_TITLE_MAX ? named : `${x.toUpperCase()}–${y.toUpperCase()} MLAT`;
}

export function yamlScalar(text: string): string {
  return /^[A-Z][A-Za-z0-9 ,.;()'’–-]*[A-Za-z0-9.)]$/.test(text) && !/: | #/.test(text) ? text : JSON.stringify(text);
}

class Writer {
  readonly lines: string[] = [];
  line(indent: number, text: string): void {
    this.lines.push(`${' '.repeat(indent)}${text}`);
  }
  toString(): string {
    return this.lines.join('\n');
  }
}

function titleCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function slugify(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

function planTree(total: number, rng: Random): Plan {
  const counts = planMix(total);
  const countryList = ISO_CODES.slice(0, counts.countries).map((code) => ({ code, name: stateName(code) }));
  const treeCodes = countryList.map((c) => c.code);
  const instruments: InstrumentPlan[] = [];
  const multilateral = counts.instruments === 0 ? 0 : Math.max(1, Math.round(counts.instruments * 0.15));
  for (let k = 0; k < multilateral; k++) {
    const kind = k % 3 === 2 ? 'regional' : 'multilateral';
    const fromTree = rng.sample(treeCodes, Math.round(treeCodes.length * (0.3 + rng.next() * 0.5)));
    const others = rng.sample(ISO_CODES.filter((c) => !treeCodes.includes(c)), rng.int(4, 30));
    const crime = CRIMES[k % CRIMES.length]!;
    const isProtocol = k > 0 && k % 4 === 3;
    instruments.push({
      id: `synthetic-convention-${k + 1}`,
      kind,
      title: isProtocol
        ? `Additional Protocol No. ${k + 1} to the Synthetic Convention on Mutual Assistance`
        : `Synthetic ${kind === 'regional' ? 'Regional ' : ''}Convention No. ${k + 1} on Mutual Assistance against ${titleCase(crime)}`,
      shortTitle: isProtocol ? `Protocol No. ${k + 1}` : `Convention No. ${k + 1}`,
      parties: [...new Set([...fromTree, ...others])].sort(),
      ...(isProtocol ? { parent: 'synthetic-convention-1' } : {}),
    });
  }
  const pairs = new Set<string>();
  for (let k = 0; instruments.length < counts.instruments; k++) {
    const a = treeCodes.length ? treeCodes[k % treeCodes.length]! : ISO_CODES[k % ISO_CODES.length]!;
    let step = 1 + Math.floor(k / Math.max(1, treeCodes.length));
    let b = ISO_CODES[(ISO_CODES.indexOf(a) + step * 7) % ISO_CODES.length]!;
    let [x, y] = [a, b].sort() as [string, string];
    while (a === b || pairs.has(`${x}-${y}`)) {
      step++;
      b = ISO_CODES[(ISO_CODES.indexOf(a) + step * 7 + step) % ISO_CODES.length]!;
      [x, y] = [a, b].sort() as [string, string];
    }
    pairs.add(`${x}-${y}`);
    instruments.push({
      id: `mlat-${x}-${y}`,
      kind: 'bilateral',
      title: `Treaty between ${stateName(x)} and ${stateName(y)} on mutual legal assistance in criminal matters`,
      shortTitle: bilateralShortTitle(x, y),
      parties: [x, y],
    });
  }
  const memberships = new Map<string, string[]>();
  for (const instrument of instruments) {
    for (const code of instrument.parties) memberships.set(code, [...(memberships.get(code) ?? []), instrument.id]);
  }
  const glossary = Array.from({ length: counts.glossary }, (_, k) => {
    const base = TERM_BASES[k % TERM_BASES.length]!;
    const round = Math.floor(k / TERM_BASES.length);
    return { id: round ? `${slugify(base)}-${round + 1}` : slugify(base), term: round ? `${titleCase(base)} (${round + 1})` : titleCase(base) };
  });
  const modules = Array.from({ length: counts.modules }, (_, k) => {
    const topic = MODULE_TOPICS[k % MODULE_TOPICS.length]!;
    return { slug: `module-${k + 1}-${slugify(topic)}`, title: `${titleCase(topic)}, part ${Math.floor(k / MODULE_TOPICS.length) + 1}` };
  });
  const shortTitles = new Map(instruments.map((i) => [i.id, i.shortTitle]));
  return { countries: countryList, instruments, glossary, modules, memberships, shortTitles };
}

interface SourceRef {
  id: string;
  year: number;
}

/** Hands out source ids in rotation, so that every source of an entry ends up cited. */
function citer(sources: SourceRef[]) {
  let n = 0;
  return (count = 1): string => {
    const ids: string[] = [];
    for (let i = 0; i < count && i < sources.length; i++) ids.push(sources[n++ % sources.length]!.id);
    return `[${[...new Set(ids)].join(', ')}]`;
  };
}

function writeSources(w: Writer, indent: number, sources: SourceRef[], rng: Random, owner: string): void {
  const kinds = ['official', 'legislation', 'treaty', 'depositary', 'parliamentary', 'secondary', 'copy'];
  for (const s of sources) {
    const kind = rng.pick(kinds);
    w.line(indent, `- id: ${s.id}`);
    w.line(indent + 2, `url: https://example.org/synthetic/${owner}/${s.id}`);
    w.line(indent + 2, `title: ${yamlScalar(`Synthetic source ${s.id} about ${owner} (${kind} text for the benchmark)`)}`);
    if (rng.chance(0.6)) w.line(indent + 2, `publisher: ${yamlScalar(rng.pick(BODIES))}`);
    const date = rng.chance(0.2) ? 'null' : rng.chance(0.5) ? `"${s.year}"` : `"${s.year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}"`;
    w.line(indent + 2, `date: ${date}`);
    w.line(indent + 2, `kind: ${kind}`);
    if (kind === 'copy') w.line(indent + 2, `note: ${yamlScalar('Third-party copy of the official text, generated for the benchmark.')}`);
  }
}

function makeSources(prefix: string, count: number, year: number, rng: Random): SourceRef[] {
  return Array.from({ length: count }, (_, i) => ({ id: `${prefix}-${i + 1}`, year: year - rng.int(1, 4) }));
}

function prose(rng: Random, words: () => Words, sentences: number): string {
  return Array.from({ length: sentences }, () => rng.pick(SENTENCES)(words())).join(' ');
}

function countryEntry(country: Plan['countries'][number], plan: Plan, index: number, rng: Random, today: string): string {
  const year = Number(today.slice(0, 4));
  const name = country.name;
  const instruments = plan.memberships.get(country.code) ?? [];
  const statute = `Mutual Assistance in Criminal Matters Act ${year - rng.int(5, 40)} of ${name}`;
  const words = (): Words => ({
    body: rng.pick(BODIES),
    executor: rng.pick(['investigating judge', 'public prosecutor', 'district court', 'police directorate']),
    measure: rng.pick(MEASURES).title.toLowerCase(),
    crime: rng.pick(CRIMES),
    noun: rng.pick(NOUNS),
    statute,
    instrument: instruments.length ? plan.shortTitles.get(rng.pick(instruments))! : 'applicable treaty',
    language: LANGUAGE_NAMES[rng.pick(LANGS)]!,
    days: rng.int(10, 180),
    small: rng.int(5, 30),
    count: rng.int(20, 900),
    year: year - rng.int(1, 6),
  });
  const text = (sentences = rng.int(1, 2)) => yamlScalar(prose(rng, words, sentences));
  const sources = makeSources(`src-${country.code}`, rng.int(4, 8), year, rng);
  const cite = citer(sources);
  const w = new Writer();
  const factList = (indent: number, key: string, count: number) => {
    if (count === 0) {
      w.line(indent, `${key}: []`);
      return;
    }
    w.line(indent, `${key}:`);
    for (let i = 0; i < count; i++) {
      w.line(indent + 2, `- text: ${text()}`);
      w.line(indent + 4, `cite: ${cite()}`);
      if (rng.chance(0.1)) {
        w.line(indent + 4, `asOf: "${year - rng.int(6, 12)}"`);
        w.line(indent + 4, 'status: historic');
      }
    }
  };
  const authority = (indent: number, dash: boolean, body: string, contacts: number, roles: string) => {
    const first = dash ? '- ' : '';
    const pad = dash ? indent + 2 : indent;
    w.line(indent, `${first}name: ${yamlScalar(`${body} of ${name}`)}`);
    if (rng.chance(0.6)) w.line(pad, `unit: ${yamlScalar(rng.pick(UNITS))}`);
    w.line(pad, `roles: [${roles}]`);
    w.line(pad, `cite: ${cite()}`);
    factList(pad, 'facts', rng.int(1, 2));
    w.line(pad, 'contacts:');
    const types = ['postal', 'email', 'phone', 'fax', 'web'];
    for (let i = 0; i < contacts; i++) {
      const type = types[i % types.length]!;
      const value =
        type === 'postal'
          ? yamlScalar(`${body}, ${rng.int(1, 200)} Justice Street, ${rng.int(1000, 99999)} Capital City, ${name}`)
          : type === 'email'
            ? `mla-${i}.${country.code}@justice.example.org`
            : type === 'web'
              ? `https://justice.${country.code}.example.org/mla`
              : `"+${rng.int(1, 999)} ${rng.int(1, 99)} ${rng.int(100, 999)} ${rng.int(1000, 9999)}"`;
      w.line(pad + 2, `- type: ${type}`);
      w.line(pad + 4, `value: ${value}`);
      if (rng.chance(0.3)) w.line(pad + 4, `label: ${yamlScalar(rng.pick(['general requests', 'urgent requests only', 'out of office hours', 'tax offences']))}`);
      w.line(pad + 4, `cite: ${cite()}`);
    }
  };

  w.line(0, '---');
  w.line(0, `# Synthetic country entry for the benchmark (${name}); generated text, not facts.`);
  w.line(0, `code: ${country.code}`);
  w.line(0, `name: ${yamlScalar(name)}`);
  w.line(0, `aliases: [${country.code.toUpperCase()}]`);
  w.line(0, `region: ${REGIONS[index % REGIONS.length]}`);
  w.line(0, `lastVerified: "${today}"`);
  w.line(0, 'verification: Synthetic benchmark entry.');
  w.line(0, '');
  w.line(0, 'centralAuthority:');
  authority(2, false, 'Ministry of Justice', rng.int(2, 4), 'central-authority');
  w.line(0, '');
  const others = rng.int(0, 2);
  if (others === 0) w.line(0, 'otherAuthorities: []');
  else {
    w.line(0, 'otherAuthorities:');
    for (let i = 0; i < others; i++) authority(2, true, BODIES[(i + 1) % BODIES.length]!, rng.int(1, 3), rng.pick(['24-7-point-of-contact', 'prosecution', 'police', 'budapest-art27']));
  }
  w.line(0, '');
  w.line(0, 'channels:');
  const channelTypes = ['central-authority', 'diplomatic', 'direct-judicial', 'interpol', 'email', '24-7-network', 'post'];
  for (const type of rng.sample(channelTypes, rng.int(1, 4))) {
    w.line(2, `- type: ${type}`);
    w.line(4, `text: ${text()}`);
    w.line(4, `cite: ${cite()}`);
  }
  w.line(0, '');
  w.line(0, 'languages:');
  w.line(2, `accepted: [${rng.sample(LANGS, rng.int(1, 3)).join(', ')}]`);
  w.line(2, `cite: ${cite()}`);
  factList(2, 'notes', rng.int(0, 1));
  w.line(0, '');
  w.line(0, 'legalBases:');
  w.line(2, 'domestic:');
  for (let i = 0; i < rng.int(1, 3); i++) {
    w.line(4, `- title: ${yamlScalar(i === 0 ? statute : `Code of Criminal Procedure of ${name}, Part ${rng.int(2, 12)}`)}`);
    w.line(6, `text: ${text(1)}`);
    w.line(6, `cite: ${cite()}`);
  }
  const notes = rng.sample(instruments, Math.min(instruments.length, rng.int(0, 2)));
  if (notes.length === 0) w.line(2, 'instruments: []');
  else {
    w.line(2, 'instruments:');
    for (const id of notes) {
      w.line(4, `- instrument: ${id}`);
      w.line(6, `text: ${yamlScalar(`${name} made a declaration naming the ${rng.pick(BODIES)} as the authority for requests under this instrument.`)}`);
      w.line(6, `cite: ${cite()}`);
    }
  }
  factList(2, 'reciprocity', rng.int(0, 1));
  factList(2, 'notes', rng.int(0, 1));
  w.line(0, '');
  w.line(0, 'measures:');
  for (const measure of rng.sample(MEASURES, rng.int(1, 4))) factList(2, measure.id, rng.int(1, 2));
  w.line(0, '');
  w.line(0, 'preservation:');
  if (rng.chance(0.5)) w.line(2, `maxDays: { days: ${rng.pick([60, 90, 180])}, cite: ${cite()} }`);
  factList(2, 'facts', rng.int(1, 2));
  w.line(0, '');
  factList(0, 'urgent', rng.int(1, 2));
  factList(0, 'requirements', rng.int(1, 4));
  w.line(0, '');
  w.line(0, 'safeguards:');
  w.line(2, 'refusalGrounds:');
  const grounds = ['political-offence', 'death-penalty', 'human-rights', 'double-jeopardy', 'sovereignty-security', 'fiscal-offence', 'dual-criminality', 'discrimination'];
  for (const ground of rng.sample(grounds, rng.int(1, 4))) {
    w.line(4, `- ground: ${ground}`);
    w.line(6, `kind: ${rng.pick(['mandatory', 'discretionary'])}`);
    w.line(6, `text: ${text(1)}`);
    w.line(6, `cite: ${cite()}`);
  }
  factList(2, 'dualCriminality', rng.int(0, 1));
  factList(2, 'deMinimis', rng.int(0, 1));
  factList(2, 'authorisation', rng.int(0, 1));
  factList(2, 'oversight', rng.int(0, 1));
  factList(2, 'speciality', rng.int(0, 1));
  factList(2, 'dataProtection', rng.int(0, 1));
  w.line(0, '');
  const timelines = rng.int(0, 2);
  if (timelines === 0) w.line(0, 'timelines: []');
  else {
    w.line(0, 'timelines:');
    for (let i = 0; i < timelines; i++) {
      const min = rng.int(10, 60);
      w.line(2, `- text: ${text(1)}`);
      w.line(4, `measure: ${rng.pick(MEASURES).id}`);
      w.line(4, `days: { min: ${min}, max: ${min + rng.int(10, 120)} }`);
      w.line(4, `cite: ${cite()}`);
    }
  }
  factList(0, 'statistics', rng.int(0, 1));
  const templates = rng.int(0, 2);
  if (templates === 0) w.line(0, 'templates: []');
  else {
    w.line(0, 'templates:');
    for (let i = 0; i < templates; i++) {
      w.line(2, `- title: ${yamlScalar(`Model request form ${i + 1} for ${name}`)}`);
      w.line(4, `url: https://justice.${country.code}.example.org/forms/request-${i + 1}.pdf`);
      w.line(4, `languages: [${rng.pick(LANGS)}]`);
      w.line(4, `text: ${text(1)}`);
      w.line(4, `cite: ${cite()}`);
    }
  }
  const caveats = rng.int(0, 2);
  if (caveats === 0) w.line(0, 'caveats: []');
  else {
    w.line(0, 'caveats:');
    for (let i = 0; i < caveats; i++) {
      w.line(2, `- text: ${text(2)}`);
      w.line(4, `cite: ${cite(2)}`);
      w.line(4, `section: ${rng.pick(COUNTRY_SECTION_IDS.filter((s) => s !== 'sources' && s !== 'changes'))}`);
    }
  }
  w.line(0, '');
  w.line(0, 'sources:');
  writeSources(w, 2, sources, rng, country.code);
  w.line(0, '---');
  w.line(0, '');
  for (const section of rng.sample(GUIDANCE_SECTION_IDS.filter((s) => s !== 'at-a-glance'), rng.int(0, 2))) {
    w.line(0, `<Guidance section="${section}">`);
    const other = plan.countries[(index + 1) % plan.countries.length]!;
    const link = other.code !== country.code ? ` Compare the practice of <Country code="${other.code}" section="${section}" />.` : '';
    w.line(0, `${prose(rng, words, rng.int(2, 4))}<Cite ids="${sources[0]!.id}" />${link}`);
    w.line(0, '</Guidance>');
    w.line(0, '');
  }
  return w.toString();
}

function instrumentEntry(instrument: InstrumentPlan, rng: Random, today: string): string {
  const year = Number(today.slice(0, 4));
  const bilateral = instrument.kind === 'bilateral';
  const sources = makeSources('src', bilateral ? rng.int(1, 2) : rng.int(3, 6), year, rng);
  const cite = citer(sources);
  const words = (): Words => ({
    body: rng.pick(BODIES),
    executor: 'requested Party',
    measure: rng.pick(MEASURES).title.toLowerCase(),
    crime: rng.pick(CRIMES),
    noun: rng.pick(NOUNS),
    statute: instrument.shortTitle,
    instrument: instrument.shortTitle,
    language: LANGUAGE_NAMES[rng.pick(LANGS)]!,
    days: rng.int(10, 180),
    small: rng.int(5, 30),
    count: rng.int(2, 120),
    year: year - rng.int(1, 6),
  });
  const text = (sentences = rng.int(1, 2)) => yamlScalar(prose(rng, words, sentences));
  const adopted = year - rng.int(3, 40);
  const w = new Writer();
  const factList = (indent: number, key: string, count: number) => {
    if (count === 0) return w.line(indent, `${key}: []`);
    w.line(indent, `${key}:`);
    for (let i = 0; i < count; i++) {
      w.line(indent + 2, `- text: ${text()}`);
      w.line(indent + 4, `cite: ${cite()}`);
    }
  };
  w.line(0, '---');
  w.line(0, `id: ${instrument.id}`);
  w.line(0, `title: ${yamlScalar(instrument.title)}`);
  w.line(0, `shortTitle: ${yamlScalar(instrument.shortTitle)}`);
  if (!bilateral) w.line(0, `aliases: [${yamlScalar(`SC ${instrument.id.split('-').pop()}`)}]`);
  w.line(0, `kind: ${instrument.kind}`);
  if (!bilateral) w.line(0, `organisation: ${yamlScalar('Synthetic Organisation for Judicial Cooperation')}`);
  if (instrument.parent) w.line(0, `parent: ${instrument.parent}`);
  w.line(0, `adopted: "${adopted}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}"`);
  const inForce = rng.chance(0.8);
  if (inForce) w.line(0, `inForce: "${adopted + rng.int(1, 3)}"`);
  w.line(0, `status: ${inForce ? 'in-force' : 'unknown'}`);
  if (!bilateral) w.line(0, `statusNote: ${yamlScalar(`${instrument.parties.length} Parties listed in the synthetic depositary record.`)}`);
  w.line(0, `partyList: ${bilateral ? 'complete' : 'partial'}`);
  w.line(0, `summary: ${text(2)}`);
  factList(0, 'coverage', bilateral ? rng.int(0, 1) : rng.int(2, 4));
  factList(0, 'channels', bilateral ? 0 : rng.int(1, 3));
  w.line(0, 'safeguards:');
  factList(2, 'contains', bilateral ? 0 : rng.int(1, 3));
  factList(2, 'lacks', bilateral ? 0 : rng.int(0, 2));
  w.line(0, 'parties:');
  for (const code of instrument.parties) {
    const signed = adopted + rng.int(0, 2);
    if (bilateral) {
      w.line(2, `- code: ${code}`);
      w.line(4, `cite: ${cite()}`);
    } else {
      // Ratified no later than the year before the tree's date: a ratification is never in the future.
      const ratified = Math.min(signed + rng.int(1, 5), year - 1);
      w.line(2, `- { code: ${code}, signed: "${signed}-0${rng.int(1, 9)}-1${rng.int(0, 9)}", ratified: "${ratified}-0${rng.int(1, 9)}-2${rng.int(0, 8)}", cite: ${cite()} }`);
    }
  }
  w.line(0, 'signatories: []');
  w.line(0, 'nonParties: []');
  factList(0, 'facts', bilateral ? rng.int(1, 2) : rng.int(2, 5));
  w.line(0, 'caveats:');
  w.line(2, `- text: ${text(1)}`);
  w.line(4, `cite: ${cite(2)}`);
  w.line(0, 'sources:');
  writeSources(w, 2, sources, rng, instrument.id);
  w.line(0, '---');
  w.line(0, '');
  return w.toString();
}

/** Words for prose that is not about one country (glossary terms, modules). */
function genericWords(plan: Plan, rng: Random, year: number): Words {
  return {
    body: rng.pick(BODIES),
    executor: 'requested State',
    measure: rng.pick(MEASURES).title.toLowerCase(),
    crime: rng.pick(CRIMES),
    noun: rng.pick(NOUNS),
    statute: 'national law',
    instrument: plan.instruments.length ? rng.pick(plan.instruments).shortTitle : 'treaty',
    language: LANGUAGE_NAMES[rng.pick(LANGS)]!,
    days: rng.int(10, 180),
    small: rng.int(5, 30),
    count: rng.int(2, 120),
    year: year - rng.int(1, 6),
  };
}

function glossaryEntry(term: Plan['glossary'][number], plan: Plan, rng: Random, today: string): string {
  const year = Number(today.slice(0, 4));
  const sources = makeSources('def', rng.int(1, 3), year, rng);
  const words = (): Words => genericWords(plan, rng, year);
  const related = rng.sample(plan.glossary.filter((g) => g.id !== term.id).map((g) => g.id), rng.int(0, 4));
  const instruments = rng.sample(plan.instruments.map((i) => i.id), plan.instruments.length ? rng.int(0, 3) : 0);
  const w = new Writer();
  w.line(0, '---');
  w.line(0, `term: ${yamlScalar(term.term)}`);
  w.line(0, `aliases: [${yamlScalar(`${term.term} (alternative name)`)}]`);
  w.line(0, `short: ${yamlScalar(`The ${term.term.toLowerCase()} is a notion used in requests for ${rng.pick(MEASURES).title.toLowerCase()} and in the treaties that govern them.`)}`);
  w.line(0, `related: [${related.join(', ')}]`);
  w.line(0, `instruments: [${instruments.join(', ')}]`);
  w.line(0, 'sources:');
  writeSources(w, 2, sources, rng, term.id);
  w.line(0, '---');
  w.line(0, '');
  const paragraphs = Math.max(sources.length, rng.int(2, 4));
  for (let p = 0; p < paragraphs; p++) {
    const link =
      p === 1 && related.length ? ` See also <Term id="${related[0]}" />.` : p === 2 && instruments.length ? ` It appears in <Instrument id="${instruments[0]}" />.` : '';
    w.line(0, `${prose(rng, words, rng.int(2, 4))}<Cite ids="${sources[p % sources.length]!.id}" />${link}`);
    w.line(0, '');
  }
  return w.toString();
}

function moduleEntry(module: Plan['modules'][number], plan: Plan, index: number, rng: Random, today: string): string {
  const year = Number(today.slice(0, 4));
  const sources = makeSources('ref', rng.int(0, 2), year, rng);
  const words = (): Words => genericWords(plan, rng, year);
  const w = new Writer();
  w.line(0, '---');
  w.line(0, `title: ${yamlScalar(module.title)}`);
  w.line(0, `summary: ${yamlScalar(`A synthetic training module on ${module.title.toLowerCase()} for the benchmark.`)}`);
  w.line(0, `audience: [${rng.sample(['prosecutors', 'liaison-officers', 'investigators', 'judges'], rng.int(1, 3)).join(', ')}]`);
  w.line(0, `level: ${rng.pick(['introductory', 'intermediate', 'advanced'])}`);
  w.line(0, `durationMinutes: ${rng.pick([30, 45, 60, 90])}`);
  w.line(0, 'objectives:');
  for (let i = 0; i < rng.int(2, 4); i++) w.line(2, `- ${yamlScalar(`Explain how to prepare a request for ${rng.pick(MEASURES).title.toLowerCase()} in a ${rng.pick(CRIMES)} case.`)}`);
  w.line(0, `prerequisites: [${index > 0 && rng.chance(0.5) ? plan.modules[index - 1]!.slug : ''}]`);
  w.line(0, `reviewed: "${today}"`);
  w.line(0, 'authors: ["Benchmark generator"]');
  if (sources.length === 0) w.line(0, 'sources: []');
  else {
    w.line(0, 'sources:');
    writeSources(w, 2, sources, rng, module.slug);
  }
  w.line(0, '---');
  w.line(0, '');
  for (let s = 0; s < rng.int(3, 5); s++) {
    w.line(0, `## Step ${s + 1}`);
    w.line(0, '');
    const links: string[] = [];
    if (plan.countries.length) {
      const c = rng.pick(plan.countries);
      links.push(`Read <Country code="${c.code}" section="${rng.pick(GUIDANCE_SECTION_IDS)}">the ${rng.pick(GUIDANCE_SECTION_IDS).replace(/-/g, ' ')} section for ${c.name}</Country>.`);
    }
    if (plan.instruments.length) links.push(`Check <Instrument id="${rng.pick(plan.instruments).id}" article="${rng.int(1, 40)}" />.`);
    if (plan.glossary.length) links.push(`Revise <Term id="${rng.pick(plan.glossary).id}" />.`);
    const cite = sources.length ? `<Cite ids="${sources[s % sources.length]!.id}" />` : '';
    w.line(0, `${prose(rng, words, rng.int(2, 4))}${cite} ${links.join(' ')}`.trimEnd());
    w.line(0, '');
  }
  return w.toString();
}

/** A valid content tree of `total` entries; the same options always give the same files. */
export function syntheticTree(total: number, options: SyntheticOptions): SyntheticFile[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.today)) throw new Error(`expected today as YYYY-MM-DD, got "${options.today}"`);
  const rng = seededRandom(options.seed ?? 20261127);
  const plan = planTree(total, rng);
  const files: SyntheticFile[] = [];
  plan.countries.forEach((c, i) =>
    files.push({ collection: 'countries', id: c.code, path: `countries/${c.code}.mdx`, source: countryEntry(c, plan, i, rng, options.today) }),
  );
  for (const instrument of plan.instruments) {
    files.push({ collection: 'instruments', id: instrument.id, path: `instruments/${instrument.id}.mdx`, source: instrumentEntry(instrument, rng, options.today) });
  }
  for (const term of plan.glossary) {
    files.push({ collection: 'glossary', id: term.id, path: `glossary/${term.id}.mdx`, source: glossaryEntry(term, plan, rng, options.today) });
  }
  plan.modules.forEach((m, i) =>
    files.push({ collection: 'modules', id: m.slug, path: `modules/${m.slug}.mdx`, source: moduleEntry(m, plan, i, rng, options.today) }),
  );
  return files;
}

/** Mean size in bytes of the entries of each collection (for the report). */
export function meanSizes(files: SyntheticFile[]): Partial<Record<CollectionName, number>> {
  const sums = new Map<CollectionName, { bytes: number; n: number }>();
  for (const f of files) {
    const s = sums.get(f.collection) ?? { bytes: 0, n: 0 };
    s.bytes += Buffer.byteLength(f.source);
    s.n++;
    sums.set(f.collection, s);
  }
  return Object.fromEntries([...sums].map(([c, s]) => [c, Math.round(s.bytes / s.n)]));
}
