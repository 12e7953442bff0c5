// System.Decimal's arithmetic: a 96-bit integer mantissa with a sign and a scale 0..28 (the value is
// mantissa / 10^scale), as .NET keeps it. The scale is part of the value a user sees (`1.10d` prints
// 1.10, `1.20d * 2` 2.40), so every operation follows .NET's rules for it:
// - + and - compute at the larger scale; * adds the scales; a result past 96 bits or scale 28 loses
//   digits from the right, rounded half to even, and fails only when even scale 0 cannot hold it;
// - / keeps the natural scale (dividend's minus divisor's, at least 0) when the quotient is exact there,
//   else as many digits as 96 bits and scale 28 allow, rounded half to even, then every trailing zero dropped;
// - % is the dividend minus the truncated quotient times the divisor, exactly, at the larger scale;
// - new Decimal(double) keeps 15 significant digits; (double)decimal divides the mantissa by 10^scale in
//   double arithmetic, as .NET's VarR8FromDec does.
// Plain BigInt arithmetic on {mantissa, scale}; numeric.ts wraps it as a value the engine carries.

/** A Decimal: `mantissa / 10^scale`, |mantissa| < 2^96, 0 <= scale <= 28. */
export interface Dec {
  readonly mantissa: bigint;
  readonly scale: number;
}

export const MAX_MANTISSA = 2n ** 96n - 1n;
export const MAX_SCALE = 28;

/** .NET's OverflowException for a Decimal result or conversion out of range. */
export class DecimalOverflow extends Error {
  constructor() {
    super('Value was either too large or too small for a Decimal.');
  }
}

/** .NET's DivideByZeroException from Decimal's / and %. */
export class DecimalDivideByZero extends Error {
  constructor() {
    super('Attempted to divide by zero.');
  }
}

const POW10: bigint[] = [];
for (let i = 0, p = 1n; i <= 60; i++, p *= 10n) POW10.push(p);
/** 10^n as a BigInt. */
export const pow10 = (n: number): bigint => POW10[n] ?? 10n ** BigInt(n);

const abs = (v: bigint): bigint => (v < 0n ? -v : v);

export function dec(mantissa: bigint, scale = 0): Dec {
  return { mantissa, scale };
}

export const ZERO: Dec = dec(0n);
export const ONE: Dec = dec(1n);

/** `q / d` rounded half to even (d > 0). */
function divRoundEven(q: bigint, d: bigint): bigint {
  const negative = q < 0n;
  const a = abs(q);
  let r = a / d;
  const rest = a % d;
  if (2n * rest > d || (2n * rest === d && r % 2n === 1n)) r += 1n;
  return negative ? -r : r;
}

/**
 * An exact value `mantissa / 10^scale` (any size, any scale >= 0) as a Decimal: digits dropped from the
 * right (rounded half to even) until the scale is at most `maxScale` and the mantissa fits 96 bits.
 */
export function fit(mantissa: bigint, scale: number, maxScale = MAX_SCALE): Dec {
  if (scale <= maxScale && abs(mantissa) <= MAX_MANTISSA) return { mantissa, scale };
  // How many digits to drop: rounded once from the exact value (rounding up may need one more).
  let drop = Math.max(0, scale - maxScale);
  while (abs(mantissa) / pow10(drop) > MAX_MANTISSA) drop++;
  let m = drop === 0 ? mantissa : divRoundEven(mantissa, pow10(drop));
  if (abs(m) > MAX_MANTISSA) m = divRoundEven(mantissa, pow10(++drop));
  if (drop > scale) throw new DecimalOverflow();
  return { mantissa: m, scale: scale - drop };
}

/** A whole number as a Decimal; past 96 bits it overflows. */
export function fromBigInt(v: bigint): Dec {
  if (abs(v) > MAX_MANTISSA) throw new DecimalOverflow();
  return dec(v);
}

/** new Decimal(double): 15 significant digits, trailing zeros dropped; NaN, infinities and |x| >= 2^96 overflow. */
export function fromDouble(x: number): Dec {
  if (!Number.isFinite(x) || Math.abs(x) >= 2 ** 96) throw new DecimalOverflow();
  if (x === 0) return ZERO;
  const [digits, exponent] = x.toExponential(14).split('e') as [string, string];
  const negative = digits.startsWith('-');
  const mantissa = BigInt(digits.replace(/[-.]/g, ''));
  // digits d.dddddddddddddd × 10^e: mantissa × 10^(e - 14)
  const e = Number(exponent) - 14;
  const signed = negative ? -mantissa : mantissa;
  const d = e >= 0 ? dec(signed * pow10(e)) : fit(signed, -e);
  return normalize(d);
}

/** Trailing zeros of the fraction dropped (1.500 → 1.5), down to `minScale`. */
export function normalize(d: Dec, minScale = 0): Dec {
  let { mantissa: m, scale: s } = d;
  while (s > minScale && m % 10n === 0n) {
    m /= 10n;
    s--;
  }
  return { mantissa: m, scale: s };
}

/**
 * Decimal.Parse of digits with an optional fraction and exponent (`12.50e1`, NumberStyles.Float as the
 * tokenizer reads a `d` literal): exact while it fits, else rounded half to even; undefined when it is
 * no such text. Throws DecimalOverflow past the range.
 */
export function parseDecimalText(text: string): Dec | undefined {
  const m = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (!m || (m[2] === '' && (m[3] ?? '') === '')) return undefined;
  const fraction = m[3] ?? '';
  let mantissa = BigInt((m[2] || '0') + fraction);
  if (m[1] === '-') mantissa = -mantissa;
  const exponent = m[4] === undefined ? 0 : Number(m[4]);
  const scale = fraction.length - exponent;
  if (mantissa === 0n) return dec(0n, Math.max(0, Math.min(MAX_SCALE, scale)));
  if (scale < 0) {
    if (-scale > 40) throw new DecimalOverflow();
    return fromBigInt(mantissa * pow10(-scale));
  }
  return fit(mantissa, scale);
}

/** The text .NET's ToString() gives: every digit of the scale, no exponent, no sign on zero. */
export function toText(d: Dec): string {
  const digits = abs(d.mantissa).toString().padStart(d.scale + 1, '0');
  const body = d.scale === 0 ? digits : `${digits.slice(0, -d.scale)}.${digits.slice(-d.scale)}`;
  return d.mantissa < 0n ? `-${body}` : body;
}

/** (double)decimal: the mantissa as a double divided by 10^scale in double arithmetic, as VarR8FromDec computes it. */
export function toDouble(d: Dec): number {
  const negative = d.mantissa < 0n;
  const m = abs(d.mantissa);
  const low64 = m & 0xffff_ffff_ffff_ffffn;
  const high = m >> 64n;
  const value = (Number(low64) + Number(high) * 2 ** 64) / 10 ** d.scale;
  return negative ? -value : value;
}

/** The two mantissas at a common scale (the larger one), exactly. */
function aligned(a: Dec, b: Dec): [bigint, bigint, number] {
  if (a.scale === b.scale) return [a.mantissa, b.mantissa, a.scale];
  if (a.scale > b.scale) return [a.mantissa, b.mantissa * pow10(a.scale - b.scale), a.scale];
  return [a.mantissa * pow10(b.scale - a.scale), b.mantissa, b.scale];
}

export function add(a: Dec, b: Dec): Dec {
  const [x, y, s] = aligned(a, b);
  return fit(x + y, s);
}

export function sub(a: Dec, b: Dec): Dec {
  const [x, y, s] = aligned(a, b);
  return fit(x - y, s);
}

export function mul(a: Dec, b: Dec): Dec {
  return fit(a.mantissa * b.mantissa, a.scale + b.scale);
}

export function negate(a: Dec): Dec {
  return { mantissa: -a.mantissa, scale: a.scale };
}

export function div(a: Dec, b: Dec): Dec {
  if (b.mantissa === 0n) throw new DecimalDivideByZero();
  const negative = a.mantissa < 0n !== b.mantissa < 0n;
  let num = abs(a.mantissa);
  const den = abs(b.mantissa);
  let scale = a.scale - b.scale;
  if (scale < 0) {
    num *= pow10(-scale);
    scale = 0;
  }
  let quo = num / den;
  let rem = num % den;
  if (quo > MAX_MANTISSA) throw new DecimalOverflow();
  if (rem !== 0n) {
    // More digits while the quotient still fits: one at a time, stopping where it becomes exact.
    while (rem !== 0n && scale < MAX_SCALE) {
      const next = quo * 10n + (rem * 10n) / den;
      if (next > MAX_MANTISSA) break;
      quo = next;
      rem = (rem * 10n) % den;
      scale++;
    }
    if (rem !== 0n) {
      if (2n * rem > den || (2n * rem === den && quo % 2n === 1n)) quo += 1n;
      if (quo > MAX_MANTISSA) {
        if (scale === 0) throw new DecimalOverflow();
        quo = divRoundEven(quo, 10n);
        scale--;
      }
      // Rounding can leave trailing zeros (1/77 ends …013, not …0130): .NET drops them all, past the
      // natural scale too (1E-28 / 2 is 0, 0.0000000000000000000000000199 / 2 is 1E-26).
      const n = normalize(dec(quo, scale));
      quo = n.mantissa;
      scale = n.scale;
    }
  }
  return dec(negative ? -quo : quo, scale);
}

/** Decimal's %: a - truncate(a / b) * b, exactly, at the larger scale; the sign is the dividend's. */
export function mod(a: Dec, b: Dec): Dec {
  if (b.mantissa === 0n) throw new DecimalDivideByZero();
  const [x, y, s] = aligned(a, b);
  return dec(x % y, s);
}

export function compare(a: Dec, b: Dec): number {
  const [x, y] = aligned(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export type Rounding = 'ToEven' | 'AwayFromZero' | 'ToZero' | 'ToNegativeInfinity' | 'ToPositiveInfinity';

/** Math.Round(decimal, digits, mode): a scale above `digits` drops to it; a smaller one stays (Round(1.10, 5) is 1.10). */
export function round(d: Dec, digits: number, mode: Rounding = 'ToEven'): Dec {
  if (d.scale <= digits) return d;
  const p = pow10(d.scale - digits);
  const m = d.mantissa;
  let q = m / p; // truncated toward zero
  const r = m % p;
  if (r !== 0n) {
    const twice = abs(r) * 2n;
    const away = m < 0n ? -1n : 1n;
    switch (mode) {
      case 'ToEven':
        if (twice > p || (twice === p && q % 2n !== 0n)) q += away;
        break;
      case 'AwayFromZero':
        if (twice >= p) q += away;
        break;
      case 'ToZero':
        break;
      case 'ToNegativeInfinity':
        if (m < 0n) q -= 1n;
        break;
      case 'ToPositiveInfinity':
        if (m > 0n) q += 1n;
        break;
    }
  }
  return dec(q, digits);
}

export const floor = (d: Dec): Dec => round(d, 0, 'ToNegativeInfinity');
export const ceiling = (d: Dec): Dec => round(d, 0, 'ToPositiveInfinity');
export const truncate = (d: Dec): Dec => round(d, 0, 'ToZero');

/** The whole value rounded half to even, as Convert.ToInt32(decimal) and the casts to integer types round. */
export function toWholeEven(d: Dec): bigint {
  return round(d, 0, 'ToEven').mantissa;
}

/**
 * The digits a numeric format string shows: the value rounded half away from zero to `decimals`
 * fraction digits (.NET's number formatting rounds a Decimal's exact digits that way), as text of
 * the whole part and of the fraction, and whether it is negative (a value that rounds to zero is not).
 */
export function fixedDigits(d: Dec, decimals: number): { whole: string; fraction: string; negative: boolean } {
  const r = d.scale > decimals ? round(d, decimals, 'AwayFromZero') : dec(d.mantissa * pow10(decimals - d.scale), decimals);
  const digits = abs(r.mantissa).toString().padStart(decimals + 1, '0');
  return { whole: digits.slice(0, digits.length - decimals), fraction: decimals ? digits.slice(-decimals) : '', negative: r.mantissa < 0n };
}

/** The number of significant digits (mantissa digits, at least 1). */
export function precisionOf(d: Dec): number {
  return abs(d.mantissa).toString().length;
}
