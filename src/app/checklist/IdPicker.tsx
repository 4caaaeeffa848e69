import { useState } from 'preact/hooks';
import type { IdDocument } from '../../cities/schema';
import { evaluate, openFacts } from '../../engine/conditions';
import { checkIds, documentValidity, documentsFor, idRule, type DocumentValidity } from '../../engine/id-check';
import type { ChecklistItem } from '../../engine/checklist';
import { askHref, type ChecklistContext } from './context';
import { documentName, ignoredPhrase, missingPhrase, onlyIf } from './phrases';
import { DateText } from '../../i18n';

import { holderAnswers, toggled } from './checklist-state';
import { sentence } from '../ui/sentence';
import { LabelAndJa } from '../ui/JaName';

// The identity-document picker of one `kind: id` item. What is held lives in the URL (docs / agent-docs), so a
// shared link shows the same check. The verdict under it is a polite live region: it speaks after each tick.

/** Lists longer than this start folded (unless something in them is ticked): Ryugasaki's B list has 27 entries. */
const FOLD_AFTER = 8;

/** Each holder's documents are checked against the answers that describe that holder (see holderAnswers). */
function heldFor(ctx: ChecklistContext, whose: 'person' | 'agent') {
  const answers = holderAnswers(ctx.query, whose);
  return whose === 'agent'
    ? { param: 'agent-docs' as const, held: ctx.query.agentDocs, answers }
    : { param: 'docs' as const, held: ctx.query.docs, answers };
}

/**
 * What the national rules say of a document, at its checkbox and in the verdict: no longer valid (with the date and
 * what replaced it), or valid only as some of the kinds it names. Nothing for a document no rule touches.
 */
export function ValidityNote(props: { ctx: ChecklistContext; validity: DocumentValidity }) {
  const { ctx, validity } = props;
  const { t, city } = ctx;
  const lapsed = validity.expired[0];
  if (validity.status === 'valid' || !lapsed?.expired) return null;
  const replacement = lapsed.expired.replacedBy;
  const kind = (id: string) => t(`rules:documentKinds.${id}`);
  const date = <DateText iso={lapsed.expired.on} />;
  const listed = city.documents.some((d) => d.kinds?.includes(replacement));
  return (
    <p class={`cl-doc__validity cl-doc__validity--${validity.status}`} data-validity={validity.status}>
      {validity.status === 'expired'
        ? sentence(t, 'rules:validity.expired', { date }, { kind: kind(lapsed.id), replacement: kind(replacement) })
        : sentence(t, 'rules:validity.partly', { date }, { valid: validity.valid.map((k) => kind(k.id)).join(t('rules:validity.or')), expired: kind(lapsed.id) })}
      {!listed && <> {t('rules:validity.replacementNotListed', { city: ctx.cityName, replacement: kind(replacement) })}</>}
    </p>
  );
}

/** The verdict for an ID item: enough, or what is still needed, and why some ticked documents do not count. */
export function IdStatus(props: { ctx: ChecklistContext; item: ChecklistItem; live: boolean }) {
  const { ctx, item } = props;
  const { t, tr, city } = ctx;
  const whose = item.whose ?? 'person';
  const { held, answers } = heldFor(ctx, whose);
  const check = checkIds(city, item.idRule!, held, answers);
  const partly = check.counted.filter((d) => d.validity);
  // Before any tick there is nothing to judge: the live region stays (empty) so the first verdict is spoken.
  if (!held.length) return <div class="cl-idstatus is-empty" aria-live={props.live ? 'polite' : undefined} />;
  return (
    <div class={`cl-idstatus ${check.enough ? 'is-enough' : 'is-short'}`} aria-live={props.live ? 'polite' : undefined}>
      <p class="cl-idstatus__verdict">
        <span class="cl-idstatus__icon" aria-hidden="true">
          {check.enough ? '✓' : '!'}
        </span>
        {check.enough
          ? t('rules:idCheck.enough')
          : t('id.verdictShort', {
              notEnough: t('rules:idCheck.notEnough'),
              stillNeed: t('id.stillNeed', { need: missingPhrase(check, city.id, tr) }),
            })}
      </p>
      {check.ignored.length + partly.length > 0 && (
        <ul class="cl-idstatus__ignored">
          {check.ignored.map((doc) => (
            <li key={doc.id} data-ignored={doc.reason}>
              {t('id.ignoredDoc', { doc: documentName(city, doc.id, tr), why: ignoredPhrase(doc, tr, ctx.cityName) })}
            </li>
          ))}
          {partly.map((doc) => (
            <li key={doc.id} data-counted-as={doc.validity!.valid.map((k) => k.id).join(' ')}>
              {t('id.ignoredDoc', {
                doc: documentName(city, doc.id, tr),
                why: t('rules:idCheck.countedOnlyAs', {
                  valid: doc.validity!.valid.map((k) => t(`rules:documentKinds.${k.id}`)).join(t('rules:validity.or')),
                }),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function DocRow(props: { ctx: ChecklistContext; doc: IdDocument; whose: 'person' | 'agent'; inputId: string }) {
  const { ctx, doc, whose } = props;
  const { t, tr, city, nav } = ctx;
  const { param, held, answers } = heldFor(ctx, whose);
  const checked = held.includes(doc.id);
  const label = t(`cities/${city.id}:documents.${doc.id}`);
  const counts = doc.countsOnlyIf ? evaluate(doc.countsOnlyIf, answers) : true;
  // The agent's own card is asked about right here: the question flow is about the cardholder.
  const open = doc.countsOnlyIf && whose === 'person' ? openFacts(doc.countsOnlyIf, answers) : [];
  const askAgentPin = Boolean(doc.countsOnlyIf && whose === 'agent' && checked && counts === 'unknown' && doc.isCard);
  return (
    <li class={`cl-doc${checked ? ' is-held' : ''}`}>
      <input
        type="checkbox"
        id={props.inputId}
        class="cl-check"
        checked={checked}
        onChange={(e) => nav.set({ [param]: toggled(held, doc.id, e.currentTarget.checked) }, { replace: true })}
      />
      <label for={props.inputId} class="cl-doc__label">
        <LabelAndJa label={label} ja={doc.ja} labelClass="cl-doc__name" />
      </label>
      <ValidityNote ctx={ctx} validity={documentValidity(doc)} />
      {doc.countsOnlyIf && (
        <p class="cl-doc__cond">
          {counts === false
            ? t('rules:idCheck.ignored.condition-false', { condition: onlyIf(doc.countsOnlyIf, tr, ctx.cityName) })
            : t('rules:idCheck.ignored.condition-unknown', { condition: onlyIf(doc.countsOnlyIf, tr, ctx.cityName) })}
          {open.map((fact) => (
            <span key={fact} data-needs-script>
              {' '}
              <a href={askHref(ctx, fact)}>{t(`rules:facts.${fact}.question`, { city: ctx.cityName })}</a>
            </span>
          ))}
        </p>
      )}
      {askAgentPin && (
        <p class="cl-doc__cond" data-needs-script>
          {t('rules:facts.agent-resident-pin.question')}{' '}
          {(['usable', 'unusable'] as const).map((a) => (
            <span key={a}>
              {' '}
              <a href={nav.href({ 'agent-resident-pin': a })}>{t(`rules:facts.agent-resident-pin.answers.${a}`)}</a>
            </span>
          ))}
        </p>
      )}
    </li>
  );
}

function DocGroup(props: {
  ctx: ChecklistContext;
  listId: string;
  docs: IdDocument[];
  whose: 'person' | 'agent';
  idPrefix: string;
  first: boolean;
}) {
  const { ctx, listId, docs, whose } = props;
  const { t, city } = ctx;
  const { held } = heldFor(ctx, whose);
  const chosen = docs.filter((d) => held.includes(d.id)).length;
  const [startOpen] = useState(() => props.first || docs.length <= FOLD_AFTER || chosen > 0);
  const rows = (
    <ul class="cl-docs">
      {docs.map((doc) => (
        <DocRow key={doc.id} ctx={ctx} doc={doc} whose={whose} inputId={`${props.idPrefix}-${doc.id}`} />
      ))}
    </ul>
  );
  return (
    <fieldset class="cl-docgroup" data-list={listId}>
      <legend>{t(`cities/${city.id}:lists.${listId}`)}</legend>
      {startOpen ? (
        rows
      ) : (
        <details class="cl-fold">
          <summary>{t('id.showList', { count: docs.length })}</summary>
          {rows}
        </details>
      )}
    </fieldset>
  );
}

/**
 * Tick boxes of the city's documents for one ID rule, grouped by list, folded under one line so the list stays
 * short (the boxes are one tap away; the person opens and closes them), with the live verdict always in view.
 */
export function IdPicker(props: { ctx: ChecklistContext; item: ChecklistItem; idPrefix: string }) {
  const { ctx, item } = props;
  const { t, city } = ctx;
  const whose = item.whose ?? 'person';
  const rule = idRule(city, item.idRule!);
  const docs = documentsFor(city, rule.id);
  const lists = city.lists.map((l) => l.id).filter((id) => docs.some((d) => d.list === id));
  const excluded = (rule.excludes ?? []).filter((id) => city.documents.some((d) => d.id === id));
  const headingId = `${props.idPrefix}-heading`;
  return (
    <section class="cl-picker" aria-labelledby={headingId}>
      <details class="cl-picker__fold" data-picker-fold="">
      <summary id={headingId} class="cl-picker__title">
        {t(whose === 'agent' ? 'id.pickAgent' : 'id.pickPerson')}
      </summary>
      {lists.some((id) => city.lists.find((l) => l.id === id)?.complete === false) && (
        <p class="cl-picker__note">{t('rules:idRule.examplesOnly')}</p>
      )}
      {lists.map((listId, i) => (
        <DocGroup
          key={listId}
          ctx={ctx}
          listId={listId}
          docs={docs.filter((d) => d.list === listId)}
          whose={whose}
          idPrefix={`${props.idPrefix}-${listId}`}
          first={i === 0}
        />
      ))}
      {excluded.length > 0 && (
        <ul class="cl-picker__excluded">
          {excluded.map((id) => (
            <li key={id}>{t('rules:idRule.excludes', { doc: t(`cities/${city.id}:documents.${id}`) })}</li>
          ))}
        </ul>
      )}
      </details>
      <IdStatus ctx={ctx} item={item} live={true} />
    </section>
  );
}
