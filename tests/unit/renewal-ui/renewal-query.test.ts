import { describe, expect, it } from 'vitest';
import { checkDate, renewalFromQuery } from '../../../src/app/renewal/renewal-query';

// The /renewal query: which answer or which message each link gives. Pure, so the browser tests only check wiring.

const TODAY = '2027-02-01';

describe('renewalFromQuery', () => {
  it('is the empty form without parameters', () => {
    expect(renewalFromQuery({}, TODAY)).toEqual({ kind: 'empty' });
    expect(renewalFromQuery({ lang: 'en' }, TODAY)).toEqual({ kind: 'empty' });
  });

  it('gives the window, state and grace for an expiry date', () => {
    const view = renewalFromQuery({ expiry: '2027-06-15' }, TODAY);
    expect(view.kind).toBe('result');
    if (view.kind !== 'result') return;
    expect(view.result.state).toMatchObject({ state: 'not-yet', opensOn: '2027-03-16', daysUntilOpen: 43, daysUntilExpiry: 134 });
    expect(view.result.grace).toEqual({ endOfThirdMonth: '2027-09-30', threeMonthsFromExpiry: '2027-09-15', safer: '2027-09-15' });
    expect(view.result.card).toBeNull();
  });

  it.each([
    ['2027-02-30', 'no-such-date', { year: 2027, month: 2, days: 28 }],
    ['2027-13-01', 'no-such-date', undefined],
    ['1800-01-01', 'out-of-range', undefined],
    ['next june', 'bad-format', undefined],
    ['2027-6-15', 'bad-format', undefined],
    ['', 'missing', undefined],
  ])('refuses expiry %j as %s', (value, problem, month) => {
    const view = renewalFromQuery({ expiry: value }, TODAY);
    expect(view).toMatchObject({ kind: 'invalid', mode: 'expiry', errors: [{ field: 'expiry', problem }] });
    if (view.kind === 'invalid') expect(view.errors[0]?.month).toEqual(month);
  });

  it('cuts a very long bad value before quoting it', () => {
    const view = renewalFromQuery({ expiry: 'x'.repeat(500) }, TODAY);
    expect(view.kind === 'invalid' && view.errors[0]!.value.length).toBeLessThanOrEqual(41);
  });

  it('says what is missing when only one of birth and issue date is given', () => {
    expect(renewalFromQuery({ birth: '1990-07-10' }, TODAY)).toMatchObject({
      kind: 'invalid',
      mode: 'birth',
      errors: [{ field: 'issued', problem: 'missing' }],
    });
    expect(renewalFromQuery({ birth: '', issued: '' }, TODAY)).toMatchObject({
      errors: [
        { field: 'birth', problem: 'missing' },
        { field: 'issued', problem: 'missing' },
      ],
    });
  });

  it('uses birth + issue date when the expiry field was sent empty', () => {
    expect(renewalFromQuery({ expiry: '', birth: '1990-07-10', issued: '2023-01-20' }, TODAY).kind).toBe('result');
  });

  it('refuses an issue date before birth, and dates after today', () => {
    expect(renewalFromQuery({ birth: '2000-05-01', issued: '1999-01-01' }, TODAY)).toMatchObject({
      errors: [{ field: 'issued', problem: 'birth-after-issue' }],
    });
    expect(renewalFromQuery({ birth: '1990-01-01', issued: '2027-03-01' }, TODAY)).toMatchObject({
      errors: [{ field: 'issued', problem: 'in-future' }],
    });
  });

  it('works out certificate and card expiry from birth and issue date', () => {
    const view = renewalFromQuery({ birth: '1990-07-10', issued: '2023-01-20' }, TODAY);
    if (view.kind !== 'result') throw new Error(view.kind);
    expect(view.result.expiry).toBe('2027-07-10');
    expect(view.result.state.opensOn).toBe('2027-04-11');
    expect(view.result.card).toEqual({ expiry: '2032-07-10', years: 10, uncertain: false });
    expect(view.result.endsWithCard).toBe(false);
  });

  it('notes when the certificates end with a 5-year card (a new card, not a renewal)', () => {
    const view = renewalFromQuery({ birth: '2010-05-03', issued: '2021-02-01' }, TODAY);
    if (view.kind !== 'result') throw new Error(view.kind);
    expect(view.result.card).toMatchObject({ expiry: '2025-05-03', years: 5 });
    expect(view.result.endsWithCard).toBe(true);
    expect(view.result.state.state).toBe('expired');
  });

  it('says a date before the cards existed is a wrong year, not "too far ahead"', () => {
    expect(renewalFromQuery({ birth: '1900-01-01', issued: '1900-06-01' }, TODAY)).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'issued', problem: 'before-cards', value: '1900-06-01' }],
    });
    expect(renewalFromQuery({ expiry: '1900-06-01' }, TODAY)).toMatchObject({ kind: 'invalid', errors: [{ problem: 'before-cards' }] });
    expect(renewalFromQuery({ birth: '1990-01-01', issued: '2016-01-04' }, TODAY)).toMatchObject({ kind: 'result' });
  });

  it('turns an answer the engine cannot give (past 2100) into a message, not a crash', () => {
    expect(renewalFromQuery({ expiry: '2100-12-31' }, TODAY)).toMatchObject({ kind: 'invalid', errors: [{ problem: 'too-late' }] });
  });
});

describe('checkDate', () => {
  it('trims and accepts a valid date', () => {
    expect(checkDate('birth', ' 2000-02-29 ')).toEqual({ date: '2000-02-29' });
    expect(checkDate('birth', '1900-02-29')).toMatchObject({ error: { problem: 'no-such-date', month: { days: 28 } } });
  });
});
