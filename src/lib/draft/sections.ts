/**
 * The sections of a letter of request, in the order the letter is written: per section its
 * title, the public model forms whose structure it follows, what to write, its fields, and
 * (for "Assistance requested") the fields of each measure. To change the letter, edit this
 * table: the form, the checklist links, the document, the text and .docx exports and the
 * saved-file validator all read it. Pure data, no dependencies: the /draft/ island bundles it.
 *
 * The model forms are cited by name only ("follows the structure of"): their texts are not
 * reproduced here, and no address or date is given for them because none was read.
 */
import type { MeasureId } from '../vocabulary.ts';

export const MODEL_FORMS = {
  'pc-oc': { by: 'Council of Europe PC-OC', title: 'Model request form for mutual assistance in criminal matters' },
  'unodc-model-law': { by: 'UNODC', title: 'Model Law on Mutual Assistance in Criminal Matters' },
  'unodc-writer': { by: 'UNODC', title: 'Mutual Legal Assistance Request Writer Tool' },
  't-cy': { by: 'Council of Europe T-CY', title: 'templates for preservation (Article 29) and production/disclosure (Article 31)' },
} as const;

export type ModelFormId = keyof typeof MODEL_FORMS;

/** "Council of Europe PC-OC “Model request form …”": how a model form is named wherever it is cited. */
export function modelFormName(id: ModelFormId): string {
  const f = MODEL_FORMS[id];
  return `${f.by} “${f.title}”`;
}

export type FieldKind = 'text' | 'textarea' | 'date' | 'email' | 'tel' | 'checkbox';

export interface DraftField {
  /** Key of the answer in a draft and its saved file: never rename one without a new file version. */
  id: string;
  label: string;
  kind: FieldKind;
  hint?: string;
  /** Missing before export when empty (a warning, never a block: the drafter decides). */
  required?: boolean;
  /** Shown, and required, only when this checkbox field is ticked. */
  when?: string;
  autocomplete?: string;
}

export const SECTION_IDS = [
  'requesting-authority',
  'references',
  'addressee',
  'legal-basis',
  'urgency',
  'facts',
  'offences',
  'link',
  'assistance',
  'procedures',
  'confidentiality',
  'use-limitation',
  'presence',
  'time-limits',
  'language',
  'attachments',
  'signature',
] as const;

export type SectionId = (typeof SECTION_IDS)[number];

/** A statement of the training module on writing a letter of request, with the module source it cites. */
export interface ModuleReference {
  /** Id of a source in content/modules/writing-a-letter-of-request.mdx; the page resolves it from there. */
  source: string;
  text: string;
}

export interface DraftSection {
  id: SectionId;
  title: string;
  follows: ModelFormId[];
  /** What to write, in the portal's words. */
  guidance: string;
  fields: DraftField[];
  /** The step of the training module that covers the section (an anchor of the module page). */
  moduleAnchor?: string;
  references?: ModuleReference[];
  /** What the letter says when the section is left empty (otherwise its required fields show as to be completed). */
  empty?: string;
}

/** The training module the assistant links to, and the anchors of its steps (part of the anchor contract). */
export const LETTER_MODULE = 'writing-a-letter-of-request';

const GENERAL: ModelFormId[] = ['pc-oc', 'unodc-model-law', 'unodc-writer'];
const FORMS: ModelFormId[] = ['pc-oc', 'unodc-writer'];

export const SECTIONS: readonly DraftSection[] = [
  {
    id: 'requesting-authority',
    title: 'Requesting authority and contact',
    follows: GENERAL,
    guidance: 'Name the court, prosecutor or other authority that makes the request, and a person the requested State can reach quickly, with the languages that person can correspond in.',
    moduleAnchor: 'step-1-check-that-you-are-entitled-to-ask',
    fields: [
      { id: 'authority', label: 'Requesting authority', kind: 'text', required: true, autocomplete: 'organization' },
      { id: 'authorityAddress', label: 'Address of the authority', kind: 'textarea' },
      { id: 'contactName', label: 'Contact person', kind: 'text', required: true, autocomplete: 'name' },
      { id: 'contactRole', label: 'Function of the contact person', kind: 'text', autocomplete: 'organization-title' },
      { id: 'contactEmail', label: 'Email', kind: 'email', required: true, autocomplete: 'email' },
      { id: 'contactPhone', label: 'Telephone', kind: 'tel', autocomplete: 'tel' },
      { id: 'contactLanguages', label: 'Languages the contact person can correspond in', kind: 'text' },
    ],
  },
  {
    id: 'references',
    title: 'References',
    follows: FORMS,
    guidance: 'Give your file reference, the requested State’s reference if it has one, and any earlier or related request (including a preservation request already sent).',
    fields: [
      { id: 'ourReference', label: 'Our reference', kind: 'text', required: true },
      { id: 'theirReference', label: 'Your reference (if known)', kind: 'text' },
      { id: 'relatedRequests', label: 'Earlier or related requests, with their references', kind: 'textarea' },
      { id: 'requestDate', label: 'Date of the request', kind: 'date' },
    ],
  },
  {
    id: 'addressee',
    title: 'Addressee',
    follows: FORMS,
    guidance: 'Address the request to the authority the requested State’s entry names; it is filled in from the entry, and you can change it.',
    moduleAnchor: 'step-3-find-the-central-authority-and-the-channel',
    references: [
      { source: 'verdragenbank', text: 'Under UNTOC Art. 18(13) each Party designates a central authority, and the designations are published with the treaty status records.' },
      { source: 'inview-182-art4', text: 'Between Parties to the Second Additional Protocol to the 1959 Convention, requests go in writing from Ministry of Justice to Ministry of Justice, or directly between judicial authorities.' },
    ],
    fields: [{ id: 'addressee', label: 'Addressee (authority and postal address)', kind: 'textarea', required: true }],
  },
  {
    id: 'legal-basis',
    title: 'Legal basis',
    follows: GENERAL,
    guidance: 'Name the convention or treaty the request rests on. Bases confirmed for both States come first; possible ones are marked for checking with the depositary before you rely on them. Where no treaty applies, say on what the request rests (for example an undertaking of reciprocity).',
    moduleAnchor: 'step-2-name-a-legal-basis-the-requested-state-accepts',
    references: [{ source: 'inview-art27', text: 'The Budapest Convention’s own request procedure applies only where the two Parties have no mutual assistance treaty or equivalent arrangement between them.' }],
    fields: [{ id: 'otherBasis', label: 'Other basis, or an undertaking of reciprocity', kind: 'textarea' }],
  },
  {
    id: 'urgency',
    empty: 'This request is not urgent.',
    title: 'Urgency',
    follows: FORMS,
    guidance: 'Say whether the request is urgent and why, and by when it must be executed.',
    moduleAnchor: 'step-7-urgency',
    references: [{ source: 'vilp-art25', text: 'Under the Budapest Convention urgent requests may go by fax or e-mail if secure and authenticated, and the requested Party must accept and respond by such means.' }],
    fields: [
      { id: 'urgent', label: 'This request is urgent', kind: 'checkbox' },
      { id: 'urgencyReasons', label: 'Why it is urgent', kind: 'textarea', when: 'urgent', required: true },
      { id: 'urgentBy', label: 'To be executed by', kind: 'date', when: 'urgent' },
    ],
  },
  {
    id: 'facts',
    title: 'Summary of the facts',
    follows: GENERAL,
    guidance: 'Describe the proceedings (their nature, stage and the authority conducting them), then the facts in enough detail to show how each measure relates to the case, and the persons concerned.',
    moduleAnchor: 'step-5-contents-that-get-a-request-executed',
    fields: [
      { id: 'proceedings', label: 'Nature and stage of the proceedings, and the authority conducting them', kind: 'textarea', required: true },
      { id: 'facts', label: 'Summary of the facts', kind: 'textarea', required: true },
      { id: 'persons', label: 'Persons concerned (name, date of birth, nationality, address, role in the case)', kind: 'textarea' },
    ],
  },
  {
    id: 'offences',
    title: 'Offences, legal provisions and penalties',
    follows: GENERAL,
    guidance: 'Name each offence with the provision that defines it and the maximum penalty; quote the provisions or attach them.',
    moduleAnchor: 'step-5-contents-that-get-a-request-executed',
    fields: [
      { id: 'offences', label: 'Offences and the provisions that define them', kind: 'textarea', required: true },
      { id: 'penalties', label: 'Maximum penalties', kind: 'textarea', required: true },
      { id: 'provisionsText', label: 'Text of the provisions (or say that it is attached)', kind: 'textarea' },
    ],
  },
  {
    id: 'link',
    title: 'Link between the facts and the assistance sought',
    follows: GENERAL,
    guidance: 'Explain why the evidence sought is relevant to the offences and where there are grounds to believe it is held in the requested State.',
    moduleAnchor: 'step-5-contents-that-get-a-request-executed',
    fields: [{ id: 'link', label: 'Why this assistance, from this State, for this case', kind: 'textarea', required: true }],
  },
  {
    id: 'assistance',
    title: 'Assistance requested',
    follows: GENERAL,
    guidance: 'Say exactly what you want done, measure by measure. The fields below follow the measure you chose.',
    moduleAnchor: 'step-5-contents-that-get-a-request-executed',
    fields: [{ id: 'assistanceOther', label: 'Anything else requested', kind: 'textarea' }],
  },
  {
    id: 'procedures',
    empty: 'No particular procedure is requested.',
    title: 'Procedures to follow',
    follows: GENERAL,
    guidance: 'Ask for any formality the evidence needs to be admissible in your proceedings (for example certified copies, or evidence on oath), and say why.',
    moduleAnchor: 'step-5-contents-that-get-a-request-executed',
    references: [{ source: 'worldlii-030', text: 'Under the 1959 Convention the requested Party executes the request according to its own law and takes evidence on oath when expressly asked, unless its law forbids it.' }],
    fields: [
      { id: 'procedures', label: 'Procedures or formalities to follow', kind: 'textarea' },
      { id: 'procedureReasons', label: 'Why they are needed', kind: 'textarea' },
    ],
  },
  {
    id: 'confidentiality',
    empty: 'No particular confidentiality is requested.',
    title: 'Confidentiality',
    follows: GENERAL,
    guidance: 'If disclosure of the request would harm the investigation, ask for confidentiality and give the reasons.',
    moduleAnchor: 'step-8-confidentiality-and-speciality',
    references: [{ source: 'ankara-art28-29', text: 'Under the Budapest Convention the requested Party may in turn make its help conditional on confidentiality.' }],
    fields: [
      { id: 'confidential', label: 'Ask that the request and its contents be kept confidential', kind: 'checkbox' },
      { id: 'confidentialityReasons', label: 'Reasons for confidentiality', kind: 'textarea', when: 'confidential', required: true },
    ],
  },
  {
    id: 'use-limitation',
    title: 'Use of the evidence',
    follows: GENERAL,
    guidance: 'Name every proceeding in which you may need the evidence, related cases included; other uses may need the requested State’s consent.',
    moduleAnchor: 'step-8-confidentiality-and-speciality',
    references: [
      {
        source: 'ankara-art28-29',
        text: 'The Budapest Convention lets the requested Party limit use to the investigation named in the request; a requesting Party that cannot comply must say so promptly and is bound once it accepts.',
      },
    ],
    fields: [{ id: 'use', label: 'Proceedings in which the evidence will be used', kind: 'textarea', required: true }],
  },
  {
    id: 'presence',
    empty: 'No one is asked to be present at the execution.',
    title: 'Persons to be present',
    follows: FORMS,
    guidance: 'If officials of your State or parties to the proceedings should attend the execution, name them and say why.',
    fields: [
      { id: 'presence', label: 'Ask that persons be present at the execution', kind: 'checkbox' },
      { id: 'presencePersons', label: 'Who, in what capacity, and why', kind: 'textarea', when: 'presence', required: true },
    ],
  },
  {
    id: 'time-limits',
    empty: 'No particular time limit.',
    title: 'Time limits',
    follows: GENERAL,
    guidance: 'Give any date by which the evidence is needed (a hearing, a custody limit, a retention period) and why.',
    moduleAnchor: 'step-5-contents-that-get-a-request-executed',
    fields: [
      { id: 'deadline', label: 'Needed by', kind: 'date' },
      { id: 'deadlineReason', label: 'Reason for the date', kind: 'textarea' },
    ],
  },
  {
    id: 'language',
    title: 'Language and translation',
    follows: FORMS,
    guidance: 'Say in which language the request is written and which translations are attached. The languages the requested State accepts are listed below, from its entry.',
    moduleAnchor: 'step-4-language-translation-and-certificates',
    fields: [
      { id: 'requestLanguage', label: 'Language of this request', kind: 'text', required: true },
      { id: 'translation', label: 'A translation is attached', kind: 'checkbox' },
      { id: 'translationLanguage', label: 'Language of the translation', kind: 'text', when: 'translation', required: true },
      { id: 'translationCertificate', label: 'The translator certifies that the translation is complete and accurate', kind: 'checkbox', when: 'translation' },
    ],
  },
  {
    id: 'attachments',
    empty: 'None.',
    title: 'Attachments',
    follows: FORMS,
    guidance: 'List every document attached (orders, provisions, photographs, translations), one per line.',
    moduleAnchor: 'step-6-form-originals-and-legalisation',
    fields: [{ id: 'attachments', label: 'Attachments, one per line', kind: 'textarea' }],
  },
  {
    id: 'signature',
    title: 'Signature',
    follows: FORMS,
    guidance: 'The person who signs on behalf of the requesting authority, with the place and date.',
    fields: [
      { id: 'signatoryName', label: 'Name of the signatory', kind: 'text', required: true },
      { id: 'signatoryTitle', label: 'Function of the signatory', kind: 'text' },
      { id: 'signaturePlace', label: 'Place', kind: 'text' },
      { id: 'signatureDate', label: 'Date', kind: 'date' },
    ],
  },
];

const provider = (what: string): DraftField => ({ id: 'provider', label: `Service provider holding the ${what}, and its address`, kind: 'textarea', required: true });
const identifiers: DraftField = {
  id: 'identifiers',
  label: 'Identifiers (IP address with port and exact time, e-mail address, account name, telephone number), one per line',
  kind: 'textarea',
  required: true,
};
const dateRange: DraftField = { id: 'dateRange', label: 'Date and time range (from, to)', kind: 'text', required: true };
const timeZone: DraftField = { id: 'timeZone', label: 'Time zone of every date and time given (for example UTC)', kind: 'text', required: true };

/** The fields of "Assistance requested" for each measure, and the model forms that section then also follows. */
export const MEASURE_FIELDS: Record<MeasureId, { follows: ModelFormId[]; fields: DraftField[] }> = {
  'subscriber-information': {
    follows: ['t-cy'],
    fields: [provider('subscriber information'), identifiers, dateRange, timeZone, { id: 'dataSought', label: 'Subscriber information sought (name, address, registration and payment details…)', kind: 'textarea' }],
  },
  'traffic-data': {
    follows: ['t-cy'],
    fields: [provider('traffic data'), identifiers, dateRange, timeZone, { id: 'dataSought', label: 'Categories of traffic data sought', kind: 'textarea', required: true }],
  },
  'stored-content': {
    follows: ['t-cy'],
    fields: [
      provider('stored content'),
      { ...identifiers, label: 'Accounts or identifiers whose content is sought, one per line' },
      dateRange,
      timeZone,
      { id: 'dataSought', label: 'Content sought (messages, files, photographs…)', kind: 'textarea', required: true },
      { id: 'preservationReference', label: 'Reference of the preservation request already made, if any', kind: 'text' },
    ],
  },
  'expedited-preservation': {
    follows: ['t-cy'],
    fields: [
      provider('data'),
      identifiers,
      { id: 'dataSought', label: 'Data to be preserved', kind: 'textarea', required: true },
      dateRange,
      timeZone,
      { id: 'followUp', label: 'A request for the production of the data will follow', kind: 'checkbox' },
    ],
  },
  'bank-records': {
    follows: [],
    fields: [
      { id: 'bank', label: 'Bank or financial institution, and branch', kind: 'textarea', required: true },
      { id: 'accounts', label: 'Account numbers and account holders, one per line', kind: 'textarea', required: true },
      { id: 'period', label: 'Period covered (from, to)', kind: 'text', required: true },
      { id: 'records', label: 'Records sought (statements, account opening documents, signatories…)', kind: 'textarea' },
    ],
  },
  'witness-testimony': {
    follows: [],
    fields: [
      { id: 'witness', label: 'Name and address of the person to be heard', kind: 'textarea', required: true },
      { id: 'capacity', label: 'Capacity in which the person is to be heard (witness, suspect, expert)', kind: 'text', required: true },
      { id: 'questions', label: 'Questions to be asked', kind: 'textarea', required: true },
      { id: 'oath', label: 'Evidence to be taken on oath', kind: 'checkbox' },
      { id: 'record', label: 'Form of the record (verbatim, video link…)', kind: 'text' },
    ],
  },
  'search-and-seizure': {
    follows: [],
    fields: [
      { id: 'premises', label: 'Premises or places to be searched', kind: 'textarea', required: true },
      { id: 'items', label: 'Items to be seized', kind: 'textarea', required: true },
      { id: 'grounds', label: 'Grounds to believe the items are there', kind: 'textarea', required: true },
      { id: 'order', label: 'Domestic order authorising the measure (reference; attach a copy)', kind: 'text' },
    ],
  },
  'service-of-documents': {
    follows: [],
    fields: [
      { id: 'recipient', label: 'Person to be served', kind: 'text', required: true },
      { id: 'recipientAddress', label: 'Address of the person to be served', kind: 'textarea', required: true },
      { id: 'documents', label: 'Documents to be served', kind: 'textarea', required: true },
      { id: 'proof', label: 'Proof of service required (form, signature)', kind: 'text' },
    ],
  },
  'freezing-confiscation': {
    follows: [],
    fields: [
      { id: 'assets', label: 'Assets to be frozen or confiscated', kind: 'textarea', required: true },
      { id: 'location', label: 'Where the assets are held', kind: 'textarea' },
      { id: 'order', label: 'Order to be enforced, or the grounds for freezing', kind: 'textarea', required: true },
      { id: 'value', label: 'Value to be secured', kind: 'text' },
    ],
  },
};

/** Key of a measure field in a draft's answers: the measure, then the field ("bank-records.accounts"). */
export const measureFieldKey = (measure: MeasureId, field: string) => `${measure}.${field}`;

/** The sections for one measure: "Assistance requested" gets the measure's fields first, and its model forms. */
export function draftSections(measure: MeasureId): DraftSection[] {
  const m = MEASURE_FIELDS[measure];
  return SECTIONS.map((s) =>
    s.id === 'assistance'
      ? {
          ...s,
          follows: [...s.follows, ...m.follows.filter((f) => !s.follows.includes(f))],
          fields: [...m.fields.map((f) => ({ ...f, id: measureFieldKey(measure, f.id), ...(f.when ? { when: measureFieldKey(measure, f.when) } : {}) })), ...s.fields],
        }
      : s,
  );
}

/** Every answer key any draft may carry, with its kind: what the file validator accepts. */
export function allFields(): Map<string, DraftField> {
  const out = new Map<string, DraftField>();
  for (const s of SECTIONS) for (const f of s.fields) out.set(f.id, f);
  for (const [measure, m] of Object.entries(MEASURE_FIELDS) as [MeasureId, (typeof MEASURE_FIELDS)[MeasureId]][]) {
    for (const f of m.fields) out.set(measureFieldKey(measure, f.id), { ...f, id: measureFieldKey(measure, f.id) });
  }
  return out;
}

/** Element ids of the form, shared by the island and the warnings' links. */
export const fieldDomId = (fieldId: string) => `draft-f-${fieldId.replace(/[^a-zA-Z0-9]+/g, '-')}`;
export const sectionDomId = (section: SectionId | 'general') => `draft-s-${section}`;
export const checkDomId = (check: string) => `draft-c-${check}`;
export const basisDomId = (basis: string) => `draft-b-${basis}`;
