/**
 * Data fidelity: every dated fact of the seed (shared/seed/cocir-cooperation.txt) is an event of
 * the embedded data at its exact date and precision, and every undated relationship is kept.
 */
import { expect } from '@open-wc/testing';
import { asOf, categories, cocirTimeline, events } from '../../data/events.js';
import { formatEventDate } from '../../src/model/event-date.js';
import { normalizeData } from '../../src/model/validate.js';
import type { NormalizedEvent, Precision, TimelineEvent } from '../../src/model/types.js';

function raw(id: string): TimelineEvent {
  const e = events.find((x) => x.id === id);
  if (!e) throw new Error(`data/events.ts has no event "${id}"`);
  return e;
}

interface Fact {
  fact: string;
  id: string;
  start: string | undefined;
  end: string | undefined;
  precision: Precision | undefined;
  reads: string;
  organisations: string[];
}

const DATED: Fact[] = [
  {
    fact: 'DITTA incorporated in the US in 2012, COCIR a founder with MITA and JIRA',
    id: 'ditta-founded',
    start: '2012',
    end: undefined,
    precision: 'year',
    reads: '2012',
    organisations: ['DITTA', 'MITA', 'JIRA'],
  },
  {
    fact: 'MITA acting DITTA chair for 2017–2019',
    id: 'ditta-mita-chair',
    start: '2017',
    end: '2019',
    precision: 'year',
    reads: '2017–2019',
    organisations: ['DITTA', 'MITA'],
  },
  {
    fact: 'GHTF member during several years and until December 2012',
    id: 'ghtf-membership',
    start: undefined,
    end: '2012-12',
    precision: undefined,
    reads: 'until December 2012',
    organisations: ['GHTF'],
  },
  {
    fact: 'GHTF replaced by IMDRF as of 1 January 2013',
    id: 'imdrf-replaces-ghtf',
    start: '2013-01-01',
    end: undefined,
    precision: 'day',
    reads: '1 January 2013',
    organisations: ['IMDRF', 'GHTF'],
  },
  {
    fact: 'type A liaison with IEC TC 62 since 2008',
    id: 'iec-tc62-liaison',
    start: '2008',
    end: 'ongoing',
    precision: 'year',
    reads: 'since 2008',
    organisations: ['IEC TC 62'],
  },
  {
    fact: 'member of the CENELEC BT since 2005',
    id: 'cenelec-bt',
    start: '2005',
    end: 'ongoing',
    precision: 'year',
    reads: 'since 2005',
    organisations: ['CENELEC'],
  },
  {
    fact: 'became member of BIAC in 2010',
    id: 'biac-membership',
    start: '2010',
    end: 'ongoing',
    precision: 'year',
    reads: 'since 2010',
    organisations: ['BIAC', 'OECD'],
  },
  {
    fact: 'Secretary General chairs the BIAC Task Force on Health Policy since May 2010',
    id: 'biac-health-chair',
    start: '2010-05',
    end: 'ongoing',
    precision: 'month',
    reads: 'since May 2010',
    organisations: ['BIAC'],
  },
  {
    fact: 'IFIC annual event in Utrecht on 23–25 May 2018',
    id: 'ific-utrecht-2018',
    start: '2018-05-23',
    end: '2018-05-25',
    precision: 'day',
    reads: '23–25 May 2018',
    organisations: ['IFIC'],
  },
  {
    fact: 'IHE brought to Europe since 2000',
    id: 'ihe-in-europe',
    start: '2000',
    end: 'ongoing',
    precision: 'year',
    reads: 'since 2000',
    organisations: ['IHE'],
  },
  {
    fact: 'IHE Europe a separate non-profit organisation since April 2008',
    id: 'ihe-europe-incorporated',
    start: '2008-04',
    end: undefined,
    precision: 'month',
    reads: 'April 2008',
    organisations: ['IHE Europe'],
  },
  {
    fact: 'cooperation with HIMSS since 2007',
    id: 'himss-cooperation',
    start: '2007',
    end: 'ongoing',
    precision: 'year',
    reads: 'since 2007',
    organisations: ['HIMSS'],
  },
  {
    fact: 'member of the EUnetHTA Stakeholder Forum since 2010, with EFPIA, MedTech Europe, EuropaBio and EGA',
    id: 'eunethta-forum',
    start: '2010',
    end: 'ongoing',
    precision: 'year',
    reads: 'since 2010',
    organisations: ['EUnetHTA', 'EFPIA', 'MedTech Europe', 'EuropaBio', 'EGA'],
  },
  {
    fact: 'Healthcare Coalition on Data Protection built in January 2013',
    id: 'data-protection-coalition',
    start: '2013-01',
    end: undefined,
    precision: 'month',
    reads: 'January 2013',
    organisations: ['HOPE', 'FEAM', 'EFPIA', 'GSMA', 'Personal Connected Care Alliance'],
  },
];

const UNDATED: { relationship: string; id: string; category: string; organisations: string[] }[] = [
  {
    relationship: 'DITTA’s later members',
    id: 'ditta-members',
    category: 'alliances',
    organisations: ['ITAC', 'MEDEC', 'Thaimed', 'CAMDI', 'Abimed', 'IMEDA', 'KMDICA'],
  },
  {
    relationship: 'the forum of European medical technology trade associations',
    id: 'european-medtech-forum',
    category: 'european-forum',
    organisations: ['MedTech Europe', 'EUROM VI', 'EHIMA', 'FIDE', 'Euromcontact'],
  },
  { relationship: 'AI4People', id: 'ai4people', category: 'ai', organisations: ['AI4People'] },
  {
    relationship: 'permanent contact with user organisations',
    id: 'user-organisations',
    category: 'user-organisations',
    organisations: ['HOPE', 'ESR', 'ESTRO', 'EFOMP', 'ESC', 'CPME', 'UEMS', 'EUPH'],
  },
  {
    relationship: 'IMDRF work teams (RPS, UDI) via DITTA',
    id: 'imdrf-work-teams',
    category: 'regulatory',
    organisations: ['DITTA', 'IMDRF'],
  },
  { relationship: 'WHO, recently via DITTA', id: 'who-cooperation', category: 'who', organisations: ['WHO', 'DITTA'] },
  {
    relationship: 'the IFIC partnership',
    id: 'ific-partnership',
    category: 'integrated-care',
    organisations: ['IFIC'],
  },
  {
    relationship: 'the Personal Connected Care Alliance',
    id: 'pcha-cooperation',
    category: 'interoperability',
    organisations: ['Personal Connected Care Alliance'],
  },
  {
    relationship: 'organisations of European regions (Euregha, AER)',
    id: 'regional-organisations',
    category: 'regional',
    organisations: ['EUREGHA', 'AER'],
  },
];

describe('data/events.ts', () => {
  const data = normalizeData(cocirTimeline);
  const normalized = (id: string): NormalizedEvent => {
    const e = data.events.find((x) => x.id === id);
    if (!e) throw new Error(`normalized data has no event "${id}"`);
    return e;
  };

  describe('validity', () => {
    it('should normalize without issues', () => {
      expect(data.issues).to.deep.equal([]);
      expect(data.events).to.have.length(events.length);
    });

    it('should be as of May 2018 (the source speaks of 23–25 May 2018 as coming)', () => {
      expect(asOf).to.equal('2018-05');
      expect(cocirTimeline.asOf).to.equal(asOf);
      expect(data.asOf?.precision).to.equal('month');
      expect(data.asOfMs).to.equal(Date.UTC(2018, 5, 1));
    });

    it('should hold at least 14 dated events', () => {
      expect(data.events.filter((e) => e.kind !== 'undated').length).to.be.at.least(14);
    });

    it('should give every event a unique id', () => {
      const ids = events.map((e) => e.id);
      expect(new Set(ids).size).to.equal(ids.length);
    });

    it('should only reference categories it defines, and define each one once', () => {
      const ids = categories.map((c) => c.id);
      expect(new Set(ids).size).to.equal(ids.length);
      for (const e of events) expect(ids, `category of ${e.id}`).to.include(e.category);
      expect(data.categories.map((c) => c.id)).to.deep.equal(ids);
    });

    it('should use every category it defines', () => {
      const used = new Set(events.map((e) => e.category));
      for (const c of categories) expect(used.has(c.id), `category ${c.id} has no event`).to.equal(true);
    });

    it('should label and colour every category, distinctly among the lanes on the axis', () => {
      for (const c of categories) {
        expect(c.label.trim()).to.not.equal('');
        expect(c.color).to.match(/^#[0-9A-F]{6}$/i);
      }
      const dated = new Set(data.events.filter((e) => e.kind !== 'undated').map((e) => e.category));
      const colours = data.categories.filter((c) => dated.has(c.id)).map((c) => c.color.toLowerCase());
      expect(new Set(colours).size).to.equal(colours.length);
    });

    it('should give every event a title, a description and its source section', () => {
      for (const e of events) {
        expect(e.title.trim(), e.id).to.not.equal('');
        expect(e.description?.trim(), e.id).to.be.a('string').and.not.equal('');
        expect(e.source?.trim(), e.id).to.be.a('string').and.not.equal('');
      }
    });
  });

  describe('dated facts of the seed', () => {
    for (const f of DATED) {
      it(`should hold "${f.fact}" as ${f.id}, reading "${f.reads}"`, () => {
        const e = raw(f.id);
        expect(e.start, 'start').to.equal(f.start);
        expect(e.end, 'end').to.equal(f.end);
        const n = normalized(f.id);
        expect(n.kind).to.not.equal('undated');
        expect(n.start?.precision).to.equal(f.precision);
        expect(formatEventDate(n, 'en-GB')).to.equal(f.reads);
        expect(n.organisations).to.include.members(f.organisations);
      });
    }

    it('should draw the unknown start of the GHTF membership as open, ending with 2012', () => {
      const n = normalized('ghtf-membership');
      expect([n.openStart, n.openEnd]).to.deep.equal([true, false]);
      expect(n.endMs).to.equal(Date.UTC(2013, 0, 1));
    });

    it('should start IMDRF exactly when GHTF ends', () => {
      expect(normalized('imdrf-replaces-ghtf').startMs).to.equal(normalized('ghtf-membership').endMs);
    });

    it('should run the ongoing cooperations to asOf with an open end', () => {
      for (const id of ['iec-tc62-liaison', 'cenelec-bt', 'biac-health-chair', 'ihe-in-europe', 'himss-cooperation']) {
        const n = normalized(id);
        expect(n.openEnd, id).to.equal(true);
        expect(n.endMs, id).to.equal(Date.UTC(2018, 5, 1));
      }
    });

    it('should place the IFIC event in Utrecht', () => {
      expect(raw('ific-utrecht-2018').location).to.contain('Utrecht');
    });

    it('should hold no dated event beyond the facts of the seed', () => {
      const dated = data.events.filter((e) => e.kind !== 'undated').map((e) => e.id);
      expect(dated).to.have.members(DATED.map((f) => f.id));
    });
  });

  describe('undated relationships of the seed', () => {
    for (const u of UNDATED) {
      it(`should keep ${u.relationship} as the undated event ${u.id}`, () => {
        const e = raw(u.id);
        expect(e.start).to.equal(undefined);
        expect(e.end).to.equal(undefined);
        expect(e.category).to.equal(u.category);
        const n = normalized(u.id);
        expect(n.kind).to.equal('undated');
        expect(formatEventDate(n, 'en-GB')).to.equal('undated');
        expect(n.organisations).to.include.members(u.organisations);
      });
    }
  });
});
