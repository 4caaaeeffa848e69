import { useMemo } from 'preact/hooks';
import type { ChecklistItem, ChecklistVisit } from '../../engine/checklist';
import { counterStatus } from '../../engine/time';
import { DateText } from '../../i18n';
import { useMounted } from '../../shell/mounted';
import { minuteOf, useNow } from '../counters/use-now';
import { buildHref, ROUTES } from '../routes';
import { sentence } from '../ui/sentence';
import { sameAsJapanese } from '../ui/JaTerm';
import { itemKey, type ChecklistContext } from './context';
import { JaName } from '../ui/JaName';
import { CounterFacts } from './SourceInfo';

// The answer first (issue 20): under the title, how many visits, what to bring on each in a few words, where, and
// the next day that counter does card work. The full list below says the rest; this is what a resident rereads.

/** An item in a few words: the shared short name of its kind, else its full label. */
function shortName(ctx: ChecklistContext, item: ChecklistItem): string {
  const full = ctx.t(itemKey(ctx, item.id));
  return ctx.t([`short.${ctx.itemProcedure}.${item.id}`, `short.${item.id}`], { defaultValue: full });
}

/** Where to go, and (in the running app only: the HTML may be days old) when that counter next does card work. */
function Where(props: { ctx: ChecklistContext }) {
  const { ctx } = props;
  const { t, city, checklist } = ctx;
  const mounted = useMounted();
  const now = useNow();
  const minute = minuteOf(now);
  const counters = useMemo(() => checklist.counters.map((id) => city.counters.find((c) => c.id === id)).filter((c) => c !== undefined), [city, checklist]);
  const statuses = useMemo(() => (mounted ? counters.map((c) => counterStatus(c, now, checklist.procedure)) : []), [mounted, counters, minute]);
  if (!counters.length) return null;
  return (
    <div class="cl-summary__where">
      <p class="cl-summary__label">{t(checklist.countersGivenFor ? 'summary.whereUnsure' : 'summary.where')}</p>
      <ul>
      {counters.map((c, i) => {
        const name = t(`cities/${city.id}:counters.${c.id}`);
        const s = statuses[i];
        const next = s?.nextOpening;
        const until = c.schedule.cardWorkUntil;
        return (
          <li key={c.id} data-summary-counter={c.id}>
            {sameAsJapanese(name, c.ja) ? (
              <span lang="ja">{name}</span>
            ) : (
              <>
                {name} <JaName text={c.ja} />
              </>
            )}
            {until && <span class="cl-summary__until"> ({t('summary.cardUntil', { until: until.time })})</span>}
            {s && s.status === 'open' && <span class="cl-summary__next"> · {t('summary.openNow')}</span>}
            {s && s.status !== 'open' && next && next !== 'unknown' && (
              <span class="cl-summary__next">
                {' · '}
                {sentence(t, next.inPrinciple ? 'summary.nextInPrinciple' : 'summary.next', { date: <DateText iso={next.date} weekday /> }, { time: next.time })}
              </span>
            )}
          </li>
        );
      })}
      </ul>
      <p class="cl-summary__maintenance" data-fact="maintenance-sunday">
        {t('counters:facts.maintenance')}
      </p>
      <CounterFacts ctx={ctx} />
      <p class="cl-summary__hours">
        <a href={buildHref(ROUTES.counters, { city: city.id, procedure: checklist.procedure, lang: ctx.nav.query.lang })}>{t('counters.hours')}</a>
      </p>
    </div>
  );
}

// Why a visit lists nothing: the page says the counter tells, the answers rule every item out, or the page is silent.
const EMPTY_TEXT = { told: 'summary.toldAtCounter', 'none-needed': 'summary.noneNeeded', ask: 'summary.askCounter' } as const;

/** A visit with nothing to list, said with its reason. */
function EmptyVisit(props: { visit: ChecklistVisit; t: ChecklistContext['t'] }) {
  const { visit } = props;
  const empty = visit.itemsToldAtCounter ? 'told' : visit.items.length ? 'none-needed' : 'ask';
  return <span data-summary-empty={empty}>{props.t(EMPTY_TEXT[empty])}</span>;
}

/** The summary under the checklist's title: visits, the items of each in short, the counter and its next opening. */
export function Summary(props: { ctx: ChecklistContext }) {
  const { ctx } = props;
  const { t, checklist } = ctx;
  const visits = checklist.visits;
  if (!visits.length) return null;
  return (
    <section class="cl-summary" aria-labelledby="cl-summary-title" data-summary="">
      <h2 id="cl-summary-title">{t('summary.title', { count: visits.length })}</h2>
      <ol class="cl-summary__visits">
        {visits.map((visit, i) => {
          const items = visit.items.filter((it) => it.state !== 'not-needed');
          return (
            <li key={i} data-summary-visit={i + 1}>
              {visits.length > 1 && (
                <strong class="cl-summary__visit">
                  {t('rules:visits.numbered', { n: i + 1 })}
                  {visit.sameCounterAsFirst && t('summary.sameCounter')}:{' '}
                </strong>
              )}
              {items.length ? (
                items.map((it, k) => (
                  <span key={it.id} data-summary-item={it.id}>
                    {k > 0 && t('summary.separator')}
                    {shortName(ctx, it)}
                    {it.state === 'conditional' && t('summary.ifNeeded')}
                  </span>
                ))
              ) : (
                <EmptyVisit visit={visit} t={t} />
              )}
              {i === 0 && checklist.mailedInquiry && visits.length > 1 && <p class="cl-summary__mail">{t(checklist.mailedInquiry.sealed ? 'summary.mailSealed' : 'summary.mail')}</p>}
            </li>
          );
        })}
      </ol>
      <Where ctx={ctx} />
    </section>
  );
}
