// A static host cannot see the query, so `/checklist?city=…` is one HTML file for every checklist and its list is
// drawn by script. For the first visit to be as fast as a plain page, each checklist's answer-less state (city,
// procedure, applicant; every conditional item with its condition) is also prerendered as a snapshot, and the
// host's query rewrites (`_redirects`, generated from this module) answer the contract URL with that snapshot.
// The URL in the browser never changes: snapshots are an implementation detail, not a route.

/** The folder of prerendered checklist snapshots (kept out of the service worker's precache). */
export const VARIANT_ROOT = '/variants';

/** One prerendered checklist: a language and the three answers that pick the list. */
export interface ChecklistVariant {
  lang: string;
  city: string;
  procedure: string;
  applicant: string;
}

/** A `_redirects` rule (Netlify format): answer `from` + query with the file at `to`, URL unchanged. */
export interface VariantRule {
  from: string;
  query: Record<string, string>;
  to: string;
  status: 200;
  force: true;
}

const SEGMENT = /^[a-z0-9-]+$/;

/** The snapshot's path: /variants/<lang>/checklist/<city>/<procedure>/<applicant>. */
export function variantPath(v: ChecklistVariant): string {
  return `${VARIANT_ROOT}/${v.lang}/checklist/${v.city}/${v.procedure}/${v.applicant}`;
}

/** The snapshot a path names, or undefined. */
export function parseVariantPath(path: string): ChecklistVariant | undefined {
  const parts = path.replace(/\/+$/, '').split('/');
  if (parts.length !== 7 || `/${parts[1]}` !== VARIANT_ROOT || parts[3] !== 'checklist') return undefined;
  const [lang, , city, procedure, applicant] = parts.slice(2) as [string, string, string, string, string];
  if (![lang, city, procedure, applicant].every((s) => SEGMENT.test(s))) return undefined;
  return { lang, city, procedure, applicant };
}

/** The public URL a snapshot renders: `lang` is named only when it is not the default language. */
export function variantUrl(v: ChecklistVariant, defaultLang: string): string {
  const q = new URLSearchParams({ city: v.city, procedure: v.procedure, applicant: v.applicant });
  if (v.lang !== defaultLang) q.set('lang', v.lang);
  return `/checklist?${q.toString()}`;
}

/** Every snapshot to prerender: each language × city × procedure × applicant. */
export function listVariants(input: {
  langs: readonly string[];
  cities: readonly string[];
  procedures: readonly string[];
  applicants: readonly string[];
}): ChecklistVariant[] {
  return input.langs.flatMap((lang) =>
    input.cities.flatMap((city) =>
      input.procedures.flatMap((procedure) => input.applicants.map((applicant) => ({ lang, city, procedure, applicant }))),
    ),
  );
}

/**
 * The host rewrites for the snapshots. First match wins and extra parameters (answers, ticks) are allowed, so the
 * rules naming another language come first and the default language's rules, which name none, catch the rest.
 */
export function variantRules(variants: readonly ChecklistVariant[], defaultLang: string): VariantRule[] {
  const rule = (v: ChecklistVariant): VariantRule => {
    const query: Record<string, string> = {};
    if (v.lang !== defaultLang) query.lang = v.lang;
    Object.assign(query, { city: v.city, procedure: v.procedure, applicant: v.applicant });
    return { from: '/checklist', query, to: `${variantPath(v)}/index.html`, status: 200, force: true };
  };
  const others = variants.filter((v) => v.lang !== defaultLang);
  const defaults = variants.filter((v) => v.lang === defaultLang);
  return [...others, ...defaults].map(rule);
}
