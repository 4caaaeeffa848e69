import { useMemo, useRef } from 'preact/hooks';
import { jstDateOf } from '../../engine/time';
import { useT } from '../../i18n';
import { useQuery } from '../routes';
import { useNow } from '../counters/use-now';
import { ErrorSummary } from '../ui/ErrorSummary';
import { useFieldMessage } from '../renewal/field-message';
import { RenewalForm } from '../renewal/RenewalForm';
import { RenewalResultView } from '../renewal/RenewalResultView';
import { RenewalSources } from '../renewal/Sources';
import { renewalFromQuery, stayAnswer } from '../renewal/renewal-query';
import { StayCaveat, StayQuestion } from '../renewal/StayQuestion';
import { StayResultView } from '../renewal/StayResultView';

/** /renewal?expiry=… or ?birth=…&issued=…: when the e-certificate renewal window opens, and what to do meanwhile. */
export function RenewalPage() {
  const t = useT(['renewal', 'common']);
  const { query, params } = useQuery();
  const search = params.toString();
  // Today in Japan, re-read every minute: the answer changes at Japan midnight, wherever the device is.
  const today = jstDateOf(useNow());
  const view = useMemo(() => renewalFromQuery(query, today), [search, today]);
  // Move focus to the answer only when it changes after the first render (a sent form), not on a shared link.
  const firstSearch = useRef(search);
  const message = useFieldMessage();
  const errors = view.kind === 'invalid' ? view.errors : [];
  const stay = stayAnswer(query);
  const stayForm = (
    <div class="renewal-forms" key={`stay-${search}`}>
      <RenewalForm mode="stay" fields={['stay-until']} query={query} errors={view.kind === 'invalid' && view.mode === 'stay' ? errors : []} />
    </div>
  );
  const dateForms = (
    <div class="renewal-forms" key={search}>
      <RenewalForm mode="expiry" fields={['expiry']} query={query} errors={view.kind === 'invalid' && view.mode === 'expiry' ? errors : []} />
      <p class="or">{t('form.or')}</p>
      <RenewalForm mode="birth" fields={['birth', 'issued']} query={query} errors={view.kind === 'invalid' && view.mode === 'birth' ? errors : []} />
    </div>
  );
  return (
    <>
      {/* The host answers every /renewal query with the question's HTML, and the app then draws the answer where the
          question was: the answer (or the question) comes first after the intro, and this part takes at least a
          screen's height, so nothing on the first screen moves (CLS, issue 19.7). */}
      <div class="renewal-page">
        <h1>{t('common:routes.renewal.title')}</h1>
        <p>{t('intro')}</p>
        {view.kind === 'invalid' && <ErrorSummary title={t('error.summaryTitle')} errors={errors.map((e) => ({ field: e.field, message: message(e) }))} focusKey={search} />}
        {view.kind === 'result' && (
          <RenewalResultView
            result={view.result}
            lang={query.lang}
            focus={firstSearch.current !== search}
            caveat={stay !== 'none' && <StayCaveat query={query} />}
          />
        )}
        {view.kind === 'stay' && <StayResultView stay={view.stay} lang={query.lang} focus={firstSearch.current !== search} />}
        {/* Before any date: a card that ends with the period of stay has other dates (issue 21). */}
        {stay === undefined && view.kind === 'empty' ? (
          <StayQuestion fixed={stayForm} none={dateForms} />
        ) : (
          <>
            {(stay === 'fixed' || view.kind === 'stay' || (view.kind === 'invalid' && view.mode === 'stay')) && stayForm}
            {(stay === 'none' || view.kind === 'result' || (view.kind === 'invalid' && view.mode !== 'stay')) && dateForms}
          </>
        )}
      </div>
      <RenewalSources />
    </>
  );
}
