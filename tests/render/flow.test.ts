import { describe, expect, it } from 'vitest';
import { APPS, CITIES, LANGS, localeTexts, PROCS, renderPage as render, textOf, type RenderedPage } from './render';

// The question flow on /checklist, walked in Node as a browser without JavaScript would: each screen is the app's
// render of its URL, and Continue is its form's plain GET (the hidden answers plus the chosen one). With JavaScript
// the app routes to the same URLs, so this walk checks the flow's logic and its no-JS contract at once, for every
// city, procedure, applicant and language. (Focus, error summaries and the review's Change detour are browser tests.)

const flow = (lang: string) => localeTexts(lang, 'flow.json');
const rules = (lang: string) => localeTexts(lang, 'rules.json');

// A page is a function of its URL: the walks share their first screens, so each URL is rendered once.
const rendered = new Map<string, Promise<RenderedPage>>();
const renderPage = (url: string) => {
  let page = rendered.get(url);
  if (!page) rendered.set(url, (page = render(url)));
  return page;
};

/** The URL a screen's form sends (a plain GET), with `choice` for its radio group or check boxes ('' = "not sure"). */
function submit(doc: Document, step: string, choice: string | readonly string[] | null): string {
  const form = doc.querySelector('main form')!;
  expect(form.getAttribute('method')).toBe('get');
  expect(form.getAttribute('action')).toBe('/checklist');
  const params = new URLSearchParams();
  for (const input of form.querySelectorAll<HTMLInputElement>('input[type=hidden]')) params.append(input.name, input.value);
  for (const value of choice === null ? [] : typeof choice === 'string' ? [choice] : choice) {
    const box = form.querySelector(`input:is([type=radio],[type=checkbox])[name="${step}"][value="${value}"]`);
    expect(box, `${step}=${value}`).not.toBeNull();
    params.append(step, value);
  }
  return `/checklist?${params}`;
}

/** Which screen a page shows: the review, the route, or the question whose radio group it holds. */
function screenOf(doc: Document): string {
  if (doc.querySelector('main .summary-list')) return 'review';
  if (doc.querySelector('main [data-route-best]')) return 'route';
  return doc.querySelector<HTMLInputElement>('main input:is([type=radio],[type=checkbox])')!.name;
}

/**
 * Answers every screen from the first question to the checklist: `plan[step]` is the value to choose (null: "not
 * sure"), else the first answer. Returns the answers given, the screens seen and the final URL.
 */
async function walk(lang: string, plan: Record<string, string | null>) {
  let url = `/checklist?ask=city&lang=${lang}`;
  const chosen: Record<string, string> = {};
  const seen: string[] = [];
  for (let i = 0; i < 20; i++) {
    const { document: doc } = await renderPage(url);
    expect(doc.querySelectorAll('main h1'), url).toHaveLength(1);
    if (doc.querySelector('main .cl')) break; // the checklist
    // The screen shown, whatever `ask` named (a step that does not apply shows the next one that does).
    const ask = screenOf(doc);
    seen.push(ask);
    if (ask === 'review') {
      const link = [...doc.querySelectorAll('main a')].find((a) => textOf(a) === flow(lang)['review'].submit)!;
      expect(link, 'the review’s submit link').toBeDefined();
      url = link.getAttribute('href')!;
    } else if (ask === 'route') {
      url = submit(doc, 'route', null);
    } else {
      const first = doc.querySelector<HTMLInputElement>(`main input[name="${ask}"]:is([type=radio],[type=checkbox])`)!.getAttribute('value');
      const wanted = ask in plan ? plan[ask]! : first;
      if (wanted) chosen[ask] = wanted;
      url = submit(doc, ask, wanted ?? '');
    }
  }
  return { chosen, seen, url: new URL(url, 'http://x') };
}

describe.each(CITIES.flatMap((city) => LANGS.map((lang) => ({ city, lang }))))('every procedure and applicant in $city ($lang)', ({ city, lang }) => {
  it.each(PROCS.flatMap((procedure) => APPS.flatMap((applicant) => [true, false].map((answer) => ({ procedure, applicant, answer })))))(
    '$procedure $applicant, answering the facts: $answer',
    async ({ procedure, applicant, answer }) => {
      const notSure = { dependent: null, honseki: null, koseki: null, household: null, 'resident-pin': null, inquiry: null, stay: null };
      const plan = { city, procedure, applicant, pin: 'signature', 'other-pin': 'yes', 'current-pin': 'no', ...(answer ? {} : notSure) };
      const { chosen, seen, url } = await walk(lang, plan);
      expect(url.pathname).toBe('/checklist');
      expect(Object.fromEntries(url.searchParams), seen.join(' → ')).toEqual({ ...chosen, lang });
      expect(seen.slice(0, 3)).toEqual(['city', 'procedure', 'applicant']);
      expect(seen.at(-1)).toBe('review');
      // A store or home is the cardholder's alone: anyone else goes straight to the counter's questions.
      expect(seen.includes('route')).toBe((procedure === 'pin-reset' || procedure === 'pin-change') && applicant === 'self');
    },
  );
});

describe('screens', () => {
  it.each(LANGS)('each question names itself in its h1, and Back links to the screen before (%s)', async (lang) => {
    const q = await renderPage(`/checklist?city=satte&procedure=pin-reset&ask=applicant&lang=${lang}`);
    expect(textOf(q.document.querySelector('main h1'))).toBe(flow(lang).applicant.question);
    const back = [...q.document.querySelectorAll('main a')].find((a) => textOf(a) === flow(lang).back);
    expect(new URL(back!.getAttribute('href')!, 'http://x').searchParams.get('ask')).toBe('procedure');
    const first = await renderPage(`/checklist?ask=city&lang=${lang}`);
    const home = [...first.document.querySelectorAll('main a')].find((a) => textOf(a) === flow(lang).back);
    expect(new URL(home!.getAttribute('href')!, 'http://x').pathname).toBe('/');
  });

  it('without the city, procedure and applicant, the checklist asks for them; with them alone it shows the list', async () => {
    expect(textOf((await renderPage('/checklist?city=satte&lang=en')).document.querySelector('main h1'))).toBe(flow('en').procedure.question);
    expect((await renderPage('/checklist?city=satte&procedure=pin-reset&applicant=self&lang=en')).document.querySelector('main .cl')).not.toBeNull();
  });

  it('a link naming a step that does not apply shows the next one that does', async () => {
    const page = await renderPage('/checklist?city=satte&procedure=pin-reset&applicant=self&pin=both&ask=other-pin&lang=en');
    expect(textOf(page.document.querySelector('main h1'))).toBe(flow('en').route.heading.counter);
  });

  it.each(CITIES)('a legal representative renewing is asked whom they act for: a child’s card is a new application (%s)', async (city) => {
    const page = await renderPage(`/checklist?city=${city}&procedure=renewal&applicant=legal-rep&ask=dependent&lang=en`);
    expect(screenOf(page.document)).toBe('dependent');
  });

  it('reads every value of a repeated parameter, as the check boxes send them (README: pin=signature&pin=auth is both)', async () => {
    const base = '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&other-pin=yes&certs-valid=yes&smartphone=yes&ask=route&lang=en';
    const both = await renderPage(`${base}&pin=signature&pin=auth`);
    expect(both.document.querySelector('[data-route-best]')?.getAttribute('data-route-best')).toBe('counter');
    expect(both.text).toContain(rules('en').triage.reasons['both-certificate-pins']);
    // The answer's links carry it as one value.
    const change = [...both.document.querySelectorAll<HTMLAnchorElement>('main a[href*="pin="]')].map((a) => new URL(a.href, 'http://x').searchParams.getAll('pin'));
    expect(change.length).toBeGreaterThan(0);
    for (const pins of change) expect(pins).toEqual(['both']);
    const list = await renderPage('/checklist?city=ryugasaki&procedure=pin-reset&applicant=self&docs=passport&docs=drivers-license&lang=en');
    const held = [...list.document.querySelectorAll('.cl-doc.is-held .cl-doc__name')].map((n) => textOf(n));
    expect(held).toEqual(expect.arrayContaining([expect.stringMatching(/passport/i), expect.stringMatching(/driver/i)]));
  });

  it.each(LANGS)('the PIN triage: a store, the counter, or home (%s)', async (lang) => {
    const base = '/checklist?city=ryugasaki&procedure=pin-reset&applicant=self';
    const store = await renderPage(`${base}&pin=signature&other-pin=yes&certs-valid=yes&smartphone=yes&ask=route&lang=${lang}`);
    expect(textOf(store.document.querySelector('main h1'))).toBe(flow(lang).route.heading.store.possible);
    expect(store.document.querySelector('[data-route-best]')?.getAttribute('data-route-best')).toBe('store');
    expect(store.text).toContain('JPKI暗証番号リセットアプリ');
    // The counter stays one clear choice away: its form continues to the checklist's questions.
    const anyway = [...store.document.querySelectorAll('main form')].at(-1)!;
    const query = new URLSearchParams([...anyway.querySelectorAll<HTMLInputElement>('input[type=hidden]')].map((i) => [i.name, i.value]));
    expect(screenOf((await renderPage(`/checklist?${query}`)).document)).toBe('resident-pin');

    const counter = await renderPage(`/checklist?city=satte&procedure=pin-reset&applicant=self&pin=both&ask=route&lang=${lang}`);
    expect(counter.document.querySelector('[data-route-best]')?.getAttribute('data-route-best')).toBe('counter');
    expect(counter.text).toContain(rules(lang).triage.reasons['both-certificate-pins']);

    const home = await renderPage(`/checklist?city=satte&procedure=pin-change&applicant=self&current-pin=yes&ask=route&lang=${lang}`);
    expect(home.document.querySelector('[data-route-best]')?.getAttribute('data-route-best')).toBe('myna-portal');
  });

  it.each(LANGS)('asks which PIN by its shape, with check boxes, and derives the technical names (%s)', async (lang) => {
    const page = await renderPage(`/checklist?city=satte&procedure=pin-reset&applicant=self&ask=pin&lang=${lang}`);
    const boxes = [...page.document.querySelectorAll<HTMLInputElement>('main input[name=pin]')];
    expect(boxes.map((b) => [b.getAttribute('type'), b.getAttribute('value')])).toEqual([
      ['checkbox', 'signature'],
      ['checkbox', 'four-digit'],
      ['checkbox', ''],
    ]);
    expect(page.text).toContain(flow(lang).pin.options['four-digit']);
    expect(page.text).toContain('利用者証明用電子証明書の暗証番号');
    // Both ticked: one answer, and no route that needs the other PIN.
    const both = await renderPage(submit(page.document, 'pin', ['signature', 'four-digit']));
    expect(both.document.querySelector('[data-route-best]')?.getAttribute('data-route-best')).toBe('counter');
    // "I don't know which one": the counter, which resets any PIN, and why not a store.
    const notSure = await renderPage(submit(page.document, 'pin', ['']));
    expect(notSure.document.querySelector('[data-route-best]')?.getAttribute('data-route-best')).toBe('counter');
    expect(notSure.text).toContain(rules(lang).triage.reasons['which-pin-needed']);
  });

  it('the bare /checklist (what its prerendered HTML stands for) is the first question, as a plain GET form', async () => {
    const page = await renderPage('/checklist');
    expect(textOf(page.document.querySelector('main h1'))).toBe(flow('ja').city.question);
    const next = new URL(submit(page.document, 'city', 'ryugasaki'), 'http://x');
    expect(next.searchParams.get('city')).toBe('ryugasaki');
    expect(next.searchParams.get('ask')).toBe('procedure');
  });
});
