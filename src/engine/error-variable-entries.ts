// What -ErrorVariable holds for an error that ended the command (pwsh 7.6.10's MshCommandRuntime: a
// terminating error is appended as the exception that carried it, not as its ErrorRecord). An error that
// -ErrorAction Stop made terminating is an ActionPreferenceStopException whose message names the
// preference; one a cmdlet raised with ThrowTerminatingError (or a function with
// $PSCmdlet.ThrowTerminatingError) is a CmdletInvocationException around the record's own exception.
// Either has the record as its ErrorRecord property.

import type { ErrorRecord } from './errors.js';
import * as R from './runtime-strings.js';
import { PSHashtable, PSObject } from './values.js';
import { exceptionOf } from './values-members.js';

const SMA = 'System.Management.Automation.';

/** The exception objects this module makes, with the record each carries (a collector's duplicate check). */
const carried = new WeakMap<PSObject, ErrorRecord>();

function exceptionObject(shortName: string, message: string, record: ErrorRecord, inner: PSObject | null): PSObject {
  const fullName = `${SMA}${shortName}`;
  const exception = new PSObject(
    fullName,
    { ErrorRecord: record, WasThrownFromThrowStatement: false, TargetSite: null, Message: message, Data: new PSHashtable(), InnerException: inner, HelpLink: null, Source: null, HResult: -2146233087, StackTrace: null },
    undefined,
    // Exception.ToString()'s first line (pwsh adds the .NET stack trace: docs/language.md).
    `${fullName}: ${message}`,
  );
  carried.set(exception, record);
  return exception;
}

/** The one ActionPreferenceStopException of each stopped record (a list may hold it twice, as pwsh's does). */
const stopExceptions = new WeakMap<ErrorRecord, PSObject>();

/** -ErrorAction Stop (or $ErrorActionPreference) made `record` terminating. */
export function stopException(record: ErrorRecord): PSObject {
  let exception = stopExceptions.get(record);
  if (!exception) {
    exception = exceptionObject('ActionPreferenceStopException', R.ActionPreferenceStop('ErrorActionPreference', record.message).message, record, null);
    stopExceptions.set(record, exception);
  }
  return exception;
}

/** A cmdlet's (or advanced function's) ThrowTerminatingError raised `record`. */
export function cmdletInvocationException(record: ErrorRecord): PSObject {
  return exceptionObject('CmdletInvocationException', record.message, record, exceptionOf(record));
}

/** The record an -ErrorVariable entry stands for: itself, or the one its exception carries. */
export function recordOfEntry(entry: unknown): unknown {
  return entry instanceof PSObject ? (carried.get(entry) ?? entry) : entry;
}

