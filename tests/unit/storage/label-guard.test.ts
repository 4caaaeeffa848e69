import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { containsIndividualNumber, containsPin, labelProblem, redactLabel } from '../../../src/storage/label-guard';

// The one check of what a label may not contain. Property tests write the 12-digit individual number and PINs in
// the ways a person (or a hostile file) could, and the check must refuse every one; plain labels must pass.

// Zero of each digit set: ASCII, full-width, Arabic-Indic, Extended Arabic-Indic, Devanagari, Bengali, Thai,
// mathematical bold, circled digits are not decimal but NFKC makes them plain.
const DIGIT_ZEROS = [0x30, 0xff10, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0x1d7ce];
const KANJI = ['〇一二三四五六七八九', '零壱弐参肆伍陸漆捌玖', '○一二三四五六七八九'];
const CIRCLED = ['⓪', '①', '②', '③', '④', '⑤', '⑥', '⑦', '⑧', '⑨'];

const digitChar = (value: number) =>
  fc.oneof(
    fc.constantFrom(...DIGIT_ZEROS).map((zero) => String.fromCodePoint(zero + value)),
    fc.constantFrom(...KANJI).map((set) => [...set][value]!),
    fc.constant(CIRCLED[value]!),
  );
const digit = fc.integer({ min: 0, max: 9 }).chain(digitChar);

// Every way of separating the groups the probe found, and more.
const SEPARATORS = [
  ' ', '\u00a0', '\u3000', '\t', '-', 'ー', 'ｰ', '\u2212', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\uff0d',
  '・', '･', '.', '．', '/', '／', '_', '＿', ',', '，', '、', '。', ':', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff',
  '\u00ad', '~', '〜', '(', ')', '*', '+', '=', '|', '\u0301', '\ufe0f',
];
const separators = fc.array(fc.constantFrom(...SEPARATORS), { maxLength: 3 }).map((s) => s.join(''));

/** 12 digits (any scripts) with any runs of separators between them. */
const individualNumber = fc
  .tuple(fc.array(digit, { minLength: 12, maxLength: 12 }), fc.array(separators, { minLength: 11, maxLength: 11 }))
  .map(([digits, seps]) => digits.map((d, i) => d + (seps[i] ?? '')).join(''));

// Words without digits, kanji numerals or the words PIN / 暗証.
const word = fc.constantFrom('母', '父', 'お母さん', 'My card', 'Mum', 'the card', '長男', 'マイナンバー', 'の', 'カード', 'Dad', 'です');
const text = fc.array(word, { maxLength: 3 }).map((w) => w.join(' '));

describe('containsIndividualNumber', () => {
  it('finds 12 digits in any script with any separators between them, wherever they stand', () => {
    fc.assert(
      fc.property(text, individualNumber, text, (before, number, after) => {
        expect(containsIndividualNumber(`${before}${number}${after}`)).toBe(true);
        expect(labelProblem(`${before} ${number} ${after}`.slice(0, 200))).toMatch(/number|too-long|control/);
      }),
    );
  });

  it('refuses the ways the probe wrote it', () => {
    for (const label of [
      '母のマイナンバー 1234ー5678ー9012',
      '1234\u22125678\u22129012',
      '1234–5678–9012',
      '1234・5678・9012',
      '1234.5678.9012',
      '1234/5678/9012',
      '1234_5678_9012',
      '1234,5678,9012',
      '1234\u200b5678\u200b9012',
      '١٢٣٤٥٦٧٨٩٠١٢',
      '१२३४५६७८९०१२',
      '一二三四 五六七八 九〇一二',
      '１２３４　５６７８　９０１２',
      '123456789012',
    ]) {
      expect(labelProblem(label), label).toBe('number');
    }
  });

  it('lets through labels with shorter numbers between words (dates, years, phone numbers)', () => {
    const shortNumber = fc
      .tuple(fc.array(digit, { minLength: 1, maxLength: 11 }), separators)
      .map(([digits, sep]) => digits.join(sep.length ? sep[0]! : ''));
    fc.assert(
      fc.property(fc.array(fc.tuple(word, shortNumber), { maxLength: 4 }), (parts) => {
        const label = parts.map(([w, n]) => `${w}${n}`).join('');
        expect(containsIndividualNumber(label)).toBe(false);
      }),
    );
    for (const label of ['母 1950年生', '2031年3月31日まで', '父 090-1234-5678', '七五三', 'カード 2027/03/31']) {
      expect(labelProblem(label), label).toBeNull();
    }
  });
});

describe('containsPin', () => {
  const keyword = fc.constantFrom('PIN', 'pin', 'Pin', 'ＰＩＮ', 'PINs', 'PINcode', '暗証番号', '暗証');
  const gap = fc.constantFrom('', ' ', ': ', '：', ' is ', 'は', 'は ', ' = ', '　', '-', '（');
  // A 4-digit PIN (any digit script) or a 6–16 character signature PIN with letters and at least one digit.
  const fourDigits = fc.array(digit, { minLength: 4, maxLength: 4 }).map((d) => d.join(''));
  const signature = fc
    .tuple(fc.stringMatching(/^[A-Za-z]{1,8}$/), fc.array(digit, { minLength: 1, maxLength: 8 }))
    .map(([letters, digits]) => `${letters}${digits.join('')}`.slice(0, 16))
    .filter((s) => [...s].length >= 4);
  const pin = fc.oneof(fourDigits, signature);

  it('refuses a PIN-like string next to the word PIN or 暗証番号, before or after it', () => {
    fc.assert(
      fc.property(text, keyword, gap, pin, fc.boolean(), (around, key, between, secret, keyFirst) => {
        const core = keyFirst ? `${key}${between}${secret}` : `${secret}${between}${key}`;
        expect(containsPin(`${around} ${core}`)).toBe(true);
      }),
    );
    for (const label of ['PIN 1234', '母の暗証番号は1234', 'pin: AB12cd34', '暗証番号１２３４', '1234 (PIN)', 'PIN 12 34']) {
      expect(labelProblem(label), label).toBe('pin');
    }
  });

  it('lets through labels about PINs that hold no PIN', () => {
    for (const label of ['PIN change', '暗証番号の再設定', 'PIN reset 母', '暗証番号の変更 2027', 'Spin 1234', 'PIN 12', 'opinion 2024']) {
      expect(labelProblem(label), label).toBeNull();
    }
  });
});

describe('labelProblem', () => {
  it('refuses bidi controls, whatever else the label says', () => {
    const bidi = fc.constantFrom('\u202e', '\u202d', '\u202a', '\u202b', '\u202c', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c');
    fc.assert(
      fc.property(text, bidi, text, (a, control, b) => {
        expect(labelProblem(`x${a}${control}${b}`)).toBe('bidi');
      }),
    );
    expect(labelProblem('Dad \u202efdp.exe')).toBe('bidi');
  });

  it('says empty, too long and control characters first', () => {
    expect(labelProblem('   ')).toBe('empty');
    expect(labelProblem('あ'.repeat(61))).toBe('too-long');
    expect(labelProblem('𠮷'.repeat(60))).toBeNull();
    expect(labelProblem('a\u0000b')).toBe('control');
  });
});

describe('redactLabel', () => {
  it('takes the number, the PIN and direction controls out and keeps the rest readable', () => {
    expect(redactLabel('母のマイナンバー 1234ー5678ー9012')).toBe('母のマイナンバー ＊＊＊＊');
    expect(redactLabel('PIN 1234 父')).toBe('PIN ＊＊＊＊ 父');
    expect(redactLabel('Dad \u202efdp.exe')).toBe('Dad fdp.exe');
    expect(redactLabel('1234 5678 9012 3456')).toBe('＊＊＊＊');
  });

  it('always returns a label that passes the check, or null', () => {
    fc.assert(
      fc.property(text, individualNumber, text, (a, number, b) => {
        const redacted = redactLabel(`${a}${number}${b}`);
        if (redacted !== null) expect(labelProblem(redacted)).toBeNull();
      }),
    );
  });
});
