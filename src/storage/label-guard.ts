// What a label may not contain: the one check the save form, rename, import and the stored-record validator share.
// Residents type the 12-digit individual number (マイナンバー) and PINs in many ways — the dash a Japanese keyboard
// types (ー), full-width or Arabic-Indic digits, kanji numerals, dots, slashes, zero-width spaces — so the check
// reads what a person would read, not the characters as typed.

/** Longest label, in characters (code points) after trimming. */
export const LABEL_MAX = 60;

/** Why a label cannot be saved (before any clash with another saved person). */
export type LabelProblem = 'empty' | 'too-long' | 'control' | 'bidi' | 'number' | 'pin';

// Kanji numerals written digit by digit (〇 and the white circle ○ are both used for zero), with their formal forms.
const KANJI_DIGITS = new Set('〇○零一壱壹二弐貳三参參四肆五伍六陸七漆八捌九玖');
// Characters that make text run right to left or isolate it: they can make a label display as something else.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
const CONTROL = /\p{Cc}/u;
const DECIMAL_DIGIT = /\p{Nd}/u;
// Anything that is neither a letter nor a digit separates digits: spaces, dashes, dots, slashes, symbols, invisible
// format characters, combining marks; and the long-vowel mark ー (a letter to Unicode), typed as a dash on Japanese keyboards.
const SEPARATOR = /[\p{Z}\p{P}\p{S}\p{C}\p{M}\u30FC]/u;
/** How many digits in a row, separators ignored, make an individual number. */
const NUMBER_DIGITS = 12;

type Kind = 'digit' | 'sep' | 'other';

function kindOf(ch: string): Kind {
  if (DECIMAL_DIGIT.test(ch) || KANJI_DIGITS.has(ch)) return 'digit';
  return SEPARATOR.test(ch) ? 'sep' : 'other';
}

/**
 * The label as a reader sees it, for the checks: NFKC (full-width and circled forms to plain ones), lower case,
 * every digit of any script as 0, every run of separators as one space.
 */
export function labelSkeleton(text: string): string {
  let out = '';
  let lastSep = false;
  for (const ch of text.normalize('NFKC').toLowerCase()) {
    const kind = kindOf(ch);
    if (kind === 'sep') {
      if (!lastSep) out += ' ';
      lastSep = true;
      continue;
    }
    out += kind === 'digit' ? '0' : ch;
    lastSep = false;
  }
  return out;
}

/** True when the text holds 12 digits (any script, kanji numerals too) with nothing but separators between them. */
export function containsIndividualNumber(text: string): boolean {
  let run = 0;
  for (const ch of text.normalize('NFKC')) {
    const kind = kindOf(ch);
    if (kind === 'digit') {
      if (++run >= NUMBER_DIGITS) return true;
    } else if (kind === 'other') run = 0;
  }
  return false;
}

// A PIN is 4 digits (the card's three 4-digit PINs) or 6–16 letters and digits (the signature PIN). A word that
// names a PIN, then at most a particle or "is", then such a string — or the string, then the word — is a PIN.
const KEYWORD = String.raw`(?:(?<![a-z])pin(?:s|code)?(?![a-z])|暗証番号|暗証)`;
const GAP = String.raw` ?(?:(?:は|が|を|も|の|:|is|was|=) ?)?`;
const KEYWORD_BEFORE = new RegExp(`${KEYWORD}${GAP}$`, 'u');
const KEYWORD_AFTER = new RegExp(`^${GAP}${KEYWORD}`, 'u');
// Digit groups with single separators ("12 34") read as one string; so does a run of letters and digits.
const TOKEN = /(?<![a-z0])0+(?: 0+)+(?![a-z0])|[a-z0]+/gu;
// "PIN1234" and "1234PIN" are one run of letters and digits: the word and the string, joined.
const JOINED_WORDS = ['pin', 'pins', 'pincode'];

function joinedPin(token: string): boolean {
  return JOINED_WORDS.some(
    (w) => (token.startsWith(w) && pinLike(token.slice(w.length))) || (token.endsWith(w) && pinLike(token.slice(0, -w.length))),
  );
}

function pinLike(token: string): boolean {
  return token.length >= 4 && token.length <= 16 && token.includes('0');
}

/** True when a 4–16 character PIN-like string (with a digit) stands next to the word PIN or 暗証番号. */
export function containsPin(text: string): boolean {
  const skeleton = labelSkeleton(text);
  for (const match of skeleton.matchAll(TOKEN)) {
    const token = match[0].replace(/ /g, '');
    if (joinedPin(token)) return true;
    if (!pinLike(token)) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (KEYWORD_BEFORE.test(skeleton.slice(0, start)) || KEYWORD_AFTER.test(skeleton.slice(end))) return true;
  }
  return false;
}

/** What is wrong with a label (checked after trimming), or null when it may be saved. */
export function labelProblem(label: string): LabelProblem | null {
  const trimmed = label.trim();
  if (!trimmed) return 'empty';
  if ([...trimmed].length > LABEL_MAX) return 'too-long';
  if (CONTROL.test(trimmed)) return 'control';
  if (BIDI_CONTROLS.test(trimmed)) return 'bidi';
  if (containsIndividualNumber(trimmed)) return 'number';
  if (containsPin(trimmed)) return 'pin';
  return null;
}

const REDACTED = '＊＊＊＊';

/**
 * The label with what it may not contain taken out: direction and control characters dropped, every group of four
 * or more digits replaced by ＊＊＊＊ (and, if a PIN of letters and digits is left, that whole stretch). For labels
 * stored before these rules (the migration), so the person stays readable and the number leaves the device.
 * Returns null if nothing readable is left.
 */
export function redactLabel(label: string): string | null {
  let text = label.replace(new RegExp(BIDI_CONTROLS.source, 'gu'), '').replace(/\p{Cc}/gu, ' ');
  if (containsIndividualNumber(text) || containsPin(text)) text = redactDigitGroups(text);
  for (let guard = 0; guard < 20 && containsPin(text); guard++) text = redactShortest(text, containsPin);
  text = text.trim();
  if ([...text].length > LABEL_MAX) text = [...text].slice(0, LABEL_MAX).join('').trim();
  return text && labelProblem(text) === null ? text : null;
}

// The kind of one character as typed, read through NFKC (① is a digit, ＿ a separator).
function kindAsTyped(ch: string): Kind {
  const kinds = new Set([...ch.normalize('NFKC')].map(kindOf));
  return kinds.size === 1 ? [...kinds][0]! : 'other';
}

// Every run of digits joined by separators that holds four digits or more becomes ＊＊＊＊.
function redactDigitGroups(text: string): string {
  const chars = [...text];
  let out = '';
  for (let i = 0; i < chars.length; ) {
    if (kindAsTyped(chars[i]!) !== 'digit') {
      out += chars[i++];
      continue;
    }
    let end = i;
    let digits = 0;
    for (let j = i; j < chars.length && kindAsTyped(chars[j]!) !== 'other'; j++) {
      if (kindAsTyped(chars[j]!) === 'digit') {
        digits++;
        end = j + 1;
      }
    }
    out += digits >= 4 ? REDACTED : chars.slice(i, end).join('');
    i = end;
  }
  return out;
}

// Replaces the shortest stretch of the text that makes `bad` true.
function redactShortest(text: string, bad: (s: string) => boolean): string {
  const chars = [...text];
  let end = 1;
  while (end < chars.length && !bad(chars.slice(0, end).join(''))) end++;
  let start = end - 1;
  while (start > 0 && !bad(chars.slice(start, end).join(''))) start--;
  return [...chars.slice(0, start), REDACTED, ...chars.slice(end)].join('');
}
