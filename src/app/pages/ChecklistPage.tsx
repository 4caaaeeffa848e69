import { useMemo } from 'preact/hooks';
import { cities } from '../../cities/registry';
import { parseChecklistQuery } from '../query/checklist-query';
import { useQuery } from '../routes';
import { ChecklistView } from '../checklist/ChecklistView';
import { QueryProblems } from '../checklist/QueryProblems';
import { QuestionFlow } from '../flow/QuestionFlow';
import { needsFlow } from '../flow/needs-flow';

/** /checklist: a bad link gets a message page, a missing answer a question screen, else the checklist. */
export function ChecklistPage() {
  const { params, query: raw } = useQuery();
  const search = params.toString();
  const { query, problems } = useMemo(() => parseChecklistQuery(new URLSearchParams(search), cities.ids), [search]);
  if (problems.length) return <QueryProblems problems={problems} />;
  if (needsFlow(query, raw.ask)) return <QuestionFlow query={query} />;
  return <ChecklistView query={query} />;
}
