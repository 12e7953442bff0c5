// .NET's text for Double and Single values. Two layouts matter: .NET Core's ToString() (the shortest
// digits that read back as the value: `(1/3).ToString()` is 0.3333333333333333, `([single]0.1).ToString()`
// is 0.1) and the G format with a precision (PowerShell shows a Double as G15 and a Single as G7:
// `[single](1/3)` prints 0.3333333).

/** A value's significant digits (no trailing zeros) and the power of ten of the first one. */
interface Digits {
  negative: boolean;
  digits: string;
  exponent: number;
}

function digitsOf(text: string): Digits {
  // text is JavaScript's toExponential form: -d.ddde+x
  const [mantissa, exp] = text.split('e') as [string, string];
  const negative = mantissa.startsWith('-');
  const digits = mantissa.replace(/[-.]/g, '').replace(/0+$/, '') || '0';
  return { negative, digits, exponent: Number(exp) };
}

/** The shortest digits that read back as `n`: as a Double, or as a Single (Math.fround) when `single`. */
function shortestDigits(n: number, single: boolean): Digits {
  if (!single) return digitsOf(n.toExponential());
  for (let precision = 1; precision < 9; precision++) {
    const text = n.toExponential(precision - 1);
    if (Math.fround(Number(text)) === n) return digitsOf(text);
  }
  return digitsOf(n.toExponential(8));
}

/**
 * .NET's general layout: plain notation while the decimal point falls within `maxDigits` digits and the
 * value is not below 1E-05, else d.dddE+xx (two exponent digits at least).
 */
function layout(d: Digits, maxDigits: number, letter: 'E' | 'e'): string {
  const sign = d.negative ? '-' : '';
  if (d.exponent >= maxDigits || d.exponent < -4) {
    const mantissa = d.digits.length > 1 ? `${d.digits[0]}.${d.digits.slice(1)}` : d.digits;
    const expSign = d.exponent < 0 ? '-' : '+';
    return `${sign}${mantissa}${letter}${expSign}${String(Math.abs(d.exponent)).padStart(2, '0')}`;
  }
  const point = d.exponent + 1;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${d.digits}`;
  if (point >= d.digits.length) return sign + d.digits.padEnd(point, '0');
  return `${sign}${d.digits.slice(0, point)}.${d.digits.slice(point)}`;
}

function special(n: number): string | undefined {
  if (Number.isNaN(n)) return 'NaN';
  // The invariant culture's infinity symbol is the word.
  if (n === Infinity) return 'Infinity';
  if (n === -Infinity) return '-Infinity';
  if (n === 0) return Object.is(n, -0) ? '-0' : '0';
  return undefined;
}

/**
 * Double.ToString() / Single.ToString() (and the R format, and G without a precision): the shortest
 * round-trip digits, plain up to 17 integer digits for a Double (9 for a Single).
 */
export function roundTripText(n: number, single = false, letter: 'E' | 'e' = 'E'): string {
  return special(n) ?? layout(shortestDigits(n, single), single ? 9 : 17, letter);
}

/** The G format with a precision: `precision` significant digits, E notation from 10^precision on. */
export function generalText(n: number, precision: number, letter: 'E' | 'e' = 'E'): string {
  return special(n) ?? layout(digitsOf(n.toExponential(Math.min(precision, 100) - 1)), precision, letter);
}

/** How PowerShell shows a Single (in output, "$x" and [string]): G7. */
export function singleText(n: number): string {
  return generalText(n, 7);
}
