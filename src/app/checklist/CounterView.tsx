import { useEffect, useState } from 'preact/hooks';
import { getT, isLanguageLoaded, loadLanguage, useLang } from '../../i18n';
import type { ChecklistItem } from '../../engine/checklist';
import { checkIds } from '../../engine/id-check';
import { holderAnswers } from './checklist-state';
import { itemKey, type ChecklistContext } from './context';
import { AskLinks } from './ConditionNote';
import { openFacts, sortFacts } from '../../engine/conditions';
import { ScheduleFacts } from '../counters/ScheduleFacts';
import { jstDateOf } from '../../engine/time';
import { DateText } from '../../i18n';
import { useMounted } from '../../shell/mounted';
import { JaName } from '../ui/JaName';
import { PersonNameSlot } from '../saved/PersonSlot';

// "Show at the counter": what the staff read. Japanese names large, the shown language small beside them, only what
// is required, black on white. Japanese texts come from the Japanese locale files even when the page is in English.

const JA = 'ja';

/** A t() for Japanese over rules and this city, once the Japanese files are in memory (null until then). */
function useJapanese(cityId: string) {
  const [ready, setReady] = useState(() => isLanguageLoaded(JA));
  useEffect(() => {
    if (ready) return;
    let live = true;
    loadLanguage(JA).then(
      () => live && setReady(true),
      () => undefined, // offline before the Japanese files were cached: the data's own Japanese still shows
    );
    return () => {
      live = false;
    };
  }, [ready]);
  return ready ? getT(JA, ['rules', `cities/${cityId}`]) : null;
}

function HeldDocuments(props: { ctx: ChecklistContext; item: ChecklistItem; small: boolean }) {
  const { ctx, item } = props;
  const { city, t } = ctx;
  const agent = item.whose === 'agent';
  const check = checkIds(city, item.idRule!, agent ? ctx.query.agentDocs : ctx.query.docs, holderAnswers(ctx.query, agent ? 'agent' : 'person'));
  if (!check.counted.length) return <p class="cv-short cv-short--none">{t('counter.noDocs')}</p>;
  return (
    <>
      <ul class="cv-docs">
        {check.counted.map(({ id }) => {
          const doc = city.documents.find((d) => d.id === id)!;
          return (
            <li key={id}>
              <JaName class="cv-ja" text={doc.ja} />
              {props.small && (
                <span class="cv-en">{ctx.t(`cities/${city.id}:documents.${id}`)}</span>
              )}
            </li>
          );
        })}
      </ul>
      {!check.enough && <p class="cv-short">{t('counter.notEnough')}</p>}
    </>
  );
}

/** On paper: where to go and when, and the day it was printed (the running app's today; the HTML may be older). */
function PrintFooter(props: { ctx: ChecklistContext }) {
  const { ctx } = props;
  const { t, city, checklist } = ctx;
  const mounted = useMounted();
  return (
    <div class="cv-print-footer">
      {checklist.counters.map((id) => {
        const c = city.counters.find((x) => x.id === id);
        return c ? (
          <div key={id} class="cv-print-counter">
            <JaName text={c.ja} />
            <ScheduleFacts counter={c} />
          </div>
        ) : null;
      })}
      {mounted && (
        <p class="cv-printed">
          {t('counter.printed')} <DateText iso={jstDateOf(Date.now())} />
        </p>
      )}
    </div>
  );
}

/** The counter view of a checklist; `print` draws it as the checklist page's paper copy (hidden on screen). */
export function CounterView(props: { ctx: ChecklistContext; print?: boolean }) {
  const { ctx } = props;
  const { t, city, checklist, nav } = ctx;
  const ja = useJapanese(city.id);
  // The shown language small beside the Japanese; in Japanese, the page's wording alone.
  const small = useLang() !== JA;
  const conditionalItems = checklist.visits.flatMap((v) => v.items).filter((it) => it.state === 'conditional');
  const conditional = conditionalItems.length;
  // The questions that would bring them here: a sheet is never left empty with no way to fill it.
  const open = sortFacts(conditionalItems.flatMap((it) => (it.condition ? openFacts(it.condition, ctx.query.answers) : [])));
  const many = checklist.visits.length > 1;
  return (
    <div class={props.print ? 'cv cv--print print-only' : 'cv'} aria-hidden={props.print ? 'true' : undefined}>
      {!props.print && (
        <>
          <p class="cv-back no-print">
            <a href={nav.href({ view: null })} class="button button--secondary">
              {t('counter.back')}
            </a>{' '}
            <button type="button" class="button button--secondary" onClick={() => window.print()}>
              {t('actions.print')}
            </button>
          </p>
          <p class="cv-hint">{t('counter.hint')}</p>
        </>
      )}
      <div class="cv-sheet">
        {/* Whose sheet it is sits beside the title's last line when it fits: paper has no line to spare. */}
        <div class="cv-head">
          <h2 class="cv-title">
            <JaName class="cv-title__ja" text={`${city.ja}${ja ? ` ${ja(`rules:procedures.${checklist.procedure}`)}` : ''}`} />
            {ja && <JaName class="cv-title__who" text={ja(`rules:applicants.${checklist.applicant}`)} />}
          </h2>
          <PersonNameSlot query={ctx.query} />
        </div>
        {checklist.visits.map((visit, i) => {
          const items = visit.items.filter((it) => it.state === 'required');
          return (
            <section key={i} class="cv-visit" aria-label={many ? t('rules:visits.numbered', { n: i + 1 }) : undefined}>
              {many && (
                <h3 class="cv-visit__title">
                  {ja ? <JaName text={ja('rules:visits.numbered', { n: i + 1 })} /> : null}
                  {(small || !ja) && <span class="cv-en">{t('rules:visits.numbered', { n: i + 1 })}</span>}
                </h3>
              )}
              <ol class="cv-items">
                {items.map((item) => {
                  const label = t(itemKey(ctx, item.id));
                  return (
                    <li key={item.id} class="cv-item" data-item={item.id}>
                      <JaName class="cv-ja" text={item.ja} />
                      {small && <span class="cv-en">{label}</span>}
                      {item.kind === 'id' && item.idRule && <HeldDocuments ctx={ctx} item={item} small={small} />}
                    </li>
                  );
                })}
              </ol>
              {visit.itemsToldAtCounter && <p class="cv-en">{t('rules:visits.toldAtCounter')}</p>}
            </section>
          );
        })}
      </div>
      {conditional > 0 && <p class="cv-footnote">{t('counter.conditionalLeft', { count: conditional })}</p>}
      {!props.print && open.length > 0 && (
        <div class="cv-ask no-print">
          <AskLinks ctx={ctx} facts={open} />
        </div>
      )}
      <PrintFooter ctx={ctx} />
    </div>
  );
}
