import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cities } from '../../../src/cities/registry';
import type { City } from '../../../src/cities/schema';
import { APPLICANTS, PROCEDURES } from '../../../src/cities/vocabulary';
import { buildChecklist } from '../../../src/engine/checklist';
import { triage } from '../../../src/engine/pin-triage';
import {
  STEP_ORDER,
  answerOf,
  factSteps,
  flowSteps,
  followingStep,
  isQuestionStep,
  nextAfterChange,
  nextStep,
  previousStep,
  pruneQuery,
  resolveStep,
  stepOptions,
  triageInput,
  withAnswer,
  type StepId,
} from '../../../src/app/flow/flow-steps';
import { needsFlow } from '../../../src/app/flow/needs-flow';
import { pinKindOf, pinShapes, pinsOf } from '../../../src/app/query/answers';
import { parseChecklistQuery, type ChecklistQuery } from '../../../src/app/query/checklist-query';

const byId = new Map<string, City>((await Promise.all(cities.ids.map((id) => cities.load(id)))).map((c) => [c.id, c]));
const city = (id: string) => byId.get(id)!;
const q = (search: string): ChecklistQuery => {
  const { query, problems } = parseChecklistQuery(new URLSearchParams(search), cities.ids);
  expect(problems).toEqual([]);
  return query;
};
const steps = (search: string) => {
  const query = q(search);
  return flowSteps(query, query.city ? city(query.city) : undefined);
};

/** Walks the flow from the first screen, answering with `answers` (a missing answer is "I'm not sure"). */
function walk(answers: Record<string, string>): { visited: StepId[]; query: ChecklistQuery } {
  let query = q('');
  let step: StepId | null = 'city';
  const visited: StepId[] = [];
  while (step) {
    visited.push(step);
    if (visited.length > STEP_ORDER.length) throw new Error(`loop: ${visited.join(' ')}`);
    query = withAnswer(query, step, answers[step], cities.ids);
    const data: City | undefined = query.city ? city(query.city) : undefined;
    step = nextStep(query, step, data);
  }
  return { visited, query };
}

describe('flow steps', () => {
  it('asks city, procedure and applicant first, and only those until all three are answered', () => {
    expect(steps('')).toEqual(['city', 'procedure', 'applicant']);
    expect(steps('city=satte&procedure=renewal')).toEqual(['city', 'procedure', 'applicant']);
  });

  it('renewal: no triage; a Ryugasaki proxy is asked about the J-LIS form', () => {
    expect(steps('city=ryugasaki&procedure=renewal&applicant=self')).toEqual(['city', 'procedure', 'applicant', 'review']);
    expect(steps('city=ryugasaki&procedure=renewal&applicant=proxy')).toEqual([
      'city',
      'procedure',
      'applicant',
      'inquiry',
      'review',
    ]);
  });

  it('PIN reset: which PIN, then the store questions while the store route depends on them', () => {
    const base = 'city=satte&procedure=pin-reset&applicant=self';
    expect(steps(base)).toEqual(['city', 'procedure', 'applicant', 'pin', 'route', 'review']);
    expect(steps(`${base}&pin=signature`)).toEqual([
      'city',
      'procedure',
      'applicant',
      'pin',
      'other-pin',
      'certs-valid',
      'smartphone',
      'route',
      'review',
    ]);
    // The other PIN is forgotten too: the store is out, so its remaining questions are not asked.
    expect(steps(`${base}&pin=signature&other-pin=no`)).toEqual(['city', 'procedure', 'applicant', 'pin', 'other-pin', 'route', 'review']);
    expect(steps(`${base}&pin=auth&other-pin=yes&certs-valid=no`)).toEqual([
      'city',
      'procedure',
      'applicant',
      'pin',
      'other-pin',
      'certs-valid',
      'route',
      'review',
    ]);
    // Both e-certificate PINs, or a PIN a store cannot reset: straight to the route screen.
    for (const pin of ['both', 'resident', 'cardinfo'])
      expect(steps(`${base}&pin=${pin}`)).toEqual(['city', 'procedure', 'applicant', 'pin', 'route', 'review']);
    // "Not sure" keeps the store in play.
    expect(steps(`${base}&pin=signature&other-pin=unsure`)).toContain('smartphone');
    // Asked by shape: a 4-digit PIN may be one a store cannot reset, and the long one with it leaves nothing to check.
    for (const pin of ['four-digit', 'all', 'pin=signature&pin=four-digit'].map((p) => (p.includes('=') ? p : `pin=${p}`)))
      expect(steps(`${base}&${pin}`)).toEqual(['city', 'procedure', 'applicant', 'pin', 'route', 'review']);
  });

  it('"I don\'t know which PIN" never leads to a route that needs to know', () => {
    const query = q('city=satte&procedure=pin-reset&applicant=self&ask=route');
    const result = triage(triageInput(query));
    expect(result.routes.map((r) => r.route)).toEqual(['counter']);
    expect(result.ruledOut.find((r) => r.route === 'store')!.reasons.map((r) => r.id)).toContain('which-pin-needed');
  });

  it('a legal representative or a voluntary proxy goes to the counter: no PIN or route questions', () => {
    for (const applicant of ['legal-rep', 'proxy'])
      for (const procedure of ['pin-reset', 'pin-change']) {
        const shown = steps(`city=ryugasaki&procedure=${procedure}&applicant=${applicant}`);
        expect(shown).not.toContain('pin');
        expect(shown).not.toContain('current-pin');
        expect(shown).not.toContain('route');
      }
  });

  it('PIN change: the current PIN; a forgotten one turns it into a reset with the same questions', () => {
    const base = 'city=satte&procedure=pin-change&applicant=self';
    expect(steps(base)).toEqual(['city', 'procedure', 'applicant', 'current-pin', 'route', 'review']);
    expect(steps(`${base}&current-pin=yes`)).toEqual(['city', 'procedure', 'applicant', 'current-pin', 'route', 'review']);
    expect(steps(`${base}&current-pin=no&pin=auth`)).toEqual([
      'city',
      'procedure',
      'applicant',
      'current-pin',
      'pin',
      'other-pin',
      'certs-valid',
      'smartphone',
      'route',
      'review',
    ]);
  });

  it('asks only the facts that still matter, each judged from the earlier answers', () => {
    const r = 'city=ryugasaki&procedure=pin-reset&applicant=legal-rep&pin=both';
    expect(steps(r).filter((s) => !['city', 'procedure', 'applicant', 'pin', 'route', 'review'].includes(s))).toEqual([
      'dependent',
      'honseki',
    ]);
    // An adult ward needs the guardianship certificate whatever the 本籍: no question about it.
    expect(steps(`${r}&dependent=adult-ward`)).not.toContain('honseki');
    expect(steps(`${r}&dependent=adult-ward&honseki=no`)).not.toContain('honseki');

    const s = 'city=satte&procedure=pin-reset&applicant=legal-rep&pin=both';
    expect(factSteps(q(s), city('satte'))).toEqual(['dependent', 'koseki', 'household']);
    expect(factSteps(q(`${s}&dependent=adult-ward`), city('satte'))).toEqual(['dependent']);
    // Same 戸籍 in Satte already waives the proof: the household no longer matters.
    expect(factSteps(q(`${s}&dependent=child&koseki=same-in-city`), city('satte'))).toEqual(['dependent', 'koseki']);
    // A later answer never hides an earlier question (household=same alone would decide the waiver too).
    expect(factSteps(q(`${s}&dependent=child&household=same`), city('satte'))).toEqual(['dependent', 'koseki', 'household']);
  });

  it("asks whether the resident-register PIN works where the card can count as the person's ID (Ryugasaki)", () => {
    expect(factSteps(q('city=ryugasaki&procedure=pin-reset&applicant=self'), city('ryugasaki'))).toEqual(['resident-pin']);
    expect(factSteps(q('city=satte&procedure=pin-reset&applicant=self'), city('satte'))).toEqual([]);
  });

  it("covers every open question of the checklist (a fact the flow skips is one the checklist doesn't need)", () => {
    for (const c of byId.values())
      for (const procedure of PROCEDURES)
        for (const applicant of APPLICANTS) {
          const query = q(`city=${c.id}&procedure=${procedure}&applicant=${applicant}`);
          const asked = factSteps(query, c);
          for (const fact of buildChecklist(c, procedure, applicant, {}).questions) expect(asked).toContain(fact);
        }
  });

  it('walks to the checklist for every city, procedure and applicant, and Back retraces the same screens', () => {
    for (const c of cities.ids)
      for (const procedure of PROCEDURES)
        for (const applicant of APPLICANTS) {
          const { visited, query } = walk({ city: c, procedure, applicant, pin: 'signature', 'other-pin': 'yes', 'current-pin': 'yes' });
          expect(visited.slice(0, 3)).toEqual(['city', 'procedure', 'applicant']);
          expect(visited.at(-1)).toBe('review');
          // Only the cardholder can use a store or home route: anyone else goes straight to the counter's questions.
          expect(visited.includes('route')).toBe((procedure === 'pin-reset' || procedure === 'pin-change') && applicant === 'self');
          expect(visited.includes('pin')).toBe(procedure === 'pin-reset' && applicant === 'self');
          const data = city(c);
          const back: StepId[] = [];
          for (let s: StepId | null = 'review'; s; s = previousStep(query, s, data)) back.unshift(s);
          expect(back).toEqual(visited);
        }
  });

  it('previous of the first step is the start page; next of the review is the checklist', () => {
    expect(previousStep(q(''), 'city')).toBeNull();
    expect(nextStep(q('city=satte&procedure=renewal&applicant=self'), 'review', city('satte'))).toBeNull();
  });

  it('resolves a step that does not apply (or lacks what comes before) to the one that should show', () => {
    const base = 'city=satte&procedure=pin-reset&applicant=self';
    expect(resolveStep(q(''), undefined)).toBe('city');
    expect(resolveStep(q('city=satte'), undefined)).toBe('procedure');
    expect(resolveStep(q('city=satte'), 'pin')).toBe('procedure');
    expect(resolveStep(q(base), 'pin')).toBe('pin');
    // A form sent before JavaScript ran names the step that usually follows; the flow skips ahead.
    expect(resolveStep(q(`${base}&pin=both`), 'other-pin', city('satte'))).toBe('route');
    expect(resolveStep(q(`${base}&pin=both`), 'dependent', city('satte'))).toBe('review');
    expect(resolveStep(q('city=satte&procedure=renewal&applicant=self'), 'current-pin', city('satte'))).toBe('review');
    // While the city's data loads, a fact step is trusted.
    expect(resolveStep(q(`${base}&pin=both`), 'dependent')).toBe('dependent');
  });

  it('after a change from the review, goes back to it unless a new question appeared', () => {
    const s = 'city=satte&procedure=pin-reset&applicant=legal-rep&pin=both&dependent=adult-ward';
    const shown = flowSteps(q(s), city('satte'));
    expect(nextAfterChange(q(s), 'pin', shown, city('satte'))).toBe('review');
    const changed = withAnswer(q(s), 'dependent', 'child', cities.ids);
    expect(nextAfterChange(changed, 'dependent', shown, city('satte'))).toBe('koseki');
  });

  it('prunes answers of steps that no longer apply, keeping the checklist parameters', () => {
    const query = q('city=ryugasaki&procedure=renewal&applicant=self&pin=both&other-pin=yes&honseki=no&done=card');
    const pruned = pruneQuery(query, city('ryugasaki'));
    expect(pruned.triage.pin).toBeUndefined();
    expect(pruned.triage["other-pin"]).toBeUndefined();
    expect(pruned.answers).toEqual({});
    expect(pruned.done).toEqual(['card']);
    // Without the city's data, fact answers stay.
    expect(pruneQuery(query).answers).toEqual({ honseki: 'no' });
  });

  it('sets and clears answers, refusing values a step does not take', () => {
    const query = q('');
    for (const step of STEP_ORDER) {
      if (!isQuestionStep(step)) continue;
      for (const value of stepOptions(step, cities.ids)) {
        const set = withAnswer(query, step, value, cities.ids);
        expect(answerOf(set, step)).toBe(value);
        expect(answerOf(withAnswer(set, step, undefined, cities.ids), step)).toBeUndefined();
      }
      expect(answerOf(withAnswer(query, step, 'bogus', cities.ids), step)).toBeUndefined();
    }
  });

  it('has a following step for every step but the review', () => {
    expect(followingStep('city')).toBe('procedure');
    expect(followingStep('inquiry')).toBe('stay');
    expect(followingStep('stay')).toBe('review');
    expect(followingStep('review')).toBeNull();
  });

  it('never loops and always reaches the review, whatever the answers', () => {
    const value = (step: StepId) =>
      isQuestionStep(step) ? fc.option(fc.constantFrom(...stepOptions(step, cities.ids)), { nil: undefined }) : fc.constant(undefined);
    const answers = fc.record(Object.fromEntries(STEP_ORDER.map((s) => [s, value(s)])) as Record<StepId, fc.Arbitrary<string | undefined>>);
    fc.assert(
      fc.property(answers, (a) => {
        const picked = Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as Record<string, string>;
        const { visited } = walk({ city: 'satte', procedure: 'pin-reset', applicant: 'self', ...picked });
        expect(visited.at(-1)).toBe('review');
        expect(new Set(visited).size).toBe(visited.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('needsFlow', () => {
  it('shows the checklist for city, procedure and applicant alone (public contract)', () => {
    expect(needsFlow(q('city=satte&procedure=pin-reset&applicant=self'), undefined)).toBe(false);
    expect(needsFlow(q('city=satte&procedure=pin-reset&applicant=self'), 'nonsense')).toBe(false);
  });

  it('shows a question when a step is asked or one of the three is missing', () => {
    expect(needsFlow(q('city=satte&procedure=pin-reset&applicant=self'), 'review')).toBe(true);
    expect(needsFlow(q('city=satte&procedure=pin-reset'), undefined)).toBe(true);
    expect(needsFlow(q(''), undefined)).toBe(true);
  });
});

describe('which PIN, by shape', () => {
  it('combines the ticked shapes into the smallest answer that covers them, and shows an answer as its shapes', () => {
    expect(pinKindOf(['signature'])).toBe('signature');
    expect(pinKindOf(['four-digit'])).toBe('four-digit');
    expect(pinKindOf(['signature', 'four-digit'])).toBe('all');
    expect(pinKindOf(['signature', 'auth'])).toBe('both');
    expect(pinKindOf(['', 'nonsense'])).toBeUndefined();
    expect(pinShapes('all')).toEqual(['signature', 'four-digit']);
    expect(pinShapes('auth')).toEqual(['four-digit']);
    expect(pinShapes(undefined)).toEqual([]);
    expect(pinsOf('four-digit')).toEqual(['auth', 'resident', 'cardinfo']);
  });

  it('reads the check boxes a form sends (one pin parameter per box) as one answer', () => {
    expect(q('pin=signature&pin=four-digit').triage.pin).toBe('all');
    expect(q('pin=&pin=four-digit').triage.pin).toBe('four-digit');
    expect(q('pin=four-digit').triage.pin).toBe('four-digit');
  });

  it('refuses a value no box sends, alone or among others, and reads the last of a repeated single answer', () => {
    for (const search of ['pin=zzz', 'pin=auth&pin=zzz'])
      expect(parseChecklistQuery(new URLSearchParams(search), ['satte']).problems).toEqual([{ param: 'pin', code: 'bad-value', value: 'zzz' }]);
    // As the page's links and the host's rewrites read it: one city everywhere on the page.
    expect(parseChecklistQuery(new URLSearchParams('city=ryugasaki&city=satte'), ['ryugasaki', 'satte']).query.city).toBe('satte');
  });
});
