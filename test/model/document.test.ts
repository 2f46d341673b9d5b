import { expect } from '@open-wc/testing';
import { checkDocument, LIMITS, LoadError, parseDocument } from '../../src/model/document.js';
import { normalizeData } from '../../src/model/validate.js';

/** The error `fn` throws (fails the test when it throws none). */
function thrown(fn: () => unknown): LoadError {
  try {
    fn();
  } catch (e) {
    expect(e).to.be.instanceOf(LoadError);
    return e as LoadError;
  }
  throw new Error('expected a LoadError');
}

describe('document', () => {
  describe('parseDocument', () => {
    it('should read a bare list and a document with events', () => {
      expect(parseDocument('[]')).to.deep.equal([]);
      expect(parseDocument('{"asOf":"2018","events":[]}')).to.deep.equal({ asOf: '2018', events: [] });
    });

    it('should allow a byte order mark', () => {
      expect(parseDocument('\uFEFF[{"id":"a"}]')).to.deep.equal([{ id: 'a' }]);
    });

    for (const text of ['', '<!doctype html><p>Not found</p>', '{"events": [}', "{'events': []}", 'NaN', '[1,]']) {
      it(`should refuse ${JSON.stringify(text)} as not JSON`, () => {
        expect(thrown(() => parseDocument(text)).code).to.equal('not-json');
      });
    }

    for (const text of ['null', '"events"', '42', 'true', '{}', '{"items":[]}', '{"events":{}}', '{"events":"[]"}']) {
      it(`should refuse ${text} as the wrong shape`, () => {
        expect(thrown(() => parseDocument(text)).code).to.equal('bad-shape');
      });
    }

    it('should refuse text over the size limit before parsing it', () => {
      const text = `[${' '.repeat(LIMITS.maxBytes)}]`;
      const e = thrown(() => parseDocument(text));
      expect(e.code).to.equal('too-large');
      expect(e.message).to.contain('5 MB');
    });
  });

  describe('checkDocument', () => {
    it('should refuse more than 100,000 events, in a list or in a document', () => {
      const many = new Array(LIMITS.maxEvents + 1).fill({});
      expect(thrown(() => checkDocument(many)).code).to.equal('too-large');
      expect(thrown(() => checkDocument({ events: many })).code).to.equal('too-large');
      expect(() => checkDocument(new Array(LIMITS.maxEvents).fill({}))).not.to.throw();
    });

    it('should not take events from the prototype chain', () => {
      const inherited = Object.create({ events: [] });
      expect(thrown(() => checkDocument(inherited)).code).to.equal('bad-shape');
    });
  });

  describe('prototype pollution', () => {
    const payload = `{
      "__proto__": { "polluted": "document" },
      "constructor": { "prototype": { "polluted": "constructor" } },
      "categories": [{ "id": "c", "label": "C", "__proto__": { "color": "red" } }],
      "events": [
        { "id": "a", "category": "c", "start": "2001", "__proto__": { "title": "inherited", "polluted": "event" } },
        { "id": "__proto__", "title": "Proto", "category": "__proto__", "start": "2002" },
        { "id": "constructor", "title": "Ctor", "category": "constructor", "start": "2003",
          "constructor": { "prototype": { "polluted": "record" } } }
      ]
    }`;

    it('should keep __proto__ and constructor keys as plain data', () => {
      const data = normalizeData(parseDocument(payload));
      expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
      expect(Object.prototype).not.to.have.own.property('polluted');
      expect(data.events.map((e) => [e.id, e.title, e.category])).to.deep.equal([
        ['__proto__', 'Proto', '__proto__'],
        ['constructor', 'Ctor', 'constructor'],
      ]);
      // The first event's title sat under "__proto__": it is not inherited, so the event is invalid.
      expect(data.issues).to.deep.equal([{ index: 0, field: 'title', message: 'title must be a non-empty string' }]);
      expect(data.categories.map((c) => c.id)).to.deep.equal(['c', '__proto__', 'constructor']);
      expect(data.categories[0].color).not.to.equal('red');
      for (const e of data.events) expect(Object.getPrototypeOf(e.record)).to.equal(Object.prototype);
    });
  });

  describe('unreadable records', () => {
    it('should skip a record whose getters throw, and keep the others', () => {
      const trap = new Proxy(
        {},
        {
          get() {
            throw new Error('trap');
          },
          has() {
            throw new Error('trap');
          },
          getOwnPropertyDescriptor() {
            throw new Error('trap');
          },
        },
      );
      const data = normalizeData([trap, { id: 'b', title: 'B', category: 'c', start: '2001' }]);
      expect(data.events.map((e) => e.id)).to.deep.equal(['b']);
      expect(data.issues).to.deep.equal([{ index: 0, field: '', message: 'the event could not be read' }]);
    });
  });
});
