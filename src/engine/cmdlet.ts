// Cmdlet metadata and the context a cmdlet runs in.
//
// A cmdlet is data (its parameters, sets, aliases, the .NET names PowerShell's messages use) plus
// `process`. The binder reads the data to produce exact binding errors; the cmdlet never sees
// unbound or wrongly typed input.

import type { Host } from '../host/host.js';
import type { EnumType, PSCredential } from './values.js';
import type { ErrorRecord, SourceExtent } from './errors.js';
import type { Session } from './session.js';

export const ALL_SETS = '__AllParameterSets';

/** How the binder converts an argument; `typeName` is what messages print. */
export type ParamKind =
  | 'string'
  | 'string[]'
  | 'switch'
  | 'bool'
  | 'int'
  /** System.Int32[] and System.Int64[]: each element converted as [int] / [long] (Clear-History -Id, Get-History -Id). */
  | 'int[]'
  | 'long[]'
  | 'object'
  | 'object[]'
  | 'enum'
  | 'securestring'
  /** System.Management.Automation.PSCredential; with `credentialAttribute` a string prompts for the password. */
  | 'credential'
  | 'hashtable'
  /** SPO's UrlCmdletPipeBind: anything that converts to a string (a Uri or a string). */
  | 'url-pipebind'
  /** SPO's CredentialCmdletPipeBind: a PSCredential, or a string user name whose password is prompted. */
  | 'credential-pipebind'
  /** X509Certificate2: a certificate object, or a string read as a certificate file (the type's constructor). */
  | 'x509certificate2'
  /** System.Exception: an exception object, or a string or number that becomes one with that message (its constructor). */
  | 'exception'
  /** System.Management.Automation.ErrorRecord: only an error record itself. */
  | 'errorrecord';

export interface ParameterSetMembership {
  mandatory?: boolean;
  /** 0-based position for positional binding; absent = named only. */
  position?: number;
  valueFromPipeline?: boolean;
  valueFromPipelineByPropertyName?: boolean;
  /** Collects every argument left over after binding (Write-Host a b c). */
  valueFromRemainingArguments?: boolean;
  helpMessage?: string;
}

/** The kinds of value completion a parameter can ask for (ParameterMetadata.completes). */
export type ValueCompletion = 'command' | 'variable' | 'alias' | 'module' | 'verb' | 'noun' | 'scope' | 'container' | 'drive' | 'provider';

export interface ParameterMetadata {
  name: string;
  kind: ParamKind;
  /** .NET full type name as PowerShell's messages print it, e.g. 'System.String'. */
  typeName: string;
  aliases?: string[];
  enumType?: EnumType;
  /** Parameter set name → membership. Use ALL_SETS for "(All)". */
  sets: Record<string, ParameterSetMembership>;
  allowNull?: boolean;
  allowEmptyString?: boolean;
  /** [Credential()] transformation attribute: a string becomes a prompted credential. */
  credentialAttribute?: boolean;
  /** [ValidateRange(min, max)] for ints. */
  range?: [number, number];
  /** [ValidateRange(ValidateRangeKind.Positive)]: above zero, with that kind's message. */
  positive?: boolean;
  /** [ValidateRange(ValidateRangeKind.NonNegative)]: zero or above, with that kind's message. */
  nonNegative?: boolean;
  /** [ValidateRange(ValidateRangeKind.Negative)] and NonPositive: below zero, zero or below. */
  negative?: boolean;
  nonPositive?: boolean;
  /** [ValidateSet(..., IgnoreCase = $false)]: the value must be spelt as the set spells it. */
  validateSetCaseSensitive?: boolean;
  /**
   * The ErrorMessage of a script's [ValidateSet], [ValidatePattern] or [ValidateScript] ({0}: the value,
   * {1}: the set joined with commas, or the pattern, or the script's text), in place of pwsh's own sentence.
   */
  validationMessages?: { set?: string; pattern?: string; script?: string };
  /** [ValidateSet(...)] */
  validateSet?: string[];
  /** [ArgumentCompletions(...)]: values Tab offers, without refusing others (-Encoding's names). */
  argumentCompletions?: string[];
  /**
   * What Tab offers for a value, as pwsh's own completers for these parameters do (engine/completion.ts):
   * the session's commands (Get-Command -Name), variables, aliases or modules, the approved verbs, the
   * commands' nouns, the scope names, or folders only (Set-Location -Path).
   */
  completes?: ValueCompletion;
  /** [ValidateNotNullOrEmpty()] */
  validateNotNullOrEmpty?: boolean;
  /** [ValidateVariableName()] */
  validateVariableName?: boolean;
  /** [ValidateNotNull()] */
  validateNotNull?: boolean;
  /** [ValidatePattern(regex)] (case-insensitive, as PowerShell's default). */
  validatePattern?: string;
  /** [ValidateLength(min, max)] */
  validateLength?: [number, number];
  /** [ValidateCount(min, max)] */
  validateCount?: [number, number];
  /** [AllowEmptyCollection()] */
  allowEmptyCollection?: boolean;
  /** [ValidateScript({ ... })]: the script's text (for the message) and the check, run with $_ set. */
  validateScript?: { text: string; test(value: unknown): Promise<boolean> };
  /**
   * A validation attribute whose failure positional and pipeline binding swallow (pwsh's
   * ValidationMetadataException.SwallowException), so that the argument goes on to another parameter:
   * the message when it refuses the value. Add-Member's NotePropertyName leaves member type names to -MemberType.
   */
  validateSwallowed?: (value: unknown) => string | undefined;
  /**
   * A function parameter's type constraint: converts the argument (PowerShell's
   * ArgumentTypeConverterAttribute); a ConversionError becomes an argument transformation error.
   */
  transform?: (value: unknown) => unknown;
  /**
   * An 'object' parameter of a .NET type the binder converts to by this check (ScriptBlock,
   * PSPropertyExpression): it returns the value, or throws a ConversionError that becomes the binding
   * error `Cannot bind parameter 'X'. <message>`; a list is refused as by a one-value type. On an
   * 'object[]' parameter (an array of that type: XmlNode[]) each element is converted by it.
   */
  coerce?: (value: unknown) => unknown;
  /** One-line description used by Get-Help when the docs page has none. */
  description?: string;
  /** Hidden from completion and syntax. */
  dontShow?: boolean;
  /** A provider's dynamic parameter (Test-Path -OlderThan): after the CommonParameters in the command's dictionary, as in pwsh. */
  dynamic?: boolean;
  /** -IncludeTotalCount/-Skip/-First of a cmdlet that SupportsPaging: after the CommonParameters and -WhatIf/-Confirm, and a prefix shared with a declared parameter leaves them out, as common ones. */
  paging?: boolean;
}

/** Get-Command's CommandType column; PowerShell implements some commands (Clear-Host) as functions. */
export type CommandType = 'Cmdlet' | 'Function' | 'ExternalScript';

export interface CmdletDefinition {
  /** Verb-Noun, canonical casing. */
  name: string;
  /** 'Cmdlet' when absent. */
  commandType?: CommandType;
  /** A script module's function: its module's version (Get-Command's Version column), 0.0 for a bare .psm1. */
  moduleVersion?: string;
  /** Full name of the implementing .NET type, used in FullyQualifiedErrorId. */
  implementingType: string;
  /**
   * false: -Debug alone does not turn this cmdlet's verbose and warning messages into Inquire prompts (pwsh's
   * MshCommandRuntime quirk). Connect-SPOService narrates its sign-in on -Verbose; a question at every line of
   * it, mid-sign-in, is a deliberate deviation (docs/language.md).
   */
  debugAsksOnVerbose?: false;
  /**
   * true: the command runs script text for its caller (Invoke-Expression, Invoke-Command, ForEach-Object),
   * and its -ErrorVariable collects the errors recorded while that text runs, as in pwsh.
   */
  collectsInnerErrors?: true;
  /** Module name shown by Get-Command. */
  module: string;
  parameters: ParameterMetadata[];
  defaultParameterSet?: string;
  supportsShouldProcess?: boolean;
  /** Synopsis for Get-Command/Get-Help when no docs page exists. */
  synopsis: string;
  /**
   * Whether the parameters marked `dynamic` exist for what is bound so far (pwsh asks the provider of the
   * bound path once the static parameters are bound): when not, a dynamic parameter given by name is
   * reported as not found. Absent: they always exist.
   */
  dynamicParametersApply?(get: (name: string) => unknown): boolean;
  /** Called once before the first input object. */
  begin?(ctx: CmdletContext): Promise<void> | void;
  /** Called once per pipeline input object, or once when there is no pipeline input. */
  process(ctx: CmdletContext): Promise<void> | void;
  /** Called after the last input object. */
  end?(ctx: CmdletContext): Promise<void> | void;
  /** Called once the command is done, also when it failed (a function leaves its scope). */
  cleanup?(ctx: CmdletContext): void;
  /** A script function's comment-based help (Get-Help shows it instead of a docs page). */
  commentHelp?: CommentHelp;
  /** A script function: pipeline objects no parameter binds still reach it ($_, $input). */
  takesAnyInput?: boolean;
  /** False for a simple function: no CommonParameters (undefined = true, as for every cmdlet). */
  commonParameters?: boolean;
}

/** Comment-based help of a script function (about_Comment_Based_Help): the keywords' texts. */
export interface CommentHelp {
  synopsis: string;
  description: string;
  /** Parameter name → its .PARAMETER text. */
  parameters: Record<string, string>;
  /** Each .EXAMPLE's text: the first line is the code, the rest its remarks. */
  examples: string[];
  notes: string;
  links: string[];
  /** Each .INPUTS and .OUTPUTS text. */
  inputs: string[];
  outputs: string[];
  /** .COMPONENT, .ROLE and .FUNCTIONALITY: the topic's Component, Role and Functionality (Get-Help -Component ... chooses by them). */
  component?: string;
  role?: string;
  functionality?: string;
}

export interface AliasDefinition {
  name: string;
  target: string;
  /** Set-Alias/New-Alias -Description. */
  description?: string;
  /** ScopedItemOptions bits (ReadOnly 1, Constant 2, Private 4, AllScope 8): pwsh's built-in aliases carry some. */
  options?: number;
}

export interface ResolvedCommand {
  definition: CmdletDefinition;
  /** The alias it was found through, as the alias is spelled. */
  viaAlias?: string;
}

/** The changes the Function: and Alias: drives make to the command table (engine/session-items.ts). */
export interface MutableCommands {
  /** The command of that name itself (a function or cmdlet, not an alias). */
  command(name: string): CmdletDefinition | undefined;
  register(definition: CmdletDefinition): void;
  unregister(name: string): void;
  alias(name: string): AliasDefinition | undefined;
  registerAlias(alias: AliasDefinition): void;
  unregisterAlias(name: string): void;
}

/** What commands see of the shell's command table (engine/command-table.ts). */
export interface CommandLookup {
  resolve(name: string): ResolvedCommand | undefined;
  /** Every command, sorted by name. */
  all(): CmdletDefinition[];
  /** Every alias, sorted by name. */
  aliases(): AliasDefinition[];
  /** Every alias in the order they were made. */
  aliasesInOrder?(): AliasDefinition[];
  /** The alias of that name, whether or not its target exists. */
  alias?(name: string): AliasDefinition | undefined;
  /** Adds or replaces an alias (Set-Alias, New-Alias). */
  registerAlias?(alias: AliasDefinition): void;
  /** The session's own table, for the Function: and Alias: drives' items (engine/session-items.ts). */
  table?(): MutableCommands;
  aliasesOf(commandName: string): AliasDefinition[];
  commandTypeOf(definition: CmdletDefinition): CommandType;
  /** A known module command the shell does not implement (CommandTable.registerUnavailable). */
  unavailable?(name: string): { name: string; module: string } | undefined;
}

export interface BoundParameters {
  has(name: string): boolean;
  get<T = unknown>(name: string): T | undefined;
  /** Names of bound parameters (canonical casing), cmdlet-declared and common. */
  names(): string[];
}

export interface InvocationInfo {
  /** The cmdlet's canonical name. */
  commandName: string;
  /** The name as typed (an alias, a different casing). */
  invocationName: string;
  /** The resolved parameter set. */
  parameterSetName: string;
  /** 1-based pipeline position. */
  pipelinePosition: number;
  /** The definition's debugAsksOnVerbose. */
  debugAsksOnVerbose?: false;
  /** Where the command was called (a function's errors written through $PSCmdlet point there). */
  extent?: SourceExtent;
  /**
   * The $MyInvocation of the code that runs the command: the function that called it, or the script (-c text or
   * file) at the top level. Write-Error gives its record this invocation, as PowerShell does.
   */
  caller?: CallerInvocation;
}

export type CallerInvocation =
  | { kind: 'function'; name: string; extent: SourceExtent }
  /** A script file called as a command (`./x.ps1`): its file name, the name it was called by, where the call is. */
  | { kind: 'externalScript'; name: string; invocationName: string; extent: SourceExtent }
  /** A script block with no InvocationInfo of its own (Where-Object's): no command, the script's current statement. */
  | { kind: 'scriptblock'; extent: SourceExtent }
  | { kind: 'script'; text: string; file?: string };

export interface ErrorSpec {
  message: string;
  errorId: string;
  category: string;
  /** Exception type short name for CategoryInfo (e.g. 'ArgumentException'). */
  exceptionType?: string;
  /** Full exception type name, for $Error[0].Exception.GetType(). */
  exceptionFullName?: string;
  targetObject?: unknown;
  /** A one-line recommendation shown under the error (PowerShell 7.5 "Recommendation:"). */
  recommendedAction?: string;
  /**
   * CategoryInfo's TargetName and TargetType when the target's text or type is not what pwsh shows
   * (`System.String[]`, a .NET object spo models as a PSObject).
   */
  targetName?: string;
  targetType?: string;
  /** ErrorDetails.Message: shown by the error views in place of `message` (ErrorRecordInit.errorDetails). */
  errorDetails?: string;
  /** The exception is one a `throw` statement raised (ConciseView's `Exception:` prefix). */
  thrownByThrowStatement?: boolean;
  /** Properties of the exception beyond its Message (ErrorRecordInit.exceptionProperties). */
  exceptionProperties?: Readonly<Record<string, unknown>>;
}

export interface CmdletContext {
  readonly host: Host;
  readonly session: Session;
  /** The shell's commands (Get-Command and Get-Help list them). */
  readonly commands: CommandLookup;
  readonly signal: AbortSignal;
  readonly params: BoundParameters;
  readonly invocation: InvocationInfo;
  /** The current pipeline input object, when there is one. */
  readonly input: unknown;
  readonly hasInput: boolean;

  writeObject(value: unknown, enumerate?: boolean): void;
  /**
   * Writes `values` and passes them down the pipeline at once (the next command runs for each before this
   * returns): a script block's output as it is written. (writeObject's objects go when the call returns.)
   */
  sendObjects?(values: readonly unknown[]): Promise<void> | void;
  /** Stops the commands before this one in the pipeline (Select-Object -First once it has its objects). */
  stopUpstream?(): never;
  /**
   * Non-terminating error, subject to -ErrorAction. `nested`: written by a command the command runs (a
   * script module's helper function), which leaves the command's own success, `$?`, as it is.
   */
  writeError(error: ErrorSpec | ErrorRecord, options?: { nested?: boolean }): Promise<void>;
  /** Puts a record in $Error without writing it (an error a script block raised that the command handles). */
  recordError(record: ErrorRecord): void;
  /** The command failed without writing an error (`$?` false): a script file that ended with `exit 1`. */
  markFailed?(): void;
  /** Statement-terminating error: never returns. */
  /** `binding`: a parameter's argument the cmdlet converts itself, failing as parameter binding does. */
  throwTerminatingError(error: ErrorSpec | ErrorRecord, options?: { binding?: boolean }): never;
  writeWarning(message: string): Promise<void>;
  writeVerbose(message: string): Promise<void>;
  writeDebug(message: string): Promise<void>;
  writeInformation(message: string, tags?: string[]): Promise<void>;
  /** Whether the information stream is redirected now (`6>&1`, `*> file`): Write-Host then prints nothing. */
  readonly informationRedirected?: boolean;
  /** Whether verbose / debug output would be shown (to skip building expensive messages). */
  readonly verboseEnabled: boolean;
  readonly debugEnabled: boolean;

  /**
   * PowerShell's console credential prompt (caption, message, `User: `, `Password for user X: `).
   * Returns null when the user cancels or input ends. Throws the NonInteractive error when needed.
   */
  promptForCredential(caption: string, message: string, userName?: string): Promise<PSCredential | null>;
}
