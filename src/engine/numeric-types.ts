// The numeric and character type names ([long], [double], [byte], [char], [int[]] ...) for types.ts's table.

import { TypedArray, toInt, unwrap } from './convert.js';
import { charValue } from './chars.js';
import { BIG_INTEGER, bigInteger, toBigInteger } from './big-integer.js';
import { scalarOf, toChar, toIntegerType, toRealType, toTypedArray } from './numeric-casts.js';

export { toTypedArray };

interface Entry {
  fullName: string;
  cast(value: unknown): unknown;
}

export function registerNumericTypes(register: (names: string[], entry: Entry) => void): void {
  const scalars: Array<[string[], string, (v: unknown) => unknown]> = [
    // Text reads as a number literal would ('1kb', '1,000'); other values as [int] converts them.
    [['int', 'int32'], 'System.Int32', (v) => (typeof unwrap(v) === 'string' ? toIntegerType(v, 'System.Int32') : toInt(v))],
    [['long', 'int64'], 'System.Int64', (v) => toIntegerType(v, 'System.Int64')],
    [['byte'], 'System.Byte', (v) => toIntegerType(v, 'System.Byte')],
    [['sbyte'], 'System.SByte', (v) => toIntegerType(v, 'System.SByte')],
    [['short', 'int16'], 'System.Int16', (v) => toIntegerType(v, 'System.Int16')],
    [['ushort', 'uint16'], 'System.UInt16', (v) => toIntegerType(v, 'System.UInt16')],
    [['uint', 'uint32'], 'System.UInt32', (v) => toIntegerType(v, 'System.UInt32')],
    [['ulong', 'uint64'], 'System.UInt64', (v) => toIntegerType(v, 'System.UInt64')],
    [['double'], 'System.Double', (v) => toRealType(v, 'System.Double')],
    [['float', 'single'], 'System.Single', (v) => toRealType(v, 'System.Single')],
    [['decimal'], 'System.Decimal', (v) => toRealType(v, 'System.Decimal')],
    [['char'], 'System.Char', (v) => toChar(v)],
    [['bigint', 'Numerics.BigInteger'], BIG_INTEGER, (v) => bigInteger(toBigInteger(v))],
  ];
  for (const [names, fullName, convert] of scalars) {
    const cast = scalarOf(convert, fullName);
    register([...names, fullName], { fullName, cast });
    // Text converts to [char[]] as its characters (String.ToCharArray).
    const arrayCast = fullName === 'System.Char' ? (v: unknown) => (typeof unwrap(v) === 'string' ? charArrayOf(unwrap(v) as string) : toTypedArray(v, fullName, cast)) : (v: unknown) => toTypedArray(v, fullName, cast);
    register([...names.map((n) => `${n}[]`), `${fullName}[]`], { fullName: `${fullName}[]`, cast: arrayCast });
  }
}

function charArrayOf(text: string): TypedArray {
  return TypedArray.of2('System.Char', Array.from({ length: text.length }, (_, i) => charValue(text.charCodeAt(i))));
}
