import * as fake from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedPeopleHub } from '../../src/app/saved/people-hub';
import { LANGS, localeTexts, renderPage, textOf } from './render';

// Issue 20, point 7: the counter view and its paper copy say whose sheet it is ("For: 母") when the checklist is a
// saved person's (person=<id>), and say nothing of the kind otherwise. The name comes from the store: here the page's
// own store is opened on a fake IndexedDB before the render, as the browser has it once the page has opened it.

// Markup of every kind the app knows, to be shown as typed: HTML, and the furigana notation of the translations.
const LABEL = '{母|はは} <b>&amp;</b>';
const CHECKLIST = '/checklist?city=ryugasaki&procedure=renewal&applicant=self';
let id = '';
// IndexedDB's globals as a browser has them (idb checks requests and cursors by their classes), for this file only.
const GLOBALS: Record<string, unknown> = {
  indexedDB: new fake.IDBFactory(),
  IDBCursor: fake.IDBCursor,
  IDBCursorWithValue: fake.IDBCursorWithValue,
  IDBDatabase: fake.IDBDatabase,
  IDBIndex: fake.IDBIndex,
  IDBKeyRange: fake.IDBKeyRange,
  IDBObjectStore: fake.IDBObjectStore,
  IDBOpenDBRequest: fake.IDBOpenDBRequest,
  IDBRequest: fake.IDBRequest,
  IDBTransaction: fake.IDBTransaction,
};

beforeAll(async () => {
  Object.assign(globalThis, GLOBALS);
  const saved = await sharedPeopleHub().save({ label: LABEL, city: 'ryugasaki', procedure: 'renewal', applicant: 'self', answers: {}, ticks: [], held: [] });
  if (!saved.ok) throw new Error(`save failed: ${JSON.stringify(saved.error)}`);
  id = saved.value.id;
});

// The hub is the page's one store for every test file of this worker: closed and forgotten, as before.
afterAll(async () => {
  await sharedPeopleHub().dispose();
  for (const name of Object.keys(GLOBALS)) delete (globalThis as Record<string, unknown>)[name];
});

const forLine = (lang: string) => (localeTexts(lang, 'checklist.json').counter.for as string).replace('{{label}}', LABEL);

describe.each(LANGS)('whose sheet (%s)', (lang) => {
  it('names the saved person on the counter view and on the paper copy, as text', async () => {
    for (const path of [`${CHECKLIST}&person=${id}&view=counter&lang=${lang}`, `${CHECKLIST}&person=${id}&lang=${lang}`]) {
      const doc = (await renderPage(path)).document;
      const lines = doc.querySelectorAll('.cv-sheet [data-person-name]');
      expect(lines, path).toHaveLength(1);
      expect(textOf(lines[0]), path).toBe(forLine(lang));
      expect(lines[0]!.querySelector('b, ruby'), 'the name is text, never markup').toBeNull();
      if (!path.includes('view=counter')) expect(lines[0]!.closest('.cv--print')).not.toBeNull();
    }
  });

  it('names nobody without a saved person, for an unknown one, or for another checklist than the saved one', async () => {
    const other = '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self';
    const unknown = '00000000-0000-4000-8000-000000000000';
    for (const path of [CHECKLIST, `${CHECKLIST}&person=${unknown}`, `${other}&person=${id}`]) {
      for (const view of ['', '&view=counter']) {
        const doc = (await renderPage(`${path}${view}&lang=${lang}`)).document;
        expect(doc.querySelector('[data-person-name], .cv-for'), path + view).toBeNull();
        // The counter sheets (the saved person's bar above the list may name them: it says the list is not theirs).
        const sheets = [...doc.querySelectorAll('.cv')];
        expect(sheets.length, path + view).toBeGreaterThan(0);
        for (const sheet of sheets) expect(textOf(sheet), path + view).not.toContain('母');
      }
    }
  });
});
