// System.Globalization.CultureInfo: `[cultureinfo]'de-DE'`, Get-Culture -Name, and the number text a culture
// gives (`(1234.5).ToString('N2', [cultureinfo]'de-DE')` is 1.234,50). The cultures scripts name most come
// from a table recorded from pwsh (culture-data.ts); any other well-formed name reads Node's Intl data,
// as .NET reads ICU's (LCID 4096, as .NET gives a culture it has no Windows number for).

import { PSObject } from './values.js';
import { CULTURE_DATES, CULTURE_NAMES, CULTURE_ROWS, type CultureRow, type NumberFormatRow, type TextInfoRow } from './culture-data.js';
import { lazy } from './lazy.js';

export const CULTURE_INFO = 'System.Globalization.CultureInfo';
export const TEXT_INFO = 'System.Globalization.TextInfo';
const NUMBER_FORMAT_INFO = 'System.Globalization.NumberFormatInfo';
const DATE_TIME_FORMAT_INFO = 'System.Globalization.DateTimeFormatInfo';
const INVARIANT_DATES = "MM/dd/yyyy|dddd, dd MMMM yyyy|HH:mm|HH:mm:ss|MMMM dd|yyyy MMMM|AM|PM";

/** A culture's DateTimeFormat: its patterns and designators (the cultures the date table holds, and the invariant one). */
function dateTimeFormat(name: string): PSObject | null {
  const key = name.toLowerCase();
  const patterns = name === '' ? INVARIANT_DATES : Object.entries(CULTURE_DATES()).find(([n]) => n.toLowerCase() === key)?.[1][0];
  if (!patterns) return null;
  const [ShortDatePattern, LongDatePattern, ShortTimePattern, LongTimePattern, MonthDayPattern, YearMonthPattern, AMDesignator, PMDesignator] = patterns.split('|');
  const fields = { AMDesignator, PMDesignator, LongDatePattern, LongTimePattern, MonthDayPattern, ShortDatePattern, ShortTimePattern, YearMonthPattern };
  return new PSObject(DATE_TIME_FORMAT_INFO, { ...fields, FullDateTimePattern: `${LongDatePattern} ${LongTimePattern}` }, undefined, DATE_TIME_FORMAT_INFO);
}
const INVARIANT_NAME = 'Invariant Language (Invariant Country)';

/** What number formatting needs of a culture (NumberFormatInfo). */
export interface NumberFormat {
  decimal: string;
  group: string;
  currencySymbol: string;
  currencyDigits: number;
  currencyPositive: number;
  currencyNegative: number;
  currencyDecimal: string;
  currencyGroup: string;
  percentPositive: number;
  percentNegative: number;
  negativeSign: string;
  groupSizes: number[];
  percentSymbol: string;
}

export interface Culture {
  name: string;
  lcid: number;
  displayName: string;
  nativeName: string;
  threeLetter: string;
  parent: string;
  textInfo: TextInfoRow;
  numberFormat: NumberFormat;
}

/** .NET's CultureNotFoundException for a name that is not a culture identifier. */
export class CultureNotFound extends Error {
  constructor(readonly cultureName: string) {
    super(`Culture is not supported. (Parameter 'name')\n${cultureName} is an invalid culture identifier.`);
  }
}

const INVARIANT_ROW: CultureRow = ['', 127, INVARIANT_NAME, INVARIANT_NAME, 'ivl', '', [1252, 437, 10000, 37, ',', false], ['.', ',', '¤', 2, 0, 0, '.', ',', 0, 0, '-', 1, '3', '%']];

const byName = lazy(() => {
  const table = new Map<string, CultureRow>();
  for (const row of CULTURE_ROWS()) table.set(row[0].toLowerCase(), row);
  return table;
});

const cache = new Map<string, Culture>();

function numberFormatOf(row: NumberFormatRow): NumberFormat {
  const [decimal, group, currencySymbol, currencyDigits, currencyPositive, currencyNegative, currencyDecimal, currencyGroup, percentPositive, percentNegative, negativeSign, , sizes, percentSymbol] = row;
  return { decimal, group, currencySymbol, currencyDigits, currencyPositive, currencyNegative, currencyDecimal, currencyGroup, percentPositive, percentNegative, negativeSign, groupSizes: sizes.split(',').map(Number), percentSymbol };
}

function fromRow(row: CultureRow): Culture {
  const [name, lcid, displayName, nativeName, threeLetter, parent, textInfo, numberFormat] = row;
  return { name, lcid, displayName, nativeName, threeLetter, parent, textInfo, numberFormat: numberFormatOf(numberFormat) };
}

const RIGHT_TO_LEFT = new Set(['ar', 'he', 'fa', 'ur', 'ps', 'sd', 'ug', 'yi', 'ckb', 'dv']);

/** A culture's parent: without its region (de-AT → de), then without its script (zh-Hant → zh), then the invariant culture. */
function parentName(name: string): string {
  const parts = name.split('-');
  if (parts.length < 2) return '';
  try {
    const locale = new Intl.Locale(name);
    if (locale.region && locale.script) return `${locale.language}-${locale.script}`;
    if (locale.region || locale.script) return locale.language;
  } catch {
    // not a locale Intl reads: fall back to the text
  }
  return parts.slice(0, -1).join('-');
}

/** A culture the table does not hold, from what Node's Intl knows of it. */
function fromIntl(name: string): Culture {
  const language = name.split('-')[0]!;
  const nameIn = (locale: string): string => {
    try {
      return new Intl.DisplayNames([locale], { type: 'language', languageDisplay: 'standard' }).of(name) ?? name;
    } catch {
      return name;
    }
  };
  const parts = new Intl.NumberFormat(name, { useGrouping: true }).formatToParts(-1234567.5);
  const part = (type: string, fallback: string) => parts.find((p) => p.type === type)?.value ?? fallback;
  const decimal = part('decimal', '.');
  const group = part('group', ',');
  return {
    name,
    lcid: 4096,
    displayName: nameIn('en'),
    nativeName: nameIn(name),
    threeLetter: language,
    parent: parentName(name),
    textInfo: [1252, 437, 10000, 37, ',', RIGHT_TO_LEFT.has(language)],
    numberFormat: { ...numberFormatOf(INVARIANT_ROW[7]), decimal, group, currencyDecimal: decimal, currencyGroup: group, negativeSign: part('minusSign', '-') },
  };
}

/** The culture a name names (any case: `EN-us` is en-US); '' is the invariant culture. Throws CultureNotFound. */
export function findCulture(name: string): Culture {
  const key = name.toLowerCase();
  const cached = cache.get(key);
  if (cached) return cached;
  let culture: Culture;
  if (name === '') culture = fromRow(INVARIANT_ROW);
  else {
    const row = byName().get(key);
    if (row) culture = fromRow(row);
    else {
      let canonical: string;
      try {
        canonical = Intl.getCanonicalLocales(name)[0]!;
      } catch {
        throw new CultureNotFound(name);
      }
      const known = byName().get(canonical.toLowerCase());
      // A name .NET lists keeps its spelling (en-US-POSIX, which Intl writes en-US-u-va-posix).
      const listed = CULTURE_NAMES().find((n) => n.toLowerCase() === key);
      culture = known ? fromRow(known) : fromIntl(listed ?? canonical);
    }
  }
  cache.set(key, culture);
  return culture;
}

/** The culture of a Windows LCID ([cultureinfo]1031), among those the table holds. */
export function cultureOfLcid(lcid: number): Culture | undefined {
  if (lcid === 127) return findCulture('');
  const row = CULTURE_ROWS().find((r) => r[1] === lcid);
  return row && findCulture(row[0]);
}

/** The cultures .NET lists (Get-Culture -ListAvailable's names). */
export function cultureNames(): readonly string[] {
  return CULTURE_NAMES();
}

/** A CultureInfo value: the table's LCID, Name and DisplayName columns, its text the name. */
export function cultureObject(c: Culture, current = false): PSObject {
  const invariant = c.name === '';
  const neutral = !invariant && !c.name.includes('-');
  const two = invariant ? 'iv' : c.name.split('-')[0]!;
  const [ansi, oem, mac, ebcdic, listSeparator, rtl] = c.textInfo;
  const textInfo = new PSObject(
    TEXT_INFO,
    { ANSICodePage: ansi, OEMCodePage: oem, MacCodePage: mac, EBCDICCodePage: ebcdic, LCID: c.lcid, CultureName: c.name, IsReadOnly: invariant, ListSeparator: listSeparator, IsRightToLeft: rtl },
    undefined,
    `TextInfo - ${c.name}`,
  );
  const nf = c.numberFormat;
  const numberFormat = new PSObject(
    NUMBER_FORMAT_INFO,
    {
      CurrencyDecimalDigits: nf.currencyDigits,
      CurrencyDecimalSeparator: nf.currencyDecimal,
      CurrencyGroupSeparator: nf.currencyGroup,
      CurrencySymbol: nf.currencySymbol,
      NegativeSign: nf.negativeSign,
      NumberDecimalSeparator: nf.decimal,
      NumberGroupSeparator: nf.group,
      PercentSymbol: nf.percentSymbol,
    },
    undefined,
    NUMBER_FORMAT_INFO,
  );
  const obj = new PSObject(
    CULTURE_INFO,
    {
      Parent: null,
      LCID: c.lcid,
      KeyboardLayoutId: c.lcid,
      Name: c.name,
      IetfLanguageTag: c.name,
      DisplayName: c.displayName,
      NativeName: c.nativeName,
      EnglishName: c.displayName,
      TwoLetterISOLanguageName: two,
      ThreeLetterISOLanguageName: c.threeLetter,
      TextInfo: textInfo,
      IsNeutralCulture: neutral,
      NumberFormat: numberFormat,
      DateTimeFormat: dateTimeFormat(c.name),
      UseUserOverride: current,
      IsReadOnly: invariant || current,
    },
    ['LCID', 'Name', 'DisplayName'],
    c.name,
  );
  // The parent chain ends at the invariant culture, whose parent is itself.
  obj.properties.set('Parent', invariant ? obj : cultureObject(findCulture(c.parent)));
  return obj;
}

/** The culture a CultureInfo value stands for; undefined for any other value. */
export function cultureOfValue(value: unknown): Culture | undefined {
  if (!(value instanceof PSObject) || value.typeName !== CULTURE_INFO) return undefined;
  return findCulture(String(value.get('Name') ?? ''));
}

/**
 * Invariant number text (`-1,234.50`, `1.5E+003`) in a culture's separators and sign; a culture that
 * groups other than by threes (en-IN: 12,34,567) regroups the integer digits.
 */
export function localizeNumber(text: string, nf: NumberFormat, decimal = nf.decimal, group = nf.group): string {
  const negative = text.startsWith('-');
  const body = negative ? text.slice(1) : text;
  const point = body.indexOf('.');
  let whole = point < 0 ? body : body.slice(0, point);
  const rest = point < 0 ? '' : decimal + body.slice(point + 1);
  if (whole.includes(',')) whole = regroup(whole.replace(/,/g, ''), nf.groupSizes).join(group);
  return (negative ? nf.negativeSign : '') + whole + rest;
}

function regroup(digits: string, sizes: number[]): string[] {
  const groups: string[] = [];
  let end = digits.length;
  let i = 0;
  while (end > 0) {
    const size = sizes[Math.min(i, sizes.length - 1)]!;
    if (size === 0) {
      groups.unshift(digits.slice(0, end));
      break;
    }
    groups.unshift(digits.slice(Math.max(0, end - size), end));
    end -= size;
    i++;
  }
  return groups;
}

const CURRENCY_NEGATIVE = ['($n)', '-$n', '$-n', '$n-', '(n$)', '-n$', 'n-$', 'n$-', '-n $', '-$ n', 'n $-', '$ n-', '$ -n', 'n- $', '($ n)', '(n $)', '$- n'];
const CURRENCY_POSITIVE = ['$n', 'n$', '$ n', 'n $'];
const PERCENT_NEGATIVE = ['-n %', '-n%', '-%n', '%-n', '%n-', 'n-%', 'n%-', '-% n', 'n %-', '% n-', '% -n', 'n- %'];
const PERCENT_POSITIVE = ['n %', 'n%', '%n', '% n'];

/** The C format's text in a culture: `amount` is the absolute value's invariant digits (`1,234.50`). */
export function currencyText(amount: string, negative: boolean, nf: NumberFormat): string {
  const pattern = negative ? CURRENCY_NEGATIVE[nf.currencyNegative]! : CURRENCY_POSITIVE[nf.currencyPositive]!;
  const n = localizeNumber(amount, nf, nf.currencyDecimal, nf.currencyGroup);
  return pattern.replace('-', () => nf.negativeSign).replace('$', () => nf.currencySymbol).replace('n', () => n);
}

/** The P format's text in a culture: `amount` is the absolute value times 100, invariant digits. */
export function percentText(amount: string, negative: boolean, nf: NumberFormat): string {
  const pattern = negative ? PERCENT_NEGATIVE[nf.percentNegative]! : PERCENT_POSITIVE[nf.percentPositive]!;
  const n = localizeNumber(amount, nf);
  return pattern.replace('-', () => nf.negativeSign).replace('%', () => nf.percentSymbol).replace('n', () => n);
}
