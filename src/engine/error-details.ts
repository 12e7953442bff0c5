// The DetailedView and Get-Error: an error record shown as PowerShell 7's PSExtendedError view shows it.
//
// pwsh builds the text with a recursive walk over the record's properties (PowerShellCore's format data,
// "GetErrorInstance"): every non-empty property is a `Name : value` line, names padded to the longest
// non-empty name of their object; exceptions, error records and InvocationInfo are walked into with four
// more spaces; lists get one item a line six spaces further in; a multi-line value continues under its
// first line. What follows builds the property tree of one of spo's records in the order .NET lists the
// properties, then writes it by those rules. Exceptions spo raises inside its engine have no .NET
// TargetSite, StackTrace, Source or Data, so those never show (docs/language.md, Error views).

import { positionMessage, shortTypeName, type SourceExtent, type StackFrame } from './position.js';

/** What the view reads of an ErrorRecord (errors.ts's class; named by shape so errors.ts can call this module). */
export interface ErrorRecord {
  readonly message: string;
  readonly errorId: string;
  readonly category: string;
  readonly exceptionFullName: string;
  readonly targetObject: unknown;
  readonly commandName: string;
  readonly invocationName: string;
  readonly implementingType: string;
  readonly extent?: SourceExtent;
  readonly commandExtent?: SourceExtent;
  readonly thrownByThrowStatement: boolean;
  readonly isParseError: boolean;
  readonly recommendedAction?: string;
  readonly errorDetails?: string;
  readonly invokedScript?: string;
  readonly targetName?: string;
  readonly targetType?: string;
  readonly scriptStack?: ReadonlyArray<StackFrame>;
  readonly historyId: number;
  readonly categoryInfo: string;
  readonly fullyQualifiedErrorId: string;
}

/** A property value the walk knows how to show. */
type Value = string | number | boolean | null | undefined | Details | Value[] | DictionaryValue;

/** An object the walk goes into (an exception, an error record, an InvocationInfo). */
class Details {
  constructor(readonly properties: ReadonlyArray<readonly [string, Value]>) {}
}

/** A dictionary (BoundParameters): its non-empty-ness counts towards the name width, its entries show as `key : value`. */
class DictionaryValue {
  constructor(readonly entries: ReadonlyArray<readonly [string, string]>) {}
}

/** HResult of System.Exception's subclasses spo raises (COR_E_SYSTEM... as pwsh prints it). */
const HRESULT = -2146233087;
const SMA = 'System.Management.Automation.';

/** Exceptions that carry their own ErrorRecord (IContainsErrorRecord: RuntimeException and its subclasses). */
function containsErrorRecord(fullName: string): boolean {
  return fullName.startsWith(SMA) && fullName !== `${SMA}ParentContainsErrorRecordException`;
}

/** Whether the walk treats a value as present (`$v -ne $null -and $v -ne ''`, as PowerShell compares). */
function counts(value: Value): boolean {
  if (value === null || value === undefined || value === '' || value === false || value === 0) return false;
  if (Array.isArray(value)) return value.some((v) => counts(v));
  return true;
}

/** Whether the walk shows a value: present, and a collection with items. */
function shows(value: Value): boolean {
  if (!counts(value)) return false;
  if (value instanceof DictionaryValue) return value.entries.length > 0;
  return true;
}

function write(obj: Details, indent: number): string {
  const prefix = ' '.repeat(indent);
  let width = 0;
  for (const [name, value] of obj.properties) if (counts(value) && name.length > width) width = name.length;
  const lines: string[] = [];
  for (const [name, value] of obj.properties) {
    if (!shows(value)) continue;
    let line = `${prefix}${name}${' '.repeat(width - name.length)} : `;
    const inner = indent + 4;
    if (value instanceof Details) {
      line += '\n' + write(value, inner);
    } else if (value instanceof DictionaryValue) {
      line += '\n' + value.entries.map(([k, v]) => `${prefix}    ${k} : ${v}\n`).join('');
    } else if (Array.isArray(value)) {
      const itemIndent = prefix + ' '.repeat(inner + 2);
      line += value.map((v) => (v instanceof Details ? '\n' + write(v, inner) : `\n${itemIndent}${String(v)}`)).join('');
    } else {
      const text = typeof value === 'boolean' ? (value ? 'True' : 'False') : String(value);
      const continuation = `\n${prefix}${' '.repeat(width + 3)}`;
      line += text.includes('\n') ? text.split('\n').map((l) => l.trim()).join(continuation) : text;
    }
    lines.push(line);
  }
  return lines.join('\n');
}

/** The text Get-Error and the DetailedView show for a record (no blank lines around it). */
export function detailedText(record: ErrorRecord): string {
  return write(recordDetails(record, false), 0);
}

function recordDetails(record: ErrorRecord, nested: boolean): Details {
  const runtime = isEngineRuntimeError(record);
  if (nested) {
    // The record inside a RuntimeException: its exception is the ParentContainsErrorRecordException that
    // stands for the outer one; a `throw` keeps neither target nor category.
    const thrown = record.thrownByThrowStatement;
    const target = thrown ? null : record.targetObject;
    const targetName = record.targetName ?? (target === null ? '' : String(target));
    const targetType = record.targetType ?? (target === null ? '' : shortTypeName(target));
    const category = thrown ? 'NotSpecified' : record.category;
    return new Details([
      ['Exception', exceptionDetails(`${SMA}ParentContainsErrorRecordException`, record.message, [])],
      ['TargetObject', displayed(target)],
      ['CategoryInfo', `${category}: (${targetName}:${targetType}) [], ParentContainsErrorRecordException`],
      ['FullyQualifiedErrorId', thrown ? 'RuntimeException' : record.errorId],
      ['InvocationInfo', runtime ? invocationDetails(record) : null],
      ['ScriptStackTrace', runtime ? scriptStackTrace(record) : null],
    ]);
  }
  const hasDetails = record.recommendedAction !== undefined && record.recommendedAction !== '';
  return new Details([
    ['PSMessageDetails', null],
    ['Exception', outerException(record)],
    ['TargetObject', displayed(record.targetObject)],
    ['CategoryInfo', record.categoryInfo],
    ['FullyQualifiedErrorId', record.fullyQualifiedErrorId],
    ['ErrorDetails', record.errorDetails || (hasDetails ? record.message : null)],
    ['InvocationInfo', record.isParseError ? null : invocationDetails(record)],
    ['ScriptStackTrace', record.isParseError ? null : scriptStackTrace(record)],
    ['PipelineIterationInfo', pipelineIterationInfo(record)],
  ]);
}

function outerException(record: ErrorRecord): Details {
  const fullName = record.exceptionFullName;
  const extra: Array<[string, Value]> = [];
  if (containsErrorRecord(fullName)) extra.push(['ErrorRecord', recordDetails(record, true)]);
  if (fullName === `${SMA}RuntimeException`) extra.push(['WasThrownFromThrowStatement', record.thrownByThrowStatement]);
  if (fullName === `${SMA}ItemNotFoundException`) {
    extra.push(['ItemName', displayed(record.targetObject)], ['SessionStateCategory', 'Drive']);
  }
  if (fullName === `${SMA}CommandNotFoundException`) extra.push(['CommandName', displayed(record.targetObject)]);
  return exceptionDetails(fullName, record.message, extra);
}

function exceptionDetails(fullName: string, message: string, extra: Array<[string, Value]>): Details {
  return new Details([['Type', fullName], ...extra, ['Message', message], ['HResult', HRESULT]]);
}

/** A value as the walk converts it to text: strings as they are, other objects by their string form. */
function displayed(value: unknown): Value {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value)) return value.map((v) => displayed(v));
  return String(value);
}

/** Raised by the engine itself (an expression, a conversion, an unknown command), not by a command or `throw`. */
function isEngineRuntimeError(record: ErrorRecord): boolean {
  return !record.commandName && !record.thrownByThrowStatement && !record.isParseError && record.invokedScript === undefined && record.extent !== undefined;
}

/** A record's PipelineIterationInfo: a cmdlet's error counts the objects it had received. */
export function pipelineIterationInfo(record: ErrorRecord): number[] {
  return isCommandError(record) ? [0, 1] : [];
}

/** Written by a cmdlet of a pipeline (Get-Variable's not-found, Get-Item's path): PipelineIterationInfo is filled. */
function isCommandError(record: ErrorRecord): boolean {
  return record.commandName !== '' && record.implementingType !== '' && record.invokedScript === undefined && record.implementingType.includes('.');
}

function invocationDetails(record: ErrorRecord): Details {
  const historyId = record.historyId;
  if (record.invokedScript !== undefined && !record.extent) {
    // Write-Error at the top level: the record takes the script's own invocation, which has no position.
    return new Details([
      ['MyCommand', record.invokedScript],
      ['BoundParameters', new DictionaryValue([])],
      ['HistoryId', historyId],
      ['CommandOrigin', 'Internal'],
    ]);
  }
  const extent = record.extent;
  const file = extent?.file;
  return new Details([
    ['MyCommand', record.commandName || null],
    ['BoundParameters', new DictionaryValue([])],
    ['ScriptLineNumber', extent?.startLine ?? 0],
    ['OffsetInLine', extent?.startColumn ?? 0],
    ['HistoryId', historyId],
    ['ScriptName', file ?? ''],
    ['Line', extent ? lineWithBreak(extent) : ''],
    ['Statement', extent ? extent.text.trimEnd() : null],
    ['PositionMessage', extent ? positionMessage(extent) : ''],
    ['PSScriptRoot', file ? folderOf(file) : ''],
    ['PSCommandPath', file ?? null],
    ['InvocationName', record.thrownByThrowStatement ? '' : record.invocationName],
    ['CommandOrigin', 'Internal'],
  ]);
}

/** InvocationInfo.Line: the whole line, with its line break when one follows it in the source. */
function lineWithBreak(extent: SourceExtent): string {
  return extent.lineText + (extent.lineBreak ? '\n' : '');
}

function folderOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i > 0 ? path.slice(0, i) : i === 0 ? path.slice(0, 1) : '';
}

/**
 * ScriptStackTrace: `at <function>, <file>: line N`, innermost first, one line for each script block that
 * was running when the record was raised (scriptStack); the line is the statement each had reached. A record
 * raised with no script running names the script at its own line.
 */
export function scriptStackTrace(record: ErrorRecord): string {
  const here = record.commandExtent ?? record.extent;
  const frames = record.scriptStack?.length ? record.scriptStack : [{ name: '<ScriptBlock>', file: here?.file, line: undefined }];
  return frames.map((f, i) => `at ${f.name}, ${f.file ?? '<No file>'}: line ${f.line ?? (i === 0 ? (here?.startLine ?? 0) : 0)}`).join('\n');
}
