// `[System.Management.Automation.ErrorRecord]::new(...)`: the records scripts build for
// `$PSCmdlet.ThrowTerminatingError($record)` and `Write-Error -ErrorRecord $record`, and the
// `[System.Management.Automation.ErrorRecord[]]` arrays they collect them in. Checked with pwsh 7.6.10.

import * as R from './runtime-strings.js';
import type { ConstructOutcome, ConstructibleType } from './construct-types.js';
import { castFailure, ConversionError, toEnum, toPSString, TypedArray, unwrap } from './convert.js';
import { enumTypeNamed } from './enum-types.js';
import { ErrorRecord } from './errors.js';
import { asException, constructException, recordException } from './exception-values.js';
import { PSHashtable } from './values.js';

export const ERROR_RECORD_TYPE = 'System.Management.Automation.ErrorRecord';
const ERROR_CATEGORY = 'System.Management.Automation.ErrorCategory';

/** Records a script built: their InvocationInfo is $null until written or thrown (as copies, here). */
const unraised = new WeakSet<ErrorRecord>();

/** Whether `record` was built by `::new` and has not been written or thrown since. */
export function isUnraised(record: ErrorRecord): boolean {
  return unraised.has(record) && !record.extent && !record.commandName;
}

export const errorRecordType: ConstructibleType = {
  shortName: 'ErrorRecord',
  fullName: ERROR_RECORD_TYPE,
  parameterless: false,
  construct(raw): ConstructOutcome {
    const args = raw.map(unwrap);
    if (args.length === 2 && args[0] instanceof ErrorRecord) {
      // (ErrorRecord, Exception replaceParentContainsErrorRecordException): the exception replaces only a
      // ParentContainsErrorRecordException, which no script-made record holds; the copy is the record.
      return { kind: 'created', value: args[0] };
    }
    if (args.length !== 4) return { kind: 'noOverload' };
    const [given, errorId, category, targetObject] = args;
    if (given === null || given === undefined) {
      return { kind: 'failed', message: R.ArgumentNull('exception'), errorId: 'PSArgumentNullException' };
    }
    // Anything else converts as pwsh converts to System.Exception: a hashtable sets the properties of a
    // new one (none, here), another value is its message (`::new('text', …)`, `::new(1, …)`).
    const exception = asException(given) ?? constructException('System.Exception', given instanceof PSHashtable ? [] : [toPSString(given)])!;
    const categoryType = enumTypeNamed(ERROR_CATEGORY)!;
    let categoryValue: string;
    try {
      categoryValue = toEnum(category ?? null, categoryType).toString();
    } catch (e) {
      if (e instanceof ConversionError) return { kind: 'argumentMismatch', parameter: 'errorCategory', value: category, targetType: ERROR_CATEGORY, method: '.ctor', inner: e.message };
      throw e;
    }
    const fullName = exception.typeName;
    const record = new ErrorRecord({
      message: toPSString(exception.get('Message') ?? ''),
      errorId: errorId === null || errorId === undefined ? '' : toPSString(errorId),
      category: categoryValue,
      exceptionType: fullName.slice(fullName.lastIndexOf('.') + 1),
      exceptionFullName: fullName,
      targetObject: targetObject ?? null,
      // Made by a script, not raised: no InvocationInfo until a command writes or throws it.
      activity: '',
    });
    recordException(record, exception);
    unraised.add(record);
    return { kind: 'created', value: record };
  },
};

/**
 * `[System.Management.Automation.ErrorRecord[]]`: records and $null convert, nothing else does (pwsh
 * names the element type for an element, the array type for a single value).
 */
export function toErrorRecordArray(value: unknown): unknown[] | null {
  const v = unwrap(value);
  if (v === null || v === undefined) return null;
  const element = (x: unknown): ErrorRecord | null => {
    const u = unwrap(x) ?? null;
    if (u === null || u instanceof ErrorRecord) return u;
    throw castFailure(x, ERROR_RECORD_TYPE);
  };
  if (Array.isArray(v)) return TypedArray.of2(ERROR_RECORD_TYPE, v.map(element));
  if (v instanceof ErrorRecord) return TypedArray.of2(ERROR_RECORD_TYPE, [v]);
  throw castFailure(value, `${ERROR_RECORD_TYPE}[]`);
}
