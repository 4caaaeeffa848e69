import { useMemo } from 'preact/hooks';
import { lazy } from 'preact-iso';
import { cities } from '../../cities/registry';
import { parseChecklistQuery } from '../query/checklist-query';
import { useQuery } from '../routes';
import { ChecklistView } from '../checklist/ChecklistView';
import { QueryProblems } from '../checklist/QueryProblems';
import { needsFlow } from '../flow/needs-flow';

// The question flow is a chunk of its own: a checklist opened with its answers (a shared link, a saved person)
// never shows a question, and its code would double what the page compiles and runs while it loads.
const QuestionFlow = lazy(() => import('../flow/QuestionFlow').then((m) => m.QuestionFlow));

/** Loads what /checklist shows first for this query string, so the first render never waits for code. */
export function preloadChecklistPage(search: string): Promise<unknown> {
  const params = new URLSearchParams(search);
  const { query, problems } = parseChecklistQuery(params, cities.ids);
  return !problems.length && needsFlow(query, params.get('ask') ?? undefined) ? QuestionFlow.preload() : Promise.resolve();
}

/** /checklist: a bad link gets a message page, a missing answer a question screen, else the checklist. */
export function ChecklistPage() {
  const { params, query: raw } = useQuery();
  const search = params.toString();
  const { query, problems } = useMemo(() => parseChecklistQuery(new URLSearchParams(search), cities.ids), [search]);
  if (problems.length) return <QueryProblems problems={problems} />;
  if (needsFlow(query, raw.ask)) return <QuestionFlow query={query} />;
  return <ChecklistView query={query} />;
}
