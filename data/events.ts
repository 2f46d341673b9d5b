/**
 * COCIR's international cooperation, the component's embedded default data.
 *
 * Source: the COCIR page on international cooperation (shared/seed/cocir-cooperation.txt). Every
 * dated fact there is an event below at its true precision; every undated relationship is kept
 * as an event without dates. Titles and descriptions are ours; `source` names the section.
 */
import type { TimelineCategory, TimelineDocument, TimelineEvent } from '../src/model/types.js';

/**
 * The source speaks of IFIC's 23–25 May 2018 conference in the future tense and of MITA's
 * 2017–2019 DITTA chair as current: it was written in the first months of 2018. `ongoing` runs
 * to this date.
 */
export const asOf = '2018-05';

/** One category per kind of cooperation, following the source's section headings. */
export const categories: TimelineCategory[] = [
  { id: 'alliances', label: 'International alliances', color: '#0072B2' },
  { id: 'regulatory', label: 'Regulation', color: '#D55E00' },
  { id: 'standardisation', label: 'Standardisation', color: '#009E73' },
  { id: 'oecd', label: 'OECD', color: '#AA459A' },
  { id: 'who', label: 'WHO', color: '#4477AA' },
  { id: 'integrated-care', label: 'Integrated care', color: '#919130' },
  { id: 'interoperability', label: 'Interoperability (IHE)', color: '#CC6677' },
  { id: 'ehealth', label: 'eHealth (HIMSS)', color: '#6F6F6F' },
  { id: 'regional', label: 'Regional cooperation', color: '#1D7E3D' },
  { id: 'hta', label: 'Health technology assessment', color: '#4477AA' },
  { id: 'data-protection', label: 'Data protection', color: '#1D7E3D' },
  { id: 'ai', label: 'Artificial intelligence', color: '#C2739F' },
  { id: 'user-organisations', label: 'User organisations', color: '#AA459A' },
  { id: 'european-forum', label: 'European forum', color: '#919130' },
];

const INTERNATIONAL = 'International level';
const EUROPEAN = 'European level';
const REGULATION = 'Regulatory framework at international level';
const STANDARDS = 'International and European standardisation';
const OECD = 'Cooperation with OECD';
const INTEGRATED = 'Integrated Care';

export const events: TimelineEvent[] = [
  // ── Dated ─────────────────────────────────────────────────────────────────────────────
  {
    id: 'ditta-founded',
    title: 'DITTA founded',
    category: 'alliances',
    start: '2012',
    description:
      'COCIR is one of the three founders of DITTA, incorporated in the United States, which speaks worldwide for the makers of medical imaging, radiotherapy, health IT, electromedical and radiopharmaceutical technology. MITA (United States) and JIRA (Japan) founded it with COCIR.',
    organisations: ['DITTA', 'MITA', 'JIRA'],
    location: 'United States',
    source: INTERNATIONAL,
  },
  {
    id: 'ditta-mita-chair',
    title: 'MITA chairs DITTA',
    category: 'alliances',
    start: '2017',
    end: '2019',
    description: 'The US association MITA holds the acting chair of DITTA for the 2017–2019 term.',
    organisations: ['DITTA', 'MITA'],
    source: INTERNATIONAL,
  },
  {
    id: 'ghtf-membership',
    title: 'GHTF membership',
    category: 'regulatory',
    end: '2012-12',
    description:
      'For several years, until December 2012, COCIR is an active member of the Global Harmonization Task Force.',
    organisations: ['GHTF'],
    source: REGULATION,
  },
  {
    id: 'imdrf-replaces-ghtf',
    title: 'IMDRF replaces GHTF',
    category: 'regulatory',
    start: '2013-01-01',
    description:
      'The International Medical Device Regulators Forum takes over from the Global Harmonization Task Force.',
    organisations: ['IMDRF', 'GHTF'],
    source: REGULATION,
  },
  {
    id: 'iec-tc62-liaison',
    title: 'IEC TC 62 type A liaison',
    category: 'standardisation',
    start: '2008',
    end: 'ongoing',
    description:
      'COCIR holds a type A liaison with IEC technical committee 62, taking part in international standards work.',
    organisations: ['IEC TC 62'],
    source: STANDARDS,
  },
  {
    id: 'cenelec-bt',
    title: 'CENELEC BT member',
    category: 'standardisation',
    start: '2005',
    end: 'ongoing',
    description: 'At European level, COCIR is a member of the CENELEC BT.',
    organisations: ['CENELEC'],
    source: STANDARDS,
  },
  {
    id: 'biac-membership',
    title: 'BIAC member',
    category: 'oecd',
    start: '2010',
    end: 'ongoing',
    description:
      'COCIR joins BIAC, the Business and Industry Advisory Committee to the OECD; its members contribute to BIAC’s work for the OECD Health Committee.',
    organisations: ['BIAC', 'OECD'],
    source: OECD,
  },
  {
    id: 'biac-health-chair',
    title: 'Chair of BIAC health task force',
    category: 'oecd',
    start: '2010-05',
    end: 'ongoing',
    description: 'COCIR’s Secretary General chairs the BIAC Task Force on Health Policy.',
    organisations: ['BIAC', 'OECD'],
    source: OECD,
  },
  {
    id: 'ific-utrecht-2018',
    title: 'IFIC conference, Utrecht',
    category: 'integrated-care',
    start: '2018-05-23',
    end: '2018-05-25',
    description:
      'For the International Foundation for Integrated Care’s annual conference, COCIR planned to give the industry’s view in the tracks on value-based integrated care, population health management and funding models.',
    organisations: ['IFIC'],
    location: 'Utrecht, Netherlands',
    source: INTEGRATED,
  },
  {
    id: 'ihe-in-europe',
    title: 'IHE brought to Europe',
    category: 'interoperability',
    start: '2000',
    end: 'ongoing',
    description: 'COCIR introduces Integrating the Healthcare Enterprise (IHE) to Europe and has promoted it since.',
    organisations: ['IHE'],
    source: INTEGRATED,
  },
  {
    id: 'ihe-europe-incorporated',
    title: 'IHE Europe incorporated',
    category: 'interoperability',
    start: '2008-04',
    description: 'IHE Europe becomes a separate non-profit organisation, which COCIR continues to sponsor.',
    organisations: ['IHE Europe'],
    source: INTEGRATED,
  },
  {
    id: 'himss-cooperation',
    title: 'HIMSS cooperation',
    category: 'ehealth',
    start: '2007',
    end: 'ongoing',
    description: 'COCIR works closely on eHealth with the Healthcare Information and Management Systems Society.',
    organisations: ['HIMSS'],
    source: 'Cooperation with HIMSS',
  },
  {
    id: 'eunethta-forum',
    title: 'EUnetHTA Stakeholder Forum',
    category: 'hta',
    start: '2010',
    end: 'ongoing',
    description:
      'COCIR is a member of the Stakeholder Forum of EUnetHTA, the European network for health technology assessment, and cooperates with other European industry associations: EFPIA, MedTech Europe, EuropaBio and EGA.',
    organisations: ['EUnetHTA', 'EFPIA', 'MedTech Europe', 'EuropaBio', 'EGA'],
    source: 'Cooperation on Health Technology Assessment (HTA)',
  },
  {
    id: 'data-protection-coalition',
    title: 'Healthcare Coalition on Data Protection',
    category: 'data-protection',
    start: '2013-01',
    description:
      'COCIR helps build the first coalition of its kind in health: physicians, dentists, care providers, researchers, and healthcare-technology and mobile-health providers working together on data protection.',
    organisations: ['COCIR', 'HOPE', 'FEAM', 'EFPIA', 'GSMA', 'Personal Connected Care Alliance'],
    source: 'Cooperation on Data Protection',
  },

  // ── Undated relationships ─────────────────────────────────────────────────────────────
  {
    id: 'ditta-members',
    title: 'DITTA grows beyond its founders',
    category: 'alliances',
    description:
      'Since its incorporation DITTA has been joined by ITAC and MEDEC (Canada), Thaimed (Thailand), CAMDI (China), Abimed (Brazil), IMEDA (Russia) and KMDICA (Korea).',
    organisations: ['ITAC', 'MEDEC', 'Thaimed', 'CAMDI', 'Abimed', 'IMEDA', 'KMDICA'],
    source: INTERNATIONAL,
  },
  {
    id: 'european-medtech-forum',
    title: 'Forum of European medical technology associations',
    category: 'european-forum',
    description: 'COCIR takes part in a forum of European medical technology trade associations.',
    organisations: ['MedTech Europe', 'EUROM VI', 'EHIMA', 'FIDE', 'Euromcontact'],
    source: EUROPEAN,
  },
  {
    id: 'ai4people',
    title: 'AI4People',
    category: 'ai',
    description:
      'A forum for all who want a say in how new AI applications affect us, from the European Commission and Parliament to civil society, industry and the media.',
    organisations: ['AI4People'],
    source: 'Artificial Intelligence',
  },
  {
    id: 'user-organisations',
    title: 'Standing contact with user organisations',
    category: 'user-organisations',
    description:
      'COCIR keeps permanent contact with European organisations of hospitals, radiologists, radiotherapists, medical physicists, cardiologists, doctors, medical specialists and private hospitals.',
    organisations: ['HOPE', 'ESR', 'ESTRO', 'EFOMP', 'ESC', 'CPME', 'UEMS', 'EUPH'],
    source: 'Cooperation with other scientific community and healthcare providers',
  },
  {
    id: 'imdrf-work-teams',
    title: 'IMDRF work teams through DITTA',
    category: 'regulatory',
    description:
      'Through DITTA the industry takes an active part in IMDRF, especially in the work teams on Regulated Product Submission (RPS) and Unique Device Identification (UDI).',
    organisations: ['DITTA', 'IMDRF'],
    source: REGULATION,
  },
  {
    id: 'who-cooperation',
    title: 'Work with WHO',
    category: 'who',
    description: 'COCIR has worked with the World Health Organization, lately also through DITTA.',
    organisations: ['WHO', 'DITTA'],
    source: 'Cooperation with WHO',
  },
  {
    id: 'ific-partnership',
    title: 'Partnership with IFIC',
    category: 'integrated-care',
    description:
      'With the International Foundation for Integrated Care, COCIR works to advance integrated care in European policy and practice, with a focus on medical imaging and health ICT.',
    organisations: ['IFIC'],
    source: INTEGRATED,
  },
  {
    id: 'pcha-cooperation',
    title: 'Personal Connected Care Alliance',
    category: 'interoperability',
    description: 'COCIR also cooperates with the Personal Connected Care Alliance.',
    organisations: ['Personal Connected Care Alliance'],
    source: INTEGRATED,
  },
  {
    id: 'regional-organisations',
    title: 'European regions',
    category: 'regional',
    description:
      'COCIR works closely with organisations of European regions, such as EUREGHA and the Assembly of European Regions, to strengthen regional and local ties.',
    organisations: ['EUREGHA', 'AER'],
    source: 'Cooperation at Regional Level',
  },
];

/** The embedded default, in the same shape as a `src` document. */
export const cocirTimeline: TimelineDocument = { asOf, categories, events };
