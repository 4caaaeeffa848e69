import { describe, expect, it } from 'vitest';
import type { SavedPerson } from '../../../src/storage';
import {
  checkLabel,
  countdown,
  exportFileName,
  renewalHref,
  savedChecklistHref,
  unavailableKey,
  writeErrorKey,
} from '../../../src/app/saved/saved-model';
import { importErrorKey } from '../../../src/app/saved/import-messages';

const CITY_IDS = ['ryugasaki', 'satte'];

function person(over: Partial<SavedPerson> = {}): SavedPerson {
  return {
    id: '6f1c1b7e-4d0a-4c59-9a53-1f7c2f0c9a11',
    label: '母',
    city: 'satte',
    procedure: 'renewal',
    applicant: 'legal-rep',
    answers: {},
    ticks: [],
    held: [],
    revision: 1,
    createdAt: 1,
    updatedAt: 2,
    ...over,
  };
}

describe('savedChecklistHref', () => {
  it('rebuilds the checklist link with answers, documents held and ticks, and names the person', () => {
    const href = savedChecklistHref(
      person({
        answers: { dependent: 'child', household: 'same', 'other-pin': 'yes', pin: 'auth' },
        held: ['mynumber-card', 'agent-drivers-license', 'health-insurance-card'],
        ticks: ['card', 'inquiry'],
      }),
      undefined,
      CITY_IDS,
    );
    expect(href).toBe(
      '/checklist?city=satte&procedure=renewal&applicant=legal-rep&dependent=child&household=same&pin=auth&other-pin=yes' +
        '&docs=mynumber-card,health-insurance-card&agent-docs=drivers-license&done=card,inquiry&person=6f1c1b7e-4d0a-4c59-9a53-1f7c2f0c9a11',
    );
  });

  it('carries the language when asked and leaves out what the checklist does not know', () => {
    const href = savedChecklistHref(
      person({ answers: { 'utm-source': 'x', honseki: 'maybe', ask: 'pin', lang: 'en' } }),
      'en',
      CITY_IDS,
    );
    expect(href).toBe('/checklist?city=satte&procedure=renewal&applicant=legal-rep&person=6f1c1b7e-4d0a-4c59-9a53-1f7c2f0c9a11&lang=en');
  });

  it('drops a city that no longer exists, so the page asks for one instead of failing', () => {
    expect(savedChecklistHref(person({ city: 'atlantis' }), undefined, CITY_IDS)).toBe(
      '/checklist?procedure=renewal&applicant=legal-rep&person=6f1c1b7e-4d0a-4c59-9a53-1f7c2f0c9a11',
    );
  });

  it('takes the app registry by default', () => {
    expect(savedChecklistHref(person({ city: 'ryugasaki' }))).toMatch(/^\/checklist\?city=ryugasaki&/);
  });
});

describe('renewalHref', () => {
  it('links the renewal page with the expiry', () => {
    expect(renewalHref('2027-03-15')).toBe('/renewal?expiry=2027-03-15');
    expect(renewalHref('2027-03-15', 'en')).toBe('/renewal?expiry=2027-03-15&lang=en');
  });
});

describe('checkLabel', () => {
  const others = [person({ id: 'a8a7c0d2-0a39-4f4f-8a52-6b0b7b2f3c01', label: 'My Card' })];

  it('accepts a fresh label and its own label', () => {
    expect(checkLabel(' 父 ', others)).toBeNull();
    expect(checkLabel('my card', others, others[0]!.id)).toBeNull();
  });

  it('refuses empty, too long, control characters and 12-digit numbers', () => {
    expect(checkLabel('   ', others)).toBe('empty');
    expect(checkLabel('あ'.repeat(61), others)).toBe('too-long');
    expect(checkLabel('あ'.repeat(60), others)).toBeNull();
    expect(checkLabel('😀'.repeat(60), others)).toBeNull();
    expect(checkLabel('a\u0007b', others)).toBe('control');
    expect(checkLabel('1234 5678 9012', others)).toBe('number');
    expect(checkLabel('１２３４-５６７８-９０１２', others)).toBe('number');
  });

  it('uses the store’s one rule: the number in any writing, a PIN, bidi controls', () => {
    expect(checkLabel('母のマイナンバー 1234ー5678ー9012', others)).toBe('number');
    expect(checkLabel('母の暗証番号 1234', others)).toBe('pin');
    expect(checkLabel('Dad \u202efdp.exe', others)).toBe('bidi');
    expect(checkLabel('PIN change', others)).toBeNull();
  });

  it('finds a clash the way the store does (NFKC, case, spaces)', () => {
    expect(checkLabel('ｍｙ ｃａｒｄ', others)).toBe('taken');
    expect(checkLabel('  MY CARD ', others)).toBe('taken');
  });
});

describe('countdown', () => {
  it('counts days until the window opens', () => {
    expect(countdown('2027-06-15', '2027-03-01')).toEqual({ state: 'not-yet', expiry: '2027-06-15', opensOn: '2027-03-16', days: 15 });
  });

  it('counts days until expiry once open, 0 on the expiry day', () => {
    expect(countdown('2027-06-15', '2027-06-05')).toMatchObject({ state: 'open', days: 10 });
    expect(countdown('2027-06-15', '2027-06-15')).toMatchObject({ state: 'open', days: 0 });
  });

  it('counts days since expiry', () => {
    expect(countdown('2027-06-15', '2027-06-18')).toMatchObject({ state: 'expired', days: 3 });
  });

  it('gives null for a date the calendar cannot handle instead of throwing', () => {
    expect(countdown('3000-01-01', '2027-06-18')).toBeNull();
  });
});

describe('exportFileName', () => {
  it('is dated', () => expect(exportFileName('2026-11-24')).toBe('madoguchi-2026-11-24.json'));
});

describe('error keys', () => {
  it('maps every unavailable reason to a sentence', () => {
    expect(unavailableKey('no-indexeddb')).toBe('unavailable.none');
    expect(unavailableKey('open-failed')).toBe('unavailable.none');
    expect(unavailableKey(null)).toBe('unavailable.none');
    expect(unavailableKey('timeout')).toBe('unavailable.timeout');
    expect(unavailableKey('blocked')).toBe('unavailable.blocked');
    expect(unavailableKey('newer-version')).toBe('unavailable.newer');
    expect(unavailableKey('closed-for-upgrade')).toBe('unavailable.updated');
    expect(unavailableKey('terminated')).toBe('unavailable.terminated');
    expect(unavailableKey('migration-failed')).toBe('unavailable.migrationFailed');
  });

  it('maps write and import errors', () => {
    expect(writeErrorKey({ kind: 'quota', message: '' })).toBe('error.quota');
    expect(writeErrorKey({ kind: 'id-taken', existing: person() })).toBe('error.idTaken');
    expect(writeErrorKey({ kind: 'invalid', issues: [] })).toBe('error.failed');
    expect(importErrorKey({ kind: 'not-json', message: '' })).toBe('import.error.foreign');
    expect(importErrorKey({ kind: 'foreign' })).toBe('import.error.foreign');
    expect(importErrorKey({ kind: 'too-new', version: 9 })).toBe('import.error.tooNew');
    expect(importErrorKey({ kind: 'too-large', limit: 1 })).toBe('import.error.tooLarge');
    expect(importErrorKey({ kind: 'invalid', issues: [] })).toBe('import.error.invalid');
    expect(importErrorKey({ kind: 'plan-outdated' })).toBe('import.error.outdated');
    expect(importErrorKey({ kind: 'unresolved', ids: [] })).toBe('import.error.unresolved');
    expect(importErrorKey({ kind: 'quota', message: '' })).toBe('error.quota');
  });
});

describe('round trip with the checklist’s Save', () => {
  it('reopens exactly the checklist that was saved', async () => {
    const { personInputFromQuery } = await import('../../../src/app/checklist/checklist-state');
    const { parseChecklistQuery } = await import('../../../src/app/query/checklist-query');
    const link =
      'city=ryugasaki&procedure=pin-reset&applicant=proxy&honseki=no&inquiry=ready&pin=both&other-pin=no&smartphone=unsure' +
      '&docs=passport,health-insurance-card&agent-docs=drivers-license&done=card,v2-inquiry';
    const { query } = parseChecklistQuery(new URLSearchParams(link), CITY_IDS);
    const input = personInputFromQuery(query as Parameters<typeof personInputFromQuery>[0], '母');
    const saved = person({ ...input, expiry: undefined } as Partial<SavedPerson>);
    const reopened = savedChecklistHref(saved, undefined, CITY_IDS);
    expect(parseChecklistQuery(new URL(reopened, 'https://x.invalid').searchParams, CITY_IDS).query).toEqual(query);
  });
});
