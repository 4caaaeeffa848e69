import { useEffect, useRef } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { cities } from '../../cities/registry';
import { useT } from '../../i18n';
import type { ChecklistQuery } from '../query/checklist-query';
import { buildHref, ROUTES } from '../routes';
import { loadSaveForm } from '../checklist/ChecklistView';
import { currentChange, endChange, flowHref } from './flow-nav';
import { useCity } from '../use-city';
import {
  isFactStep,
  isStepId,
  nextAfterChange,
  nextStep,
  previousStep,
  pruneQuery,
  resolveStep,
  type StepId,
} from './flow-steps';
import { QuestionScreen } from './QuestionScreen';
import { ReviewScreen } from './ReviewScreen';
import { RouteScreen } from './RouteScreen';
import { flowNamespaces } from './step-text';
import { StaleNotice } from '../StaleNotice';
import { currentMark, markForward } from '../ui/BackLink';

/** What every screen of the flow gets: the answers, the screen, the city's data when loaded, and how to move on. */
export interface ScreenProps {
  query: ChecklistQuery;
  step: StepId;
  city: ReturnType<typeof useCity>['city'];
  /** The URL's `lang`, carried on every link. */
  lang: string | undefined;
  /**
   * The URL names this screen (`ask`), so the screen names itself in the document title. A screen reached without
   * `ask` (/checklist with answers missing) keeps the checklist's title, the one its prerendered HTML has.
   */
  named: boolean;
  /** The Back link's target. */
  backHref: string;
  /** The step of the previous screen, when the Back link leads to one (history.back() when that entry is it). */
  backFrom?: string;
  /** Continue: goes to the next screen for these answers (the screen's own answer already set). */
  advance: (query: ChecklistQuery) => Promise<void>;
}

/**
 * /checklist's question flow: one question per screen, the screen named by `ask`, every answer in the URL. Continue
 * pushes the next screen (so Back returns with the earlier answer still chosen); the review's Change comes back to it.
 */
export function QuestionFlow(props: { query: ChecklistQuery }) {
  const q = props.query;
  const { query: raw, route } = useLocation();
  const t = useT(flowNamespaces(cities.ids));
  const lang = raw.lang || undefined;
  const { city, failed } = useCity(q.city);
  const step = resolveStep(q, raw.ask, city);

  // A link that named a step which does not apply (e.g. sent before JavaScript ran) shows the right one: say so in the URL.
  useEffect(() => {
    if (isStepId(raw.ask) && raw.ask !== step && (city || !q.city)) route(flowHref(q, step, lang), true);
  }, [raw.ask, step, city]);

  // A new screen starts at its top, and screen readers start there too (as on a page load).
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    window.scrollTo(0, 0);
    document.getElementById('main')?.focus({ preventScroll: true });
  }, [step]);

  const change = currentChange();
  const previous = change && change.shown.includes(step) && step !== 'review' ? 'review' : previousStep(q, step, city);
  const backHref = previous ? flowHref(q, previous, lang) : buildHref(ROUTES.start, { lang });

  const advance = async (next: ChecklistQuery) => {
    // The answers lead to a checklist, whose save form is a chunk of its own: fetch it while the questions go on.
    loadSaveForm().catch(() => undefined);
    const data = next.city ? await cities.load(next.city).catch(() => undefined) : undefined;
    const session = currentChange();
    const target = session ? nextAfterChange(next, step, session.shown, data) : nextStep(next, step, data);
    if (target === null) endChange();
    // This screen's entry keeps the answer (so going back shows it), then the next screen is pushed, marked as
    // coming from this one: its Back link can then go back in history as the phone's Back does (ui/BackLink).
    const mark = currentMark();
    route(flowHref(pruneQuery(next, data), step, lang), true);
    if (mark) markForward(mark);
    route(flowHref(pruneQuery(next, data), target, lang));
    markForward(step);
  };

  // The review and the fact questions depend on the city's data; it is small, local and usually loaded already.
  if ((step === 'review' || isFactStep(step)) && !city) {
    return failed ? (
      <div class="flow">
        <h1>{t('common:routes.checklist.title')}</h1>
        <p role="alert">{t('flow:loadError')}</p>
      </div>
    ) : (
      <div class="flow flow--loading" aria-busy="true">
        <p class="visually-hidden">{t('flow:loading')}</p>
      </div>
    );
  }

  const screen: ScreenProps = { query: q, step, city, lang, named: isStepId(raw.ask), backHref, backFrom: previous ?? undefined, advance };
  return (
    <>
      {city && <StaleNotice city={city} />}
      {step === 'review' ? (
        <ReviewScreen {...screen} />
      ) : step === 'route' ? (
        <RouteScreen {...screen} />
      ) : (
        <QuestionScreen key={step} {...screen} step={step} />
      )}
    </>
  );
}
