import { cities } from '../../cities/registry';
import { useT } from '../../i18n';
import { STEP_ORDER, STEPS } from '../flow/steps';
import { VIEWS, type QueryProblem } from '../query/checklist-query';
import { buildHref, ROUTES, useQuery } from '../routes';
import { sentence, type Translate } from '../ui/sentence';

// A link that cannot be read gets this page instead of a guess: what was wrong, parameter by parameter, the value
// shown as text (never markup), and ways on: the same link without the wrong parts, each known city, the start.

const LIST_PARAMS = new Set(['docs', 'agent-docs', 'done']);

/** The values a parameter can take, when it has a fixed set. */
export function allowedValues(param: string): readonly string[] | undefined {
  if (param === 'ask') return STEP_ORDER;
  if (param === 'view') return VIEWS;
  const step = STEPS.find((s) => s.id === param);
  return step && 'values' in step ? step.values : undefined;
}

function Problem(props: { problem: QueryProblem; t: Translate }) {
  const { problem, t } = props;
  const { param, code, value } = problem;
  const allowed = allowedValues(param);
  return (
    <li class="qp-problem" data-param={param} data-code={code}>
      <p>
        {sentence(t, `problem.${code}`, { value: <code class="qp-value">{value}</code> }, { param })}
      </p>
      {code === 'bad-value' && allowed && <p class="qp-hint">{t('problem.allowed', { values: allowed.join(', ') })}</p>}
      {code === 'bad-value' && LIST_PARAMS.has(param) && <p class="qp-hint">{t('problem.listHint')}</p>}
    </li>
  );
}

/** The message page for a /checklist link with problems. */
export function QueryProblems(props: { problems: QueryProblem[] }) {
  const t = useT(['checklist', ...cities.ids.map((id) => `cities/${id}`)]);
  const tr = t as unknown as Translate;
  const nav = useQuery();
  const lang = nav.query.lang;
  const unknownCity = props.problems.some((p) => p.code === 'unknown-city');
  const without = Object.fromEntries(props.problems.map((p) => [p.param, null]));
  return (
    <div class="qp" data-query-problems="">
      <h1>{t('problem.title')}</h1>
      <p>{t('problem.intro')}</p>
      <ul class="qp-list">
        {props.problems.map((problem) => (
          <Problem key={`${problem.param}:${problem.code}`} problem={problem} t={tr} />
        ))}
      </ul>
      {unknownCity && (
        <section aria-labelledby="qp-cities">
          <h2 id="qp-cities">{t('problem.citiesTitle')}</h2>
          <ul class="qp-cities">
            {cities.ids.map((id) => (
              <li key={id}>
                <a href={nav.href({ ...without, city: id })}>{t(`cities/${id}:name`)}</a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <h2>{t('problem.nextTitle')}</h2>
      <ul class="qp-next">
        <li>
          <a href={nav.href(without)}>{t('problem.withoutBadParts')}</a>
        </li>
        <li>
          <a href={buildHref(ROUTES.checklist, { lang })}>{t('problem.chooseAgain')}</a>
        </li>
        <li>
          <a href={buildHref(ROUTES.start, { lang })}>{t('problem.start')}</a>
        </li>
      </ul>
    </div>
  );
}
