// Write-Error: writes a non-terminating error record. Like PowerShell, the record belongs to the
// caller rather than to Write-Error itself: its FullyQualifiedErrorId has no command suffix and its
// activity (the ConciseView prefix) is 'Write-Error' unless -CategoryActivity says otherwise.

import { basename } from 'node:path';
import { ALL_SETS, type CmdletDefinition, type ParameterMetadata } from '../engine/cmdlet.js';
import { ErrorRecord } from '../engine/errors.js';
import { recordException } from '../engine/exception-values.js';
import { UTILITY } from './modules.js';
import { ERROR_CATEGORY } from './enums.js';
import { toDotNetString } from './text.js';
import type { PSObject } from '../engine/values.js';
import { lazyCmdlet } from '../engine/command-table.js';

const WRITE_ERROR_EXCEPTION = 'Microsoft.PowerShell.Commands.WriteErrorException';
const NO_EXCEPTION = 'NoException';
const WITH_EXCEPTION = 'WithException';
const ERROR_RECORD = 'ErrorRecord';
const bothMessageSets = { [NO_EXCEPTION]: {}, [WITH_EXCEPTION]: {} };

const optionalString = (name: string, alias: string, description: string): ParameterMetadata => ({
  name,
  kind: 'string',
  typeName: 'System.String',
  aliases: [alias],
  sets: { [ALL_SETS]: {} },
  description,
});

export const writeError = lazyCmdlet('Write-Error', (): CmdletDefinition => ({
  name: 'Write-Error',
  implementingType: 'Microsoft.PowerShell.Commands.WriteErrorCommand',
  module: UTILITY,
  synopsis: 'Writes an object to the error stream.',
  defaultParameterSet: NO_EXCEPTION,
  parameters: [
    {
      name: 'Exception',
      kind: 'exception',
      typeName: 'System.Exception',
      sets: { [WITH_EXCEPTION]: { position: 0, mandatory: true } },
      description: 'The exception the error reports; a string becomes an exception with that message.',
    },
    {
      name: 'Message',
      kind: 'string',
      typeName: 'System.String',
      aliases: ['Msg'],
      sets: { [NO_EXCEPTION]: { position: 0, mandatory: true, valueFromPipeline: true }, [WITH_EXCEPTION]: {} },
      allowNull: true,
      allowEmptyString: true,
      description: 'The text of the error.',
    },
    {
      name: 'ErrorRecord',
      kind: 'errorrecord',
      typeName: 'System.Management.Automation.ErrorRecord',
      sets: { [ERROR_RECORD]: { position: 0, mandatory: true } },
      description: 'An existing error record to write again, for example $Error[0].',
    },
    {
      name: 'Category',
      kind: 'enum',
      typeName: ERROR_CATEGORY.fullName,
      enumType: ERROR_CATEGORY,
      sets: bothMessageSets,
      description: 'The error category.',
    },
    { name: 'ErrorId', kind: 'string', typeName: 'System.String', sets: bothMessageSets, description: 'An identifier for the error.' },
    { name: 'TargetObject', kind: 'object', typeName: 'System.Object', sets: bothMessageSets, description: 'The object that was being processed.' },
    { name: 'RecommendedAction', kind: 'string', typeName: 'System.String', sets: { [ALL_SETS]: {} }, description: 'What the user should do next.' },
    optionalString('CategoryActivity', 'Activity', 'The action that caused the error.'),
    optionalString('CategoryReason', 'Reason', 'Why the action caused the error.'),
    optionalString('CategoryTargetName', 'TargetName', 'The name of the object being processed.'),
    optionalString('CategoryTargetType', 'TargetType', 'The type of the object being processed.'),
  ],
  async process(ctx) {
    const p = ctx.params;
    const text = (name: string) => {
      const v = p.get<string>(name);
      return v === undefined || v === null || v === '' ? undefined : v;
    };
    const activity = text('CategoryActivity') ?? 'Write-Error';
    // The record takes its caller's $MyInvocation: inside a function, the function's name and the position
    // of its call (and the function's name as the FullyQualifiedErrorId suffix); at the top level, the
    // script's own invocation, which has no position.
    const caller = ctx.invocation.caller;
    // In a block Where-Object (.Where(), Measure-Command) runs, pwsh's $MyInvocation names no command and points at
    // the statement the script has reached.
    const invocation =
      caller?.kind === 'function'
        ? { commandName: caller.name, invocationName: caller.name, implementingType: caller.name, extent: caller.extent }
        : caller?.kind === 'scriptblock'
          ? { extent: caller.extent }
          : // Inside a called script file: the position of its call, the file's name as the suffix; pwsh's
            // ConciseView names the activity (`Write-Error:`), not the script.
            caller?.kind === 'externalScript'
            ? { invocationName: caller.invocationName, implementingType: caller.name, extent: caller.extent }
          : // In a script file, the file's name is the FullyQualifiedErrorId's suffix (`…,script.ps1`); -c text has none.
          { invokedScript: caller ? (caller.file ?? caller.text) : undefined, implementingType: caller?.file ? basename(caller.file) : undefined };
    let record: ErrorRecord;

    if (ctx.invocation.parameterSetName === ERROR_RECORD) {
      // The binder let only an error record through.
      const given = p.get<ErrorRecord>('ErrorRecord')!;
      record = new ErrorRecord({
        message: given.message,
        errorId: given.errorId,
        category: given.category,
        exceptionType: text('CategoryReason') ?? given.exceptionType,
        exceptionFullName: given.exceptionFullName,
        targetObject: given.targetObject,
        activity,
        recommendedAction: text('RecommendedAction') ?? given.recommendedAction,
        ...invocation,
        // A record a command wrote or threw before keeps its FullyQualifiedErrorId (pwsh 7.6.10: `catch { Write-Error $_ }`).
        ...(given.implementingType ? { implementingType: given.implementingType } : {}),
      });
    } else {
      const hasException = ctx.invocation.parameterSetName === WITH_EXCEPTION;
      const message = p.get<string | null>('Message');
      let exceptionMessage: string;
      let exceptionType: string;
      let exceptionFullName: string;
      if (hasException) {
        // The binder made the argument an exception (a string or number becomes a System.Exception).
        const ex = p.get<PSObject>('Exception')!;
        exceptionMessage = toDotNetString(ex.get('Message'));
        exceptionFullName = ex.typeName;
        exceptionType = ex.typeName.slice(ex.typeName.lastIndexOf('.') + 1);
      } else {
        // new WriteErrorException(null) falls back to .NET's generic exception text.
        exceptionMessage =
          message === null || message === undefined
            ? `Exception of type '${WRITE_ERROR_EXCEPTION}' was thrown.`
            : message;
        exceptionType = 'WriteErrorException';
        exceptionFullName = WRITE_ERROR_EXCEPTION;
      }
      // With -Exception, a non-empty -Message replaces the text shown (ErrorDetails).
      const details = hasException && message ? message : undefined;
      const category = p.get('Category');
      record = new ErrorRecord({
        message: exceptionMessage,
        errorDetails: details,
        errorId: text('ErrorId') ?? exceptionFullName,
        category: category === undefined || category === null ? 'NotSpecified' : String(category),
        exceptionType: text('CategoryReason') ?? exceptionType,
        exceptionFullName,
        targetObject: p.get('TargetObject') ?? null,
        activity,
        recommendedAction: text('RecommendedAction'),
        targetName: text('CategoryTargetName'),
        targetType: text('CategoryTargetType'),
        ...invocation,
      });
      // The record's Exception is the very object given (its FileName, ParamName, InnerException).
      if (hasException) recordException(record, p.get<PSObject>('Exception')!);
    }
    await ctx.writeError(record);
  },
}));
