import type { ComponentChild } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { cities } from '../../cities/registry';
import { parseChecklistQuery, REPEATABLE_PARAMS } from '../query/checklist-query';
import { useQuery } from '../routes';
import { ChecklistView } from '../checklist/ChecklistView';
import { QueryProblems } from '../checklist/QueryProblems';
import { needsFlow } from '../flow/needs-flow';
import { loadPersonProgress, personParam } from '../saved/PersonSlot';

// The question flow is a chunk of its own: a checklist opened with its answers (a shared link, a saved person)
// never shows a question, and its code would double what the page compiles and runs while it loads.
type FlowModule = typeof import('../flow/QuestionFlow');
let flowModule: FlowModule | undefined;
let flowLoad: Promise<FlowModule> | undefined;

function loadFlow(): Promise<FlowModule> {
  flowLoad ??= import('../flow/QuestionFlow').then(
    (m) => (flowModule = m),
    (error: unknown) => {
      flowLoad = undefined; // a later attempt may succeed (back online)
      throw error;
    },
  );
  return flowLoad;
}

/** What /checklist shows for a query string: a message page, a question screen (flow) or the checklist. */
function pageFor(search: string) {
  const params = new URLSearchParams(search);
  const { query, problems } = parseChecklistQuery(params, cities.ids);
  // The last `ask` wins, as in useQuery()'s query.
  const ask = Object.fromEntries(params).ask;
  return { query, problems, flow: !problems.length && needsFlow(query, ask) };
}

/** Loads what /checklist shows first for this query string, so the first render never waits for code. */
export function preloadChecklistPage(search: string): Promise<unknown> {
  const { flow, problems } = pageFor(search);
  if (flow) return loadFlow();
  if (problems.length) return Promise.resolve();
  // A saved person's checklist shows their bar at the top: its code loads with the page's.
  return personParam(search) ? loadPersonProgress() : Promise.resolve();
}

/** /checklist: a bad link gets a message page, a missing answer a question screen, else the checklist. */
export function ChecklistPage() {
  const { params, set } = useQuery();
  const search = params.toString();
  const { query, problems, flow } = useMemo(() => pageFor(search), [search]);
  // A repeated parameter (`pin=signature&pin=four-digit`) is read in full, but later links and ticks merge one
  // value per name: write the answer as one value first, in place.
  useEffect(() => {
    if (problems.length || !REPEATABLE_PARAMS.some((name) => params.getAll(name).length > 1)) return;
    set({ pin: query.triage.pin, docs: query.docs, 'agent-docs': query.agentDocs, done: query.done }, { replace: true });
  }, [search]);
  const [, flowArrived] = useState(0);
  // What was last on screen, kept while the flow's code loads (a Change link on a checklist opened by its
  // answers): the router keeps the previous page only when the route changes, and /checklist stays /checklist.
  const shown = useRef<ComponentChild>(null);
  useEffect(() => {
    if (!flow || flowModule) return;
    let live = true;
    loadFlow().then(
      () => live && flowArrived((n) => n + 1),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [flow]);

  let page: ComponentChild;
  if (problems.length) page = <QueryProblems problems={problems} />;
  else if (!flow) page = <ChecklistView query={query} />;
  else if (flowModule) page = <flowModule.QuestionFlow query={query} />;
  else return shown.current;
  shown.current = page;
  return page;
}
