// HistoryStrings: the messages of the session-history cmdlets (pwsh 7.6.10's resource texts) and the
// error records they go in.

import type { ErrorSpec } from '../engine/cmdlet.js';

export const NoHistoryForId = (id: number) => `Cannot locate the history for Id ${id}.`;
export const NoCountWithMultipleIds = 'The count cannot be combined with multiple Ids.';
export const NoCountWithMultipleCmdLine = 'The count cannot be combined with multiple CommandLine parameters.';
export const NoHistoryForCommandline = (commandLine: string) => `Cannot locate the history for command line ${commandLine}.`;
export const NoLastHistoryEntryFound = 'Cannot locate most recent history.';
export const InvalidIdGetHistory = (id: number) => `The identifier ${id} is not a valid value for a History identifier. Specify a positive number, and then try again.`;
export const InvokeHistoryLoopDetected = 'The Invoke-History cmdlet is called repeatedly, in a loop.';
export const InvokeHistoryMultipleCommandsError = 'Cannot process multiple history commands. You can only run a single command by using Invoke-History.';
export const AddHistoryInvalidInput = 'Cannot add history because the input object has a format that is not valid.';
export const ClearHistoryWarning = 'This command will clear all the entries from the session history.';

/** An ArgumentException record (pwsh's history cmdlets raise most of their errors as one). */
export function argumentError(message: string, errorId: string, category: string, targetObject: unknown): ErrorSpec {
  return { message, errorId, category, exceptionType: 'ArgumentException', exceptionFullName: 'System.ArgumentException', targetObject };
}

/** "Cannot locate the history for Id n." (Get-History and Clear-History use Get-History's error id). */
export function noHistoryForId(id: number, errorId = 'GetHistoryNoHistoryForId'): ErrorSpec {
  return argumentError(NoHistoryForId(id), errorId, 'ObjectNotFound', id);
}
