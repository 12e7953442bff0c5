// The failure of a LanguagePrimitives conversion, in its own module so that the conversion modules
// (convert.ts, string-numbers.ts, numeric-casts.ts) can all throw it without importing each other.

/** LanguagePrimitives' error ids for the ways a conversion fails (the FullyQualifiedErrorId at run time). */
export const CAST_ERROR_ID = {
  /** No conversion exists: `Cannot convert the "x" value of type ... to type ...`. */
  final: 'ConvertToFinalInvalidCastException',
  /** A number (or Boolean) through IConvertible: overflow, `Invalid cast from 'Boolean' to 'Char'`. */
  iConvertible: 'InvalidCastIConvertible',
  stringToInteger: 'InvalidCastFromStringToInteger',
  stringToDouble: 'InvalidCastFromStringToDoubleOrSingle',
  stringToDecimal: 'InvalidCastFromStringToDecimal',
  /** A type's Parse(string) failed ([char]'ab', [version]'x'). */
  parse: 'InvalidCastParseTargetInvocation',
  /** A type's Parse(string, IFormatProvider) failed ([datetime], [timespan], [guid]). */
  parseWithFormat: 'InvalidCastParseTargetInvocationWithFormatProvider',
  /** A scalar converted to an array type whose element conversion failed ([int[]]'a'). */
  scalarToArray: 'InvalidCastExceptionScalarToArray',
  enumName: 'SubstringDisambiguationEnumParseThrewAnException',
  enumValue: 'UndefinedIntegerToEnum',
  /** Text that parses to a number no enumerator (or flag combination) names: `[DayOfWeek]'7'`. */
  enumTextValue: 'EnumParseUndefined',
  /** $null to an enum: no enumerator is chosen for it. */
  nullToEnum: 'nullToEnumInvalidCast',
} as const;

/**
 * A conversion failure (PSInvalidCastException); `message` is the inner text that binding errors wrap.
 * At run time (a cast, an operator's operand) PowerShell reports it as a RuntimeException whose error id
 * is the conversion's own (CAST_ERROR_ID).
 */
export class ConversionError extends Error {
  constructor(
    message: string,
    /** LanguagePrimitives' error id for the way the conversion failed. */
    readonly errorId: string = CAST_ERROR_ID.final,
    readonly exceptionType = 'PSInvalidCastException',
  ) {
    super(message);
  }
}

/**
 * The same failure when a typed parameter's variable is assigned in the function's body (`$s = 1` for a
 * [switch] $s): pwsh reports the conversion's own error (InvalidArgument), not the MetadataError of a
 * `[type]$x = …` variable.
 */
export class ParameterVariableConversionError extends ConversionError {}
