import type { TFunction } from 'i18next';
import { stripRuby } from '../../i18n/ruby';

// A city's names live in its own translation file (locales/<lang>/cities/<id>.json), so a new city is its data file
// and its translations, nothing shared. The Japanese name is a key of every language's file rather than read from the
// city's data or from the Japanese locale: neither is loaded when an English start page or city question first renders.
// The start page imports this too, so it stays free of the flow's heavier modules (first-load budget).

/**
 * A city's name in the shown language, with its Japanese name (`nameJa`) when that differs from it: easy Japanese
 * writes the same name with its reading ({幸手市|さってし}), which is not a second name. (Not ui/JaTerm's
 * sameAsJapanese: a city's name has no spaces or brackets to fold, and the start page's first-load JS, at its
 * budget, grew by 0.13 KiB with that import.)
 */
export function cityNames(t: TFunction, id: string): { label: string; ja?: string } {
  const label = t(`cities/${id}:name`, { defaultValue: id });
  const ja = t(`cities/${id}:nameJa`, { defaultValue: label });
  return ja !== stripRuby(label) ? { label, ja } : { label };
}
