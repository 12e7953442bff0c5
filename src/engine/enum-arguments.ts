// An enum argument of a .NET method the shell implements ([DateTime]::SpecifyKind's kind, Uri's
// GetLeftPart(part)), converted as PowerShell's method binder converts it. Its own module: the
// method tables that need it (dotnet-statics.ts, uri.ts) import each other's values.

import { ConversionError, exceptionValueText, toEnum } from './convert.js';
import { argumentConversionError } from './member-error.js';
import type { EnumType, EnumValue } from './values.js';

/** The argument as a value of the enum, or pwsh's MethodArgumentConversionInvalidCastArgument naming the method's parameter. */
export function enumArgumentOf(method: string, parameter: string, value: unknown, type: EnumType): EnumValue {
  try {
    return toEnum(value, type);
  } catch (e) {
    if (e instanceof ConversionError) throw argumentConversionError(method, parameter, exceptionValueText(value), type.fullName, e.message);
    throw e;
  }
}
