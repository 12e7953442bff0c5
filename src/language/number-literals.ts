// The .NET type PowerShell's tokenizer gives a number literal (its ScanNumberHelper): the form
// (decimal, real, hex, binary), the type suffix (l u ul y uy s us n d) and the kb..pb multiplier decide
// it, and a value that does not fit the suffix's type makes the literal "not valid" (a ParseError).

export type NumericTypeName =
  | 'System.Int32'
  | 'System.Int64'
  | 'System.Double'
  | 'System.Decimal'
  | 'System.SByte'
  | 'System.Byte'
  | 'System.Int16'
  | 'System.UInt16'
  | 'System.UInt32'
  | 'System.UInt64'
  | 'System.Numerics.BigInteger';

export interface NumberLiteral {
  type: NumericTypeName;
  /** The value as a JavaScript number (rounded past 2^53). */
  value: number;
  /** The exact integer, for Int64/UInt64/Decimal/BigInteger values past 2^53; a Decimal's mantissa when `scale` is set. */
  exact?: bigint;
  /** A Decimal literal's scale (`1.10d`: mantissa 110, scale 2), before .NET rounds it to 28 digits and 96 bits. */
  scale?: number;
}

const MULTIPLIER: Record<string, bigint> = { kb: 1n << 10n, mb: 1n << 20n, gb: 1n << 30n, tb: 1n << 40n, pb: 1n << 50n };
const RANGE: Partial<Record<NumericTypeName, [bigint, bigint]>> = {
  'System.SByte': [-128n, 127n],
  'System.Byte': [0n, 255n],
  'System.Int16': [-32768n, 32767n],
  'System.UInt16': [0n, 65535n],
  'System.Int32': [-(2n ** 31n), 2n ** 31n - 1n],
  'System.UInt32': [0n, 2n ** 32n - 1n],
  'System.Int64': [-(2n ** 63n), 2n ** 63n - 1n],
  'System.UInt64': [0n, 2n ** 64n - 1n],
  'System.Decimal': [-(2n ** 96n - 1n), 2n ** 96n - 1n],
};
const fits = (type: NumericTypeName, v: bigint): boolean => {
  const r = RANGE[type];
  return r === undefined || (v >= r[0] && v <= r[1]);
};
const SUFFIX: Record<string, NumericTypeName> = {
  l: 'System.Int64',
  u: 'System.UInt32',
  ul: 'System.UInt64',
  y: 'System.SByte',
  uy: 'System.Byte',
  s: 'System.Int16',
  us: 'System.UInt16',
  n: 'System.Numerics.BigInteger',
  d: 'System.Decimal',
};

const LITERAL = /^(0x[0-9a-f]*|0b[01]+|(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)(ul|uy|us|[lusnyd])?(kb|mb|gb|tb|pb)?$/i;

const make = (type: NumericTypeName, v: bigint): NumberLiteral => {
  const value = Number(v);
  return Number.isSafeInteger(value) ? { type, value } : { type, value, exact: v };
};

/** .NET's MidpointRounding.ToEven for a conversion of a real to an integer type. */
const roundEven = (n: number): bigint => {
  const f = Math.floor(n);
  const d = n - f;
  const r = d > 0.5 || (d === 0.5 && f % 2 !== 0) ? f + 1 : f;
  return BigInt(r);
};

/** The literal's type and value; undefined when PowerShell rejects it ("The numeric constant … is not valid."). */
export function classifyNumberLiteral(text: string, negative = false): NumberLiteral | undefined {
  const m = LITERAL.exec(text);
  if (!m) return undefined;
  const body = m[1]!.toLowerCase();
  const suffix = m[2]?.toLowerCase();
  let multiplier = m[3] ? MULTIPLIER[m[3].toLowerCase()]! : 1n;
  const suffixType = suffix ? SUFFIX[suffix] : undefined;
  if (body.startsWith('0x') || body.startsWith('0b')) {
    let v = body === '0x' ? 0n : BigInt(body);
    const sign = negative ? -1n : 1n;
    if (suffixType === undefined || suffixType === 'System.Int64' || suffixType === 'System.Int32') {
      // Unsuffixed hex and binary take the smallest of Int32/Int64 whose width holds the bits, read as signed.
      let type: NumericTypeName;
      if (v <= 0xffffffffn && suffixType !== 'System.Int64') {
        type = 'System.Int32';
        if (v >= 2n ** 31n) v -= 2n ** 32n;
      } else if (v <= 0xffffffffffffffffn) {
        type = 'System.Int64';
        if (v >= 2n ** 63n) v -= 2n ** 64n;
      } else return undefined;
      return scale(type, sign * v, multiplier);
    }
    if (suffixType === 'System.Decimal' || suffixType === 'System.Numerics.BigInteger') return scale(suffixType, sign * v, multiplier);
    if (!fits(suffixType, v)) return undefined;
    return scale(suffixType, sign * v, multiplier);
  }
  const real = /[.e]/.test(body);
  if (suffixType === undefined) {
    if (real) return { type: 'System.Double', value: (negative ? -1 : 1) * Number(body) * Number(multiplier) };
    const v = (negative ? -1n : 1n) * BigInt(body);
    for (const type of ['System.Int32', 'System.Int64', 'System.Decimal'] as const) {
      if (fits(type, v)) return scale(type, v, multiplier);
    }
    return { type: 'System.Double', value: (negative ? -1 : 1) * Number(body) * Number(multiplier) };
  }
  if (suffixType === 'System.Decimal') return decimalLiteral(body, negative, multiplier);
  let v: bigint;
  if (real) {
    // A real with an integer suffix is read as a Double, multiplied, then rounded to even into the
    // suffix's type: 2.5l is 2, 3.5us is 4, 1.3lkb is 1331, 127.5y is not valid (pwsh 7.6.10).
    const n = (negative ? -1 : 1) * Number(body) * Number(multiplier);
    if (!Number.isFinite(n)) return undefined;
    v = roundEven(n);
    multiplier = 1n;
  } else v = (negative ? -1n : 1n) * BigInt(body);
  if (!fits(suffixType, v)) {
    // `u` widens to UInt64 when the value needs it.
    if (suffixType === 'System.UInt32' && fits('System.UInt64', v)) return scale('System.UInt64', v, multiplier);
    return undefined;
  }
  return scale(suffixType, v, multiplier);
}

/** Applies a multiplier: an Int32 that overflows becomes an Int64, other types must still fit. */
function scale(type: NumericTypeName, v: bigint, multiplier: bigint): NumberLiteral | undefined {
  const r = v * multiplier;
  if (fits(type, r)) return make(type, r);
  if (type === 'System.Int32' && fits('System.Int64', r)) return make('System.Int64', r);
  if (type === 'System.UInt32' && fits('System.UInt64', r)) return make('System.UInt64', r);
  return multiplier === 1n ? make(type, r) : undefined;
}

const DECIMAL_MAX = 2n ** 96n - 1n;

/**
 * A `d` literal as Decimal.Parse reads it (`1.10d` keeps its two decimals, `1e2d` is 100): the exact
 * mantissa and scale, which the engine rounds to 28 decimals; not valid when even its whole part,
 * rounded half to even, is past a Decimal's range.
 */
function decimalLiteral(body: string, negative: boolean, multiplier: bigint): NumberLiteral | undefined {
  const m = /^(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/.exec(body);
  if (!m) return undefined;
  const fraction = m[2] ?? '';
  let mantissa = BigInt((m[1] || '0') + fraction) * multiplier;
  let scale = fraction.length - Number(m[3] ?? 0);
  if (scale < 0) {
    if (-scale > 40) return mantissa === 0n ? { type: 'System.Decimal', value: 0, exact: 0n, scale: 0 } : undefined;
    mantissa *= 10n ** BigInt(-scale);
    scale = 0;
  }
  const unit = 10n ** BigInt(scale);
  const whole = mantissa / unit;
  const rest = (mantissa % unit) * 2n;
  if (whole + (rest > unit || (rest === unit && whole % 2n === 1n) ? 1n : 0n) > DECIMAL_MAX) return undefined;
  if (negative) mantissa = -mantissa;
  return { type: 'System.Decimal', value: Number(mantissa) / 10 ** Math.min(scale, 308), exact: mantissa, scale };
}
