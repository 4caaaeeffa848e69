import { Fragment } from 'preact';
import type { Checklist, ChecklistItem, ChecklistVisit } from '../../engine/checklist';
import { itemKey, type ChecklistContext } from './context';
import { notNeededBecause } from './phrases';
import { ConditionNote } from './ConditionNote';
import { tickId, toggled } from './checklist-state';
import { IdPicker, IdStatus } from './IdPicker';
import { DEFAULT_LANGUAGE, useLang } from '../../i18n';
import { LabelAndJa } from '../ui/JaName';
import { Quote } from '../ui/Quote';

// The items of each visit: tick boxes for what to bring, conditions in words until answered, an ID picker under
// each identity requirement, and the items not needed in this case folded away with the reason.

/**
 * An item's label in the shown language and the page's Japanese wording. In the language of the city's pages the
 * page's words alone: they are what the staff read, and a second near-identical wording only lengthens the list.
 */
export function ItemNames(props: { ctx: ChecklistContext; item: ChecklistItem; big?: boolean; applicant?: string }) {
  const { ctx, item } = props;
  const lang = useLang();
  const label = lang === DEFAULT_LANGUAGE ? item.ja : ctx.t(itemKey(ctx, item.id, props.applicant));
  return (
    <LabelAndJa label={label} ja={item.ja} labelClass="cl-item__name" />
  );
}

/**
 * The tick ids of the ID items that carry the picker: the first item of each (whose, rule) pair. A later visit's
 * identical requirement refers to it and shows only the verdict, so the same boxes are never on the page twice.
 */
export function pickerItems(checklist: Checklist): Set<string> {
  const seen = new Set<string>();
  const first = new Set<string>();
  checklist.visits.forEach((visit, i) => {
    for (const item of visit.items) {
      if (item.kind !== 'id' || item.state === 'not-needed') continue;
      const key = `${item.whose}:${item.idRule}`;
      if (!seen.has(key)) first.add(tickId(i, item.id));
      seen.add(key);
    }
  });
  return first;
}

type PickerSeen = Set<string>;

function ItemRow(props: { ctx: ChecklistContext; item: ChecklistItem; visitIndex: number; seen: PickerSeen }) {
  const { ctx, item, visitIndex, seen } = props;
  const { t, nav, query } = ctx;
  const id = tickId(visitIndex, item.id);
  const inputId = `tick-${id}`;
  const done = query.done.includes(id);
  const firstPicker = seen.has(id);
  // The page's own words already say whose document it is; other languages get it spelled out.
  const sayWhose = useLang() !== DEFAULT_LANGUAGE;
  return (
    <li class={`cl-item cl-item--${item.state}${done ? ' is-done' : ''}`} data-item={item.id} data-state={item.state}>
      <div class="cl-item__row">
        <input
          type="checkbox"
          id={inputId}
          class="cl-check"
          checked={done}
          onChange={(e) => nav.set({ done: toggled(query.done, id, e.currentTarget.checked) }, { replace: true })}
        />
        <label for={inputId} class="cl-item__label">
          <ItemNames ctx={ctx} item={item} />
        </label>
      </div>
      {item.issuedWithin && (
        <p class="cl-item__meta">
          {t(item.issuedWithin.inPrinciple ? 'rules:visits.issuedWithinInPrinciple' : 'rules:visits.issuedWithin', {
            months: item.issuedWithin.months,
          })}
        </p>
      )}
      {item.letterWithoutForm && <p class="cl-item__meta" data-letter-without-form="">{t('items.letterWithoutForm', { city: ctx.cityName })}</p>}
      {item.nationalNotes?.map((id) => (
        <p key={id} class="cl-item__national" data-national-note={id}>
          {t(`rules:national.notes.${id}`)}
        </p>
      ))}
      {item.state === 'conditional' && item.condition && <ConditionNote ctx={ctx} condition={item.condition} badge="rules:states.conditional" />}
      {item.kind === 'id' && item.idRule && item.state !== 'not-needed' && (
        <div class="cl-item__id">
          {sayWhose && <p class="cl-item__whose">{t(`rules:whose.${item.whose ?? 'person'}`)}</p>}
          {firstPicker ? (
            <IdPicker ctx={ctx} item={item} idPrefix={`doc-${id}`} />
          ) : (
            <>
              <p class="cl-item__same">{t('id.sameAsBefore')}</p>
              <IdStatus ctx={ctx} item={item} live={false} />
            </>
          )}
        </div>
      )}
    </li>
  );
}

/** The not-needed items of a visit, folded, each with why. */
function NotNeeded(props: { ctx: ChecklistContext; items: ChecklistItem[] }) {
  const { ctx, items } = props;
  if (!items.length) return null;
  return (
    <details class="cl-notneeded">
      <summary>{ctx.t('items.notNeeded', { count: items.length })}</summary>
      <ul>
        {items.map((item) => (
          <li key={item.id} data-item={item.id} data-state="not-needed">
            <ItemNames ctx={ctx} item={item} />
            {item.condition && <p class="cl-notneeded__why">{notNeededBecause(item.condition, ctx.tr, ctx.cityName)}</p>}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** One visit's items: what to bring (ticks), then the ones not needed. */
export function VisitItems(props: { ctx: ChecklistContext; visit: ChecklistVisit; visitIndex: number; seen: PickerSeen }) {
  const { ctx, visit, visitIndex, seen } = props;
  const shown = visit.items.filter((it) => it.state !== 'not-needed');
  const hidden = visit.items.filter((it) => it.state === 'not-needed');
  return (
    <>
      <ul class="cl-items">
        {shown.map((item) => (
          <ItemRow key={item.id} ctx={ctx} item={item} visitIndex={visitIndex} seen={seen} />
        ))}
      </ul>
      <NotNeeded ctx={ctx} items={hidden} />
    </>
  );
}

/** All visits: a plain list for one visit, an ordered timeline (visit, mailed form, visit) for a voluntary proxy. */
export function Visits(props: { ctx: ChecklistContext }) {
  const { ctx } = props;
  const { t, checklist } = ctx;
  const lang = useLang();
  const seen = pickerItems(checklist);
  const titleId = 'cl-bring-title';
  if (checklist.visits.length === 1 && !checklist.mailedInquiry) {
    return (
      <section class="cl-bring" aria-labelledby={titleId}>
        <h2 id={titleId}>{t('items.title')}</h2>
        <VisitItems ctx={ctx} visit={checklist.visits[0]!} visitIndex={0} seen={seen} />
      </section>
    );
  }
  const mail = checklist.mailedInquiry;
  // In Japanese the city's words say it all (to the person's address, 簡易書留, 転送不要) under the step's heading,
  // and the summary says who fills the form in: the app's explanations are for the other languages.
  const quoted = !checklist.baseline;
  const explain = !(quoted && lang === DEFAULT_LANGUAGE);
  return (
    <section class="cl-bring" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('timeline.title', { count: checklist.visits.length })}</h2>
      <ol class="cl-timeline">
        {checklist.visits.map((visit, i) => (
          <Fragment key={i}>
            {i === 1 && mail && (
              <li class="cl-step cl-step--mail" data-step="mail">
                <h3>{t('timeline.mail')}</h3>
                {explain && <p>{t(mail.sealed ? 'rules:visits.mailedInquirySealed' : 'rules:visits.mailedInquiry')}</p>}
                {explain && mail.registeredMail && <p class="cl-step__fact">{t('rules:visits.registeredMail')}</p>}
                {explain && mail.noForwarding && <p class="cl-step__fact">{t('rules:visits.noForwarding')}</p>}
                {/* A national list's steps come from the national notes, not from the city's page. */}
                {quoted && <p class="cl-quote">
                  <span class="cl-quote__label">{t('source.onPage')}</span>{' '}
                  <Quote cityId={ctx.city.id} text={mail.source.quote} />
                </p>}
              </li>
            )}
            <li class="cl-step" data-step={`visit-${i + 1}`}>
              <h3>{t('rules:visits.numbered', { n: i + 1 })}</h3>
              {visit.sameCounterAsFirst && <p class="cl-step__fact cl-step__fact--strong">{t('rules:visits.sameCounter')}</p>}
              <VisitItems ctx={ctx} visit={visit} visitIndex={i} seen={seen} />
              {visit.itemsToldAtCounter && <p class="cl-step__fact">{t('rules:visits.toldAtCounter')}</p>}
            </li>
          </Fragment>
        ))}
      </ol>
    </section>
  );
}
