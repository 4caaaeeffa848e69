import { sentence } from '../ui/sentence';
import { buildHref, type QueryParams } from '../routes';
import { formatDate, useLang, useT, type Lang } from '../../i18n';
import { JaName } from '../ui/JaName';

// Small text helpers shared by the counters and renewal pages.

/** 'HH:MM' as shown: '08:30' → '8:30'. */
export function clock(time: string): string {
  return time.replace(/^0(\d)/, '$1');
}

/** A month-day 'MM-DD' for a language: '12-29' → '29 Dec' / '12月29日'. */
export function monthDay(md: string, lang: Lang): string {
  // 2000 is a leap year, so 02-29 formats too.
  return /^\d{2}-\d{2}$/.test(md) ? formatDate(`2000-${md}`, lang, { year: false }) : md;
}

/** A link builder that keeps the page's `lang` parameter, so a shared link opens in the language it was sent in. */
export function linkWithLang(lang: string | undefined) {
  return (path: string, params: QueryParams = {}) => buildHref(path, lang ? { ...params, lang } : params);
}

/** A national holiday's name: the Japanese name (lang="ja"), with its translation first where there is one. */
export function HolidayName(props: { name: string }) {
  const t = useT('counters');
  const lang = useLang();
  const ja = <JaName text={props.name} />;
  const translated = String(t(`holidayNames.${props.name}`, { defaultValue: '' }));
  if (lang === 'ja' || !translated || translated === props.name) return ja;
  return <>{sentence(t, 'holidayWithJa', { ja }, { name: translated })}</>;
}

/** A near date, short and without the year ('Mon 23 Nov' / '11月23日(月)'), still as <time datetime="YYYY-MM-DD">. */
export function ShortDate(props: { iso: string }) {
  const lang = useLang();
  return <time dateTime={props.iso}>{formatDate(props.iso, lang, { year: false, weekday: true })}</time>;
}
