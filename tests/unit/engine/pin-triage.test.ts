import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PIN_IDS, national, pinRule } from '../../../src/cities/national';
import { triage, type TriageInput } from '../../../src/engine';

const U = 'unknown' as const;
const reset = (more: Partial<TriageInput>): TriageInput => ({
  procedure: 'pin-reset',
  pins: ['signature'],
  otherPinKnown: true,
  certsValid: true,
  smartphone: true,
  ...more,
});
const change = (more: Partial<TriageInput>): TriageInput => reset({ procedure: 'pin-change', currentPinKnown: true, ...more });
const routes = (input: TriageInput) => triage(input).routes.map((r) => [r.route, r.status]);
const ruledOut = (input: TriageInput) =>
  triage(input).ruledOut.map((r) => [r.route, r.reasons.filter((x) => x.effect === 'rules-out').map((x) => x.id)]);

describe('PIN reset', () => {
  it('signature PIN with the auth PIN known: the store first, then the counter', () => {
    const t = triage(reset({}));
    expect(routes(reset({}))).toEqual([
      ['store', 'possible'],
      ['counter', 'possible'],
    ]);
    expect(t.routes[0]!.pins).toEqual(['signature']);
    expect(t.routes[0]!.reasons.map((r) => r.id)).toEqual(['store-window']);
    expect(t.notes.map((n) => n.id)).toEqual(['lock-no-timeout']);
    expect(t.resetFirst).toBe(false);
  });

  it('auth PIN: the store works, at some stores only', () => {
    const store = triage(reset({ pins: ['auth'] })).routes[0]!;
    expect(store).toMatchObject({ route: 'store', status: 'possible' });
    expect(store.reasons.find((r) => r.id === 'auth-some-stores')).toMatchObject({ effect: 'info', pins: ['auth'] });
  });

  it('both certificate PINs forgotten: the counter only', () => {
    const input = reset({ pins: ['signature', 'auth'], otherPinKnown: U });
    expect(routes(input)).toEqual([['counter', 'possible']]);
    expect(ruledOut(input)).toEqual([['store', ['both-certificate-pins']]]);
    expect(triage(input).questions).toEqual([]);
  });

  it.each(['resident', 'cardinfo'] as const)('%s PIN: the counter only', (pin) => {
    const input = reset({ pins: [pin] });
    expect(routes(input)).toEqual([['counter', 'possible']]);
    expect(ruledOut(input)).toEqual([['store', ['store-certificate-pins-only']]]);
  });

  it('the other PIN not known: the counter only', () => {
    expect(ruledOut(reset({ otherPinKnown: false }))).toEqual([['store', ['other-pin-needed']]]);
  });

  it('expired certificates or no phone rule the store out, with every reason', () => {
    expect(ruledOut(reset({ certsValid: false, smartphone: false }))).toEqual([['store', ['certs-valid', 'store-app']]]);
  });

  it('unknown inputs make the store conditional, with the questions to ask', () => {
    const t = triage(reset({ otherPinKnown: U, certsValid: U, smartphone: U }));
    expect(routes(reset({ otherPinKnown: U, certsValid: U, smartphone: U }))).toEqual([
      ['store', 'conditional'],
      ['counter', 'possible'],
    ]);
    expect(t.routes[0]!.questions).toEqual(['other-pin', 'certs-valid', 'smartphone']);
    expect(t.questions).toEqual(['other-pin', 'certs-valid', 'smartphone']);
    expect(t.routes[0]!.reasons.find((r) => r.id === 'other-pin-needed')).toMatchObject({ effect: 'depends-on', question: 'other-pin' });
  });

  it('a certificate PIN and a card PIN: the counter does both, the store only the certificate one', () => {
    const t = triage(reset({ pins: ['signature', 'resident'] }));
    expect(t.routes.map((r) => [r.route, r.status, r.pins, r.coversAll])).toEqual([
      ['counter', 'possible', ['signature', 'resident'], true],
      ['store', 'possible', ['signature'], false],
    ]);
  });

  it('no PIN named yet: asks which', () => {
    const t = triage(reset({ pins: [] }));
    expect(t.routes.map((r) => [r.route, r.status])).toEqual([
      ['store', 'conditional'],
      ['counter', 'possible'],
    ]);
    expect(t.questions).toEqual(['pins']);
  });
});

describe('PIN change', () => {
  it('a known, unlocked certificate PIN: at home first, then the counter', () => {
    expect(routes(change({}))).toEqual([
      ['myna-portal', 'possible'],
      ['counter', 'possible'],
    ]);
    expect(triage(change({})).routes[1]!.source).toMatchObject({ ref: 'domain §2', quote: expect.stringContaining('or the counter') });
  });

  it('current PIN unknown: home is conditional on it; the counter works either way', () => {
    const t = triage(change({ currentPinKnown: U }));
    expect(t.resetFirst).toBe(U);
    expect(t.routes[0]).toMatchObject({ route: 'myna-portal', status: 'conditional', questions: ['current-pin'] });
  });

  it('current PIN forgotten or locked: reset first, with the reset routes', () => {
    const t = triage(change({ currentPinKnown: false }));
    expect(t.resetFirst).toBe(true);
    expect(t.routes.map((r) => r.route)).toEqual(['store', 'counter']);
    expect(t.notes.map((n) => n.id)).toEqual(['change-needs-known-pin', 'lock-no-timeout']);
  });

  it('resident or card-info PIN: the counter for sure; at home the sources are silent, so only conditional', () => {
    expect(routes(change({ pins: ['resident'] }))).toEqual([
      ['myna-portal', 'conditional'],
      ['counter', 'possible'],
    ]);
    expect(ruledOut(change({ pins: ['cardinfo'] }))).toEqual([]);
  });

  it('no card-reading phone: home still may work from a computer, so it stays conditional without a question', () => {
    const home = triage(change({ smartphone: false })).routes[0]!;
    expect(home).toMatchObject({ route: 'myna-portal', status: 'conditional', questions: [] });
    expect(triage(change({ smartphone: U })).routes[0]!.questions).toEqual(['smartphone']);
  });
});

describe('properties', () => {
  const tri = fc.constantFrom(true, false, U);
  const input = fc.record({
    procedure: fc.constantFrom('pin-reset' as const, 'pin-change' as const),
    pins: fc.uniqueArray(fc.constantFrom(...PIN_IDS), { maxLength: 4 }),
    otherPinKnown: tri,
    certsValid: tri,
    smartphone: tri,
    currentPinKnown: tri,
  });

  it('the counter is always offered, and covers every PIN', () => {
    fc.assert(
      fc.property(input, (i) => {
        const counter = triage(i).routes.find((r) => r.route === 'counter');
        return counter?.status === 'possible' && counter.coversAll;
      }),
    );
  });

  it('a route is conditional exactly when it has an open dependency; every reason cites a source', () => {
    fc.assert(
      fc.property(input, (i) => {
        const t = triage(i);
        return [...t.routes, ...t.ruledOut].every(
          (r) =>
            (r.status === 'conditional') === (r.status !== 'impossible' && r.reasons.some((x) => x.effect === 'depends-on')) &&
            r.reasons.every((x) => x.source.quote.length > 0),
        );
      }),
    );
  });

  it('never sends the resident or card-info PIN to a store, nor calls home certain for them', () => {
    fc.assert(
      fc.property(input, (i) =>
        triage(i).routes.every(
          (r) =>
            r.route === 'counter' ||
            r.pins.every((p) => pinRule(national, p).certificate) ||
            (r.route === 'myna-portal' && r.status === 'conditional'),
        ),
      ),
    );
  });
});

describe('who can use a route', () => {
  it('"not sure which PIN": only the counter, with the reason', () => {
    const t = triage(reset({ pins: 'not-sure' }));
    expect(routes(reset({ pins: 'not-sure' }))).toEqual([['counter', 'possible']]);
    expect(ruledOut(reset({ pins: 'not-sure' }))).toEqual([['store', ['which-pin-needed']]]);
    expect(t.routes[0]!.coversAll).toBe(true);
    const home = triage(change({ pins: 'not-sure' }));
    expect(home.routes.map((r) => r.route)).toEqual(['counter']);
  });

  it('anyone but the cardholder: neither a store nor home, whatever else is known', () => {
    expect(ruledOut(reset({ byCardholder: false }))).toEqual([['store', ['store-cardholder-only']]]);
    expect(ruledOut(change({ byCardholder: false }))).toEqual([['myna-portal', ['home-cardholder-only']]]);
    expect(routes(change({ byCardholder: false }))).toEqual([['counter', 'possible']]);
  });
});
