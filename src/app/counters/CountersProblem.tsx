import { useT } from '../../i18n';
import { CityLinks, ProcedureLinks } from './CityLinks';

/** A /counters link with an unknown city or procedure: say what is wrong and offer the right links; never crash. */
export function CountersProblem(props: { city: string | null; badCity: string | null; badProcedure: string | null }) {
  const t = useT(['counters', 'common']);
  return (
    <>
      <h1>{t('problem.title')}</h1>
      <div class="problem" role="alert">
        {props.badCity !== null && <p>{t('problem.city', { value: props.badCity })}</p>}
        {props.badProcedure !== null && <p>{t('problem.procedure', { value: props.badProcedure })}</p>}
      </div>
      {props.badCity !== null ? (
        <>
          <h2 id="choose-city">{t('chooser.heading')}</h2>
          <CityLinks procedure={null} />
        </>
      ) : (
        <>
          <h2 id="choose-procedure">{t('procedureHeading')}</h2>
          <ProcedureLinks city={props.city} procedure={null} labelledBy="choose-procedure" />
        </>
      )}
    </>
  );
}
