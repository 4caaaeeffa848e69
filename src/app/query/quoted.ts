/** The longest bad value a page quotes back from its URL; anything longer is cut. */
const MAX_QUOTED = 40;

/** A bad value from the URL as a page quotes it back: at most 40 characters, then "…". */
export function quoted(value: string): string {
  return value.length > MAX_QUOTED ? `${value.slice(0, MAX_QUOTED)}…` : value;
}
