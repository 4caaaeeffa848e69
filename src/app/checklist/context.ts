import type { TFunction } from 'i18next';
import type { City, FactId } from '../../cities/schema';
import type { Checklist } from '../../engine/checklist';
import type { ChecklistQuery } from '../query/checklist-query';
import type { QueryApi } from '../routes';
import type { Translate } from './phrases';

/** What every part of the checklist page reads: the city, the built list, the URL state and the texts. */
export interface ChecklistContext {
  city: City;
  checklist: Checklist;
  query: ChecklistQuery;
  /** t() over checklist, rules and the city's namespace. */
  t: TFunction;
  /** The same t(), typed for the pure phrase helpers. */
  tr: Translate;
  /** The city's name in the shown language, for phrases that name it. */
  cityName: string;
  /** The procedure whose item keys apply (the referenced one for 'same-as'). */
  itemProcedure: string;
  nav: QueryApi;
}

/** The translation key of an item's label (of another applicant's list, for a list the page gives nearby). */
export function itemKey(ctx: ChecklistContext, itemId: string, applicant: string = ctx.checklist.applicant): string {
  // A silent page's national list (national.json baselines) has its words in rules.json, one per item.
  if (ctx.checklist.baseline && applicant === ctx.checklist.applicant) return `rules:baseline.${ctx.checklist.procedure}.items.${itemId}`;
  return `cities/${ctx.city.id}:items.${ctx.itemProcedure}.${applicant}.${itemId}`;
}

/** A link to the question screen for one fact, keeping every other answer. */
export function askHref(ctx: ChecklistContext, fact: FactId): string {
  return ctx.nav.href({ ask: fact, view: null });
}

/** The save section's anchor: the checklist's Save action links here, and the save form opens. */
export const SAVE_ANCHOR = '#cl-save';
