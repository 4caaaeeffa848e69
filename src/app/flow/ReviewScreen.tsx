import { useEffect } from 'preact/hooks';
import { cities } from '../../cities/registry';
import { isChildRenewal } from '../../engine/child-renewal';
import { useLang, useT } from '../../i18n';
import { endChange, flowHref, startChange } from './flow-nav';
import { answerOf, flowSteps, isQuestionStep, pruneQuery, type QuestionStep } from './flow-steps';
import { BackLink } from '../ui/BackLink';
import { JaTerm } from '../ui/JaTerm';
import { FlowCaption } from './QuestionScreen';
import type { ScreenProps } from './QuestionFlow';
import { chosenChoices, flowNamespaces, stepText } from './step-text';

/**
 * Check your answers: every question asked, its answer, and a Change link that opens that question and then comes
 * back here (unless the new answer brings up a new question first).
 */
export function ReviewScreen(props: ScreenProps) {
  const { query: q, city, lang: langParam } = props;
  const t = useT(flowNamespaces(cities.ids));
  const lang = useLang();
  const steps = flowSteps(q, city);
  const questions = steps.filter(isQuestionStep) as QuestionStep[];

  // Arriving here ends any change in progress.
  useEffect(() => endChange(), []);

  return (
    <div class="flow">
      <BackLink href={props.backHref} from={props.backFrom} />
      <FlowCaption query={q} step="review" />
      <h1>{t('flow:review.title')}</h1>
      {isChildRenewal(q.procedure, q.applicant, q.answers) && (
        <div class="callout" role="note" data-notice="child-renewal">
          <p>
            <strong>{t('flow:applicant.childRenewal.title')}</strong>
          </p>
          <p>{t('flow:applicant.childRenewal.body')}</p>
        </div>
      )}
      <p>{t('flow:review.intro')}</p>
      <dl class="summary-list">
        {questions.map((step) => {
          const text = stepText(t, step, q, cities.ids);
          const value = answerOf(q, step);
          const chosen = chosenChoices(step, value, text.choices);
          return (
            <div class="summary-list__row" key={step} data-step={step}>
              <dt class="summary-list__key">{text.question}</dt>
              <dd class="summary-list__value">
                {chosen.length ? (
                  chosen.map((choice, i) => (
                    <span key={choice.value}>
                      {i > 0 && <br />}
                      {choice.label}
                      <JaTerm ja={lang === 'ja' ? undefined : choice.ja} />
                    </span>
                  ))
                ) : (
                  t('flow:review.notAnswered')
                )}
              </dd>
              <dd class="summary-list__action">
                <a href={flowHref(q, step, langParam)} onClick={() => startChange({ step, shown: steps })}>
                  {t('flow:review.change')}
                  <span class="visually-hidden"> {text.question}</span>
                </a>
              </dd>
            </div>
          );
        })}
      </dl>
      <a class="button flow-continue" href={flowHref(pruneQuery(q, city), null, langParam)}>
        {t('flow:review.submit')}
      </a>
    </div>
  );
}
