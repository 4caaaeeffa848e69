import { describe, expect, it } from 'vitest';
import {
  AGENT_HELD_PREFIX,
  personInputFromQuery,
  progressFromQuery,
  progressParams,
  shareableHref,
  tickId,
  toggled,
} from '../../../src/app/checklist/checklist-state';
import { buildHref, mergeQuery } from '../../../src/app/routes';
import { parseChecklistQuery } from '../../../src/app/query/checklist-query';
import { savedChecklistHref } from '../../../src/app/saved/saved-model';
import { checkPersonInput, type SavedPerson } from '../../../src/storage';

const CITIES = ['ryugasaki', 'satte'];

describe('ticks', () => {
  it('names an item by its visit so a repeated item is ticked per visit', () => {
    expect(tickId(0, 'person-card')).toBe('person-card');
    expect(tickId(1, 'person-card')).toBe('v2-person-card');
  });

  it('toggles without duplicates', () => {
    expect(toggled(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggled(['a', 'b'], 'a', true)).toEqual(['b', 'a']);
    expect(toggled(['a', 'b'], 'a', false)).toEqual(['b']);
  });
});

describe('saving a checklist', () => {
  const url =
    'city=satte&procedure=pin-change&applicant=legal-rep&dependent=child&household=same&current-pin=no&docs=drivers-license&agent-docs=passport,drivers-license&done=person-card,v2-inquiry';
  const { query, problems } = parseChecklistQuery(new URLSearchParams(url), CITIES);

  it('keeps answers by parameter name, ticks, and both people’s documents', () => {
    expect(problems).toEqual([]);
    const input = personInputFromQuery(query as Parameters<typeof personInputFromQuery>[0], '母', '2027-01-31');
    expect(input).toEqual({
      label: '母',
      city: 'satte',
      procedure: 'pin-change',
      applicant: 'legal-rep',
      answers: { dependent: 'child', household: 'same', 'current-pin': 'no' },
      ticks: ['person-card', 'v2-inquiry'],
      held: ['drivers-license', `${AGENT_HELD_PREFIX}passport`, `${AGENT_HELD_PREFIX}drivers-license`],
      expiry: '2027-01-31',
    });
    expect(checkPersonInput(input).ok).toBe(true);
  });

  it('reopens as the same checklist through the saved-people link', () => {
    const input = personInputFromQuery(query as Parameters<typeof personInputFromQuery>[0], 'My card');
    const href = savedChecklistHref({ ...input, id: 'x', createdAt: 0, updatedAt: 0 } as SavedPerson, undefined, CITIES);
    const reopened = parseChecklistQuery(new URLSearchParams(href.split('?')[1]), CITIES);
    expect(reopened.problems).toEqual([]);
    expect(reopened.query).toEqual(query);
  });
});

describe('a saved person’s progress in the URL', () => {
  const link =
    'city=ryugasaki&procedure=pin-reset&applicant=proxy&honseki=no&pin=both&smartphone=unsure' +
    '&docs=passport&agent-docs=drivers-license&done=card,v2-inquiry&person=0b3c8f1e-6a2d-4f6e-9d7b-1c2a3b4c5d6e';

  it('reads answers, documents and ticks, and writes them back naming every answer (so a removed one goes)', () => {
    const parse = (search: string) => parseChecklistQuery(new URLSearchParams(search), ['ryugasaki']).query;
    const progress = progressFromQuery(parse(link));
    expect(progress).toEqual({
      answers: { honseki: 'no', pin: 'both', smartphone: 'unsure' },
      ticks: ['card', 'v2-inquiry'],
      held: ['passport', 'agent-drivers-license'],
    });
    const changed = { answers: { pin: 'auth' }, ticks: ['card'], held: [] };
    const href = buildHref('/checklist', mergeQuery(Object.fromEntries(new URLSearchParams(link)), progressParams(changed)));
    const after = new URL(href, 'https://x.invalid').searchParams;
    expect(progressFromQuery(parse(after.toString()))).toEqual(changed);
    // What is not progress stays: the checklist and the person.
    expect(after.get('person')).toBe('0b3c8f1e-6a2d-4f6e-9d7b-1c2a3b4c5d6e');
    expect(after.get('applicant')).toBe('proxy');
  });

  it('shares the address without the person, which means nothing on another device', () => {
    expect(shareableHref(`https://x.invalid/checklist?${link}&lang=en`)).toBe(
      'https://x.invalid/checklist?city=ryugasaki&procedure=pin-reset&applicant=proxy&honseki=no&pin=both&smartphone=unsure' +
        '&docs=passport&agent-docs=drivers-license&done=card,v2-inquiry&lang=en',
    );
    expect(shareableHref('https://x.invalid/checklist?city=satte')).toBe('https://x.invalid/checklist?city=satte');
  });
});
