import { useMemo } from 'preact/hooks';
import { cities } from '../../cities/registry';
import { CityChooser } from '../counters/CityChooser';
import { CountersProblem } from '../counters/CountersProblem';
import { CountersView } from '../counters/CountersView';
import { parseCountersQuery } from '../counters/counters-query';
import { useQuery } from '../routes';

/** /counters?city=…&procedure=…: which counter is open now for card work, and when it next is. */
export function CountersPage() {
  const { query } = useQuery();
  const parsed = useMemo(() => parseCountersQuery(query, cities.ids), [query.city, query.procedure]);
  // The host answers every /counters query with the chooser's HTML, and the app then draws the URL's page in its
  // place. This part takes at least a screen (counters.css), so the footer is below the first screen and nothing
  // under the page moves when the app draws a longer one (CLS, issue 19.7).
  return (
    <div class="counters-page">
      {parsed.kind === 'choose-city' ? (
        <CityChooser procedure={parsed.procedure} />
      ) : parsed.kind === 'problem' ? (
        <CountersProblem city={parsed.city} badCity={parsed.badCity} badProcedure={parsed.badProcedure} />
      ) : (
        <CountersView cityId={parsed.city} procedure={parsed.procedure} />
      )}
    </div>
  );
}
