import type { TFunction } from 'i18next';
import { useState } from 'preact/hooks';
import { cities } from '../../cities/registry';
import type { City } from '../../cities/schema';
import type { ApplicantId, FactId, ProcedureId } from '../../cities/vocabulary';
import { buildChecklist, coverage, procedureCoverage, type Coverage } from '../../engine/checklist';
import { factsIn } from '../../engine/conditions';
import { useLang, useT, type Lang } from '../../i18n';
import { useMounted } from '../../shell/mounted';
import { useScreenTitle } from '../Layout';
import { BackLink } from '../ui/BackLink';
import { ErrorSummary } from '../ui/ErrorSummary';
import { JaTerm, sameAsJapanese } from '../ui/JaTerm';
import { ROUTES } from '../routes';
import type { ChecklistQuery } from '../query/checklist-query';
import { flowParams } from './flow-nav';
import { pinKindOf, pinShapes, type PinKind } from '../query/answers';
import { answerOf, followingStep, hasNotSure, isFactStep, withAnswer, type QuestionStep } from './flow-steps';
import { isSeveral } from './steps';
import type { ScreenProps } from './QuestionFlow';
import { PinNames } from './PinNames';
import { StepHelp } from './StepHelp';
import { chosenChoices, cityChoice, flowNamespaces, screenTitle, stepText, type Choice } from './step-text';

/** The small line above a question: which city and procedure the answers are for. */
export function FlowCaption(props: { query: ChecklistQuery; step: string }) {
  const t = useT(flowNamespaces(cities.ids));
  const { city, procedure } = props.query;
  if (!city || !procedure || props.step === 'city' || props.step === 'procedure') return null;
  return (
    <p class="flow-caption">{t('flow:caption', { city: cityChoice(t, city).label, procedure: t(`rules:procedures.${procedure}`) })}</p>
  );
}

/** Hidden fields that carry every other answer, so the form also works as a plain GET before JavaScript runs. */
export function HiddenFields(props: { params: Array<[string, string]> }) {
  return (
    <>
      {props.params.map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}

/** The items of the checklist that this fact decides, by name in the shown language, with the page's Japanese wording. */
function decidedItems(city: City, q: ChecklistQuery, fact: FactId, lang: Lang, t: TFunction) {
  if (!q.procedure || !q.applicant) return [];
  const list = buildChecklist(city, q.procedure, q.applicant, {});
  const keyProcedure = list.sameAs?.procedure ?? q.procedure;
  return list.visits
    .flatMap((v) => v.items)
    .filter((item) => item.condition && factsIn(item.condition).includes(fact))
    .map((item) => {
      const key = list.baseline ? `rules:baseline.${q.procedure}.items.${item.id}` : `cities/${city.id}:items.${keyProcedure}.${q.applicant}.${item.id}`;
      const label = t(key, { defaultValue: item.ja });
      return { id: item.id, label, ja: lang !== 'ja' && !sameAsJapanese(label, item.ja) ? item.ja : undefined };
    })
    .filter((item, i, all) => all.findIndex((x) => x.id === item.id) === i);
}


/** One question screen: radios in a fieldset whose legend is the page's h1, help where people may not know, Continue. */
export function QuestionScreen(props: ScreenProps & { step: QuestionStep }) {
  const { query: q, step, city, lang: langParam } = props;
  const t = useT(flowNamespaces(cities.ids));
  const lang = useLang();
  const text = stepText(t, step, q, cities.ids);
  const saved = answerOf(q, step);
  // A reset of the resident-register PIN already says it cannot be entered; the answer is offered, not assumed.
  const suggested = step === 'resident-pin' && q.triage.pin === 'resident' ? 'unusable' : undefined;
  // Check boxes (several answers) keep one value, as the URL does: ticks are its shapes (pinShapes), '' "not sure".
  const several = isSeveral(step);
  // (An answer picked before the app took over reaches onChange through the shell, src/shell/early-input.ts.)
  const [choice, setChoice] = useState<string | undefined>(saved ?? suggested);
  const [errors, setErrors] = useState(0);
  // The browser's own validation until the app runs; then the app's error summary.
  const live = useMounted();
  useScreenTitle(props.named ? screenTitle(t, text.question, errors > 0) : undefined);

  const id = (i: number | 'none') => `${step}-${i}`;
  const firstId = id(0);
  const hintId = text.hint ? `${step}-hint` : undefined;
  const errorId = errors ? `${step}-error` : undefined;
  const errorText = t(`flow:error.${isFactStep(step) ? 'fact' : step}`);
  const decides = city && isFactStep(step) ? decidedItems(city, q, step, lang, t) : [];
  // Said where the choice is made, not four questions later: the city's page gives no list for this choice.
  const silence = (c: Choice): Coverage | undefined => {
    if (!city || !c.value) return undefined;
    if (step === 'procedure') return procedureCoverage(city, c.value as ProcedureId);
    if (step === 'applicant' && q.procedure) return coverage(city, q.procedure, c.value as ApplicantId);
    return undefined;
  };

  const onSubmit = (e: Event) => {
    e.preventDefault();
    if (choice === undefined) {
      setErrors((n) => n + 1);
      return;
    }
    void props.advance(withAnswer(q, step, choice || undefined, cities.ids));
  };

  const ticked = (c: Choice) => (c.value ? chosenChoices(step, choice, text.choices).includes(c) : choice === c.value);
  const pick = (c: Choice, on: boolean) => {
    if (!several || !c.value) return setChoice(on ? c.value : undefined);
    const shapes = pinShapes(choice as PinKind | undefined).filter((v) => v !== c.value);
    setChoice(pinKindOf(on ? [...shapes, c.value] : shapes));
  };

  const radio = (c: Choice, key: number | 'none') => {
    const inputId = id(key);
    const hint = c.hint || c.names ? `${inputId}-hint` : undefined;
    return (
      <div class="choice" key={inputId}>
        <input
          type={several ? 'checkbox' : 'radio'}
          id={inputId}
          name={step}
          value={c.value}
          checked={ticked(c)}
          required={!several}
          aria-describedby={hint}
          onChange={(e) => {
            pick(c, e.currentTarget.checked);
          }}
        />
        <label for={inputId}>
          {c.label}
          <JaTerm ja={lang === 'ja' ? undefined : c.ja} />
        </label>
        {hint && (
          <p class="choice__hint" id={hint}>
            {c.hint}
            {c.names && <PinNames t={t} names={c.names} />}
          </p>
        )}
        {silence(c) !== undefined && silence(c) !== 'city' && (
          <p class="choice__hint choice__hint--silent" data-coverage={silence(c)}>
            {t(`flow:coverage.${silence(c)}`, { city: city ? t(`cities/${city.id}:name`) : '' })}
          </p>
        )}
      </div>
    );
  };

  return (
    <div class="flow">
      <BackLink href={props.backHref} from={props.backFrom} />
      {errors > 0 && (
        <ErrorSummary id={`${step}-summary`} title={t('flow:error.title')} errors={[{ field: firstId, message: errorText }]} focusKey={errors} />
      )}
      <FlowCaption query={q} step={step} />
      <form method="get" action={ROUTES.checklist} noValidate={live} onSubmit={onSubmit}>
        <div class={errors ? 'form-group form-group--error' : 'form-group'}>
          <fieldset class="fieldset" aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}>
            <legend class="fieldset__legend">
              <h1>{text.question}</h1>
            </legend>
            {text.hint && (
              <p class="hint" id={hintId}>
                {text.hint}
              </p>
            )}
            {decides.length > 0 && (
              <div class="hint">
                <p class="flow-decides__title">{t('flow:facts.decides')}</p>
                <ul class="flow-decides">
                  {decides.map((item) => (
                    <li key={item.id}>
                      {item.label}
                      <JaTerm ja={item.ja} />
                    </li>
                  ))}
                </ul>
              </div>
            )}
            {errorId && (
              <p class="error-message" id={errorId}>
                <span class="visually-hidden">{t('flow:error.prefix')} </span>
                {errorText}
              </p>
            )}
            <div class="choices">
              {text.choices.map((c, i) => radio(c, i))}
              {text.notSure && hasNotSure(step) && (
                <>
                  <p class="choices__or">{t('flow:or')}</p>
                  {radio(text.notSure, 'none')}
                </>
              )}
            </div>
          </fieldset>
        </div>
        <StepHelp step={step} query={q} lang={langParam} />
        <HiddenFields params={flowParams(withAnswer(q, step, undefined, cities.ids), followingStep(step), langParam)} />
        <button type="submit" class="button flow-continue">
          {t('flow:continue')}
        </button>
      </form>
      {(step === 'pin' || step === 'current-pin') && <p class="flow-never">{t('flow:neverAsk')}</p>}
    </div>
  );
}
