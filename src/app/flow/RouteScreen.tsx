import { cities } from '../../cities/registry';
import { national } from '../../cities/national';
import { triage, type TriageReasonItem, type TriageRoute } from '../../engine/pin-triage';
import { useT } from '../../i18n';
import { useScreenTitle } from '../Layout';
import { ROUTES } from '../routes';
import { flowParams } from './flow-nav';
import { pinsOf, type PinKind } from '../query/answers';
import { followingStep, triageInput } from './flow-steps';
import { BackLink } from '../ui/BackLink';
import { FlowCaption, HiddenFields } from './QuestionScreen';
import type { ScreenProps } from './QuestionFlow';
import { flowNamespaces } from './step-text';
import { JaName } from '../ui/JaName';

function unique(reasons: TriageReasonItem[]): TriageReasonItem[] {
  return reasons.filter((r, i) => reasons.findIndex((x) => x.id === r.id) === i);
}

/**
 * The cheapest way that works, from the PIN triage: a convenience store (JPKI reset app, then a multi-copy machine),
 * home (マイナポータル) for a change with a known PIN, or the counter. A cheaper route comes with a clear
 * "Go to the counter anyway", which continues to the checklist's questions.
 */
export function RouteScreen(props: ScreenProps) {
  const { query: q } = props;
  const t = useT(flowNamespaces(cities.ids));
  const result = triage(triageInput(q));
  const best: TriageRoute = result.routes[0] ?? result.ruledOut[result.ruledOut.length - 1]!;
  const heading =
    best.route === 'counter'
      ? t('flow:route.heading.counter')
      : t(`flow:route.heading.${best.route}.${best.status === 'possible' ? 'possible' : 'conditional'}`);
  useScreenTitle(props.named ? heading : undefined);
  const store = national.store;
  const times = { hours: store.withinHours, from: store.from, until: store.until };
  const reason = (r: TriageReasonItem) => t(`rules:triage.reasons.${r.id}`, times);
  const reasonList = (reasons: TriageReasonItem[]) => (
    <ul class="flow-reasons">
      {reasons.map((r) => (
        <li key={r.id}>{reason(r)}</li>
      ))}
    </ul>
  );
  // With the current PIN forgotten, the heading's note already says a reset comes first.
  const notes = unique(result.notes).filter((r) => !(result.resetFirst === true && r.id === 'change-needs-known-pin'));
  const goodToKnow = notes.length > 0 && (
    <>
      <h2>{t('flow:route.good')}</h2>
      {reasonList(notes)}
    </>
  );

  const onSubmit = (e: Event) => {
    e.preventDefault();
    void props.advance(q);
  };

  const counterForm = (label: string, secondary: boolean) => (
    <form method="get" action={ROUTES.checklist} onSubmit={onSubmit}>
      <HiddenFields params={flowParams(q, followingStep('route'), props.lang)} />
      <button type="submit" class={secondary ? 'button button--secondary' : 'button'}>
        {label}
      </button>
    </form>
  );

  // Where the flow ends at the counter: the national facts for this procedure that help at the counter (domain §9:
  // the face-recognition card for people who find PINs hard; a smartphone certificate does not replace the card).
  const counterNotes = national.notes.filter(
    (n) => n.level === 'info' && n.procedures?.includes(q.procedure!) && (!n.applicants || n.applicants.includes(q.applicant!)),
  );

  let main;
  if (best.route === 'counter') {
    const whyNot = unique(result.ruledOut.flatMap((r) => r.reasons.filter((x) => x.effect === 'rules-out')));
    main = (
      <>
        <h1>{heading}</h1>
        <p class="flow-lead" data-route-best="counter">
          {t('flow:route.lead.counter')}
        </p>
        <p>{t('rules:triage.reasons.counter-reset')}</p>
        {whyNot.length > 0 && (
          <>
            <p>{t('flow:route.whyNot')}</p>
            {reasonList(whyNot)}
          </>
        )}
        {goodToKnow}
        {counterNotes.length > 0 && (
          <ul class="flow-reasons" data-national-notes>
            {counterNotes.map((n) => (
              <li key={n.id}>{t(`rules:national.notes.${n.id}`)}</li>
            ))}
          </ul>
        )}
        {counterForm(t('flow:continue'), false)}
      </>
    );
  } else {
    const conditions = unique(best.reasons.filter((r) => r.effect === 'depends-on'));
    const pins = best.route === 'store' ? pinsOf(q.triage.pin as PinKind | undefined).filter((p) => p === 'signature' || p === 'auth') : [];
    const chains = pins.length === 1 ? store.chains.filter((c) => c.pins.includes(pins[0]!)) : [];
    main = (
      <>
        <h1>{heading}</h1>
        <p class="flow-lead" data-route-best={best.route} data-route-status={best.status}>
          {t(`flow:route.lead.${best.route}`)}
        </p>
        {conditions.length > 0 && (
          <>
            <p>{t('flow:route.onlyIf')}</p>
            {reasonList(conditions)}
          </>
        )}
        <h2>{t('flow:route.steps')}</h2>
        {best.route === 'store' ? (
          <>
            <ol class="flow-steps">
              <li>{t('rules:triage.reasons.store-app')}</li>
              <li>{t('rules:triage.reasons.store-window', times)}</li>
            </ol>
            <p>
              {t('flow:route.appLabel')} <JaName text={store.app} />
            </p>
            {chains.length > 0 && (
              <>
                <p>{t('flow:route.stores')}</p>
                <ul class="flow-chains">
                  {chains.map((c) => (
                    <li key={c.id}>{t(`rules:triage.stores.${c.id}`)}</li>
                  ))}
                </ul>
                {chains.some((c) => !c.verified) && <p class="hint">{t('rules:triage.storesUnverified')}</p>}
              </>
            )}
            {q.applicant !== 'self' && <p>{t('flow:route.selfOnly')}</p>}
          </>
        ) : (
          <>
            <p>{t('rules:triage.routes.myna-portal.summary')}</p>
            {reasonList(unique(best.reasons.filter((r) => r.effect === 'info')))}
          </>
        )}
        {goodToKnow}
        <section class="flow-anyway" aria-labelledby="flow-anyway-title">
          <h2 id="flow-anyway-title">{t('flow:route.counterAnyway.title')}</h2>
          <p>{t('flow:route.counterAnyway.body')}</p>
          {counterForm(t('flow:route.counterAnyway.button'), true)}
        </section>
      </>
    );
  }

  return (
    <div class="flow">
      <BackLink href={props.backHref} from={props.backFrom} />
      <FlowCaption query={q} step="route" />
      {result.resetFirst === true && <p class="flow-note">{t('rules:triage.resetFirst')}</p>}
      {main}
    </div>
  );
}
