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
  if (parsed.kind === 'choose-city') return <CityChooser procedure={parsed.procedure} />;
  if (parsed.kind === 'problem') return <CountersProblem city={parsed.city} badCity={parsed.badCity} badProcedure={parsed.badProcedure} />;
  return <CountersView cityId={parsed.city} procedure={parsed.procedure} />;
}
