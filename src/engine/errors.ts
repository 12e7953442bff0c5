// ErrorRecord and PowerShell 7's three error views (ConciseView, NormalView, CategoryView).
//
// The layouts are transcriptions of PowerShell's ErrorInstance view and of
// PositionUtilities.VerboseMessage (see shared/reference/powershell-semantics.md §2, Appendix B).
import { detailedText } from './error-details.js';
import { exceptionFullName } from './exception-types.js';
import { positionMessage, shortTypeName, sourceAndTildes, type SourceExtent, type StackFrame } from './position.js';

export { positionMessage, shortTypeName } from './position.js';
export type { SourceExtent, StackFrame } from './position.js';

export type ErrorCategory =
  | 'NotSpecified'
  | 'InvalidArgument'
  | 'InvalidData'
  | 'InvalidOperation'
  | 'InvalidType'
  | 'MetadataError'
  | 'ObjectNotFound'
  | 'OperationStopped'
  | 'OperationTimeout'
  | 'ParserError'
  | 'PermissionDenied'
  | 'ResourceUnavailable'
  | 'SecurityError'
  | 'AuthenticationError'
  | 'ConnectionError'
  | 'ProtocolError'
  | 'WriteError'
  | 'ReadError'
  | 'InvalidResult'
  | 'NotImplemented'
  | 'LimitsExceeded';

export interface ErrorRecordInit {
  message: string;
  errorId: string;
  category: ErrorCategory | string;
  /** Exception type short name (CategoryInfo reason), e.g. 'ParameterBindingException'. */
  exceptionType?: string;
  /** Full exception type name. */
  exceptionFullName?: string;
  targetObject?: unknown;
  /** The command the error belongs to (canonical name); '' when none. */
  commandName?: string;
  /** The name as typed (NormalView prefix). */
  invocationName?: string;
  /** Implementing type for the FullyQualifiedErrorId suffix. */
  implementingType?: string;
  /** CategoryInfo.Activity override (Write-Error sets it). */
  activity?: string;
  /**
   * The command is a script block (`& { … }`): its InvocationInfo.MyCommand shows as the text between
   * its braces, or as nothing for an advanced one, where the views print a command's name.
   */
  scriptBlockCommand?: string;
  extent?: SourceExtent;
  /**
   * A record another runspace wrote (a ForEach-Object -Parallel block's): it has no InvocationInfo in
   * pwsh, so no position, and the command that passes it on does not give it one.
   */
  fromOtherRunspace?: boolean;
  /** Thrown by `throw`: ConciseView says "Exception". */
  thrownByThrowStatement?: boolean;
  isParseError?: boolean;
  recommendedAction?: string;
  /**
   * ErrorDetails.Message: what the views show instead of the exception's message (the web cmdlets put a
   * failed response's body here; `$_.Exception.Message` stays the status line).
   */
  errorDetails?: string;
  /** Properties of the exception beyond Message and InnerException (HttpResponseException's Response and StatusCode). */
  exceptionProperties?: Readonly<Record<string, unknown>>;
  /** Additional parse errors after the first (NormalView lists them). */
  moreParseErrors?: Array<{ message: string; extent: SourceExtent; errorId: string }>;
  /**
   * The record's InvocationInfo is a script's own (Write-Error at the top level of a -c script or a file):
   * no position, and NormalView starts with the script's text (or path) where a command's name would be.
   */
  invokedScript?: string;
  /** Where the command ran: the position a Write-Error record takes when -ErrorAction Stop makes it terminating. */
  commandExtent?: SourceExtent;
  /** CategoryInfo.TargetName / TargetType overrides (Write-Error -CategoryTargetName / -CategoryTargetType). */
  targetName?: string;
  targetType?: string;
  /**
   * The exception this record's exception wraps (its InnerException), as the record `$_` is when a
   * catch or trap of the inner type handles the error: `1/0` is a RuntimeException wrapping a
   * DivideByZeroException, a failed `[int]'x'` one wrapping a PSInvalidCastException.
   */
  inner?: ErrorRecord;
}

export class ErrorRecord {
  readonly message: string;
  readonly errorId: string;
  readonly category: string;
  readonly exceptionType: string;
  readonly exceptionFullName: string;
  readonly targetObject: unknown;
  readonly commandName: string;
  readonly scriptBlockCommand: string | undefined;
  readonly invocationName: string;
  readonly implementingType: string;
  readonly activity: string;
  extent?: SourceExtent;
  readonly thrownByThrowStatement: boolean;
  readonly fromOtherRunspace: boolean;
  readonly isParseError: boolean;
  readonly recommendedAction?: string;
  readonly errorDetails?: string;
  readonly exceptionProperties?: Readonly<Record<string, unknown>>;
  readonly moreParseErrors: Array<{ message: string; extent: SourceExtent; errorId: string }>;
  readonly invokedScript?: string;
  commandExtent?: SourceExtent;
  readonly targetName?: string;
  readonly targetType?: string;
  /** The script blocks running when the error was raised, innermost first (ScriptStackTrace). */
  scriptStack?: ReadonlyArray<StackFrame>;
  /** InvocationInfo.HistoryId: the number of the input line that raised it (1 in spo -c and -f). */
  historyId = 1;
  /** Set on Get-Error's output: the record prints in the PSExtendedError view whatever $ErrorView says. */
  extendedView?: { errorIndex?: number; last?: boolean };
  /**
   * How a record made without an inner error gets one (values-members.ts: the .NET exception a
   * MethodInvocationException wraps), so `catch [FormatException]` takes `[int]::Parse('x')`'s error.
   */
  static innerOf: ((record: ErrorRecord) => ErrorRecord | undefined) | undefined;
  #inner: ErrorRecord | undefined | null = null;
  get inner(): ErrorRecord | undefined {
    if (this.#inner === null) this.#inner = this.init.inner ?? ErrorRecord.innerOf?.(this);
    return this.#inner;
  }

  /** What the record was made from (asExtended's copies carry it too). */
  private readonly init: ErrorRecordInit;

  constructor(init: ErrorRecordInit) {
    this.init = init;
    this.message = init.message;
    this.errorId = init.errorId;
    this.category = init.category;
    this.exceptionType = init.exceptionType ?? 'RuntimeException';
    this.exceptionFullName = init.exceptionFullName ?? fullExceptionName(this.exceptionType);
    this.targetObject = init.targetObject ?? null;
    this.commandName = init.commandName ?? '';
    this.invocationName = init.invocationName ?? this.commandName;
    this.implementingType = init.implementingType ?? '';
    this.activity = init.activity ?? this.commandName;
    this.scriptBlockCommand = init.scriptBlockCommand;
    this.extent = init.extent;
    this.thrownByThrowStatement = init.thrownByThrowStatement ?? false;
    this.fromOtherRunspace = init.fromOtherRunspace ?? false;
    this.isParseError = init.isParseError ?? false;
    this.recommendedAction = init.recommendedAction;
    this.errorDetails = init.errorDetails;
    this.exceptionProperties = init.exceptionProperties;
    this.moreParseErrors = init.moreParseErrors ?? [];
    this.invokedScript = init.invokedScript;
    this.commandExtent = init.commandExtent;
    this.targetName = init.targetName;
    this.targetType = init.targetType;
  }

  /** A record like this one for another exception (its inner one): same position, command and stack. */
  derived(init: Partial<Pick<ErrorRecordInit, 'message' | 'errorId' | 'category' | 'exceptionType' | 'exceptionFullName' | 'exceptionProperties'>>): ErrorRecord {
    const copy = new ErrorRecord({ ...this.init, extent: this.extent, commandExtent: this.commandExtent, inner: undefined, ...init });
    copy.scriptStack = this.scriptStack;
    copy.historyId = this.historyId;
    return copy;
  }

  /** This record with another exception type (and no inner one). */
  withException(exceptionType: string): ErrorRecord {
    return this.derived({ exceptionType, exceptionFullName: undefined });
  }

  /**
   * The record as a background job's child process hands it back to pwsh (deserialized): no position,
   * and one of no command (a command not found, a conversion) is named by its activity, else its category
   * (pwsh 7.6.10).
   */
  fromChildProcess(): ErrorRecord {
    // Its CategoryInfo (the activity: Write-Error's) survives; the invocation of no command does not.
    const unnamed = this.commandName === '' ? { invocationName: '', activity: this.activity, scriptBlockCommand: undefined } : {};
    return new ErrorRecord({ ...this.init, ...unnamed, extent: undefined, commandExtent: undefined, fromOtherRunspace: true });
  }

  /** The same error told from the exception it wraps (`exceptionType`): what a catch of that type sees in `$_`. */
  static wrapping(init: ErrorRecordInit, innerType: string): ErrorRecord {
    return new ErrorRecord({ ...init, inner: new ErrorRecord({ ...init, exceptionType: innerType, exceptionFullName: undefined }) });
  }

  get fullyQualifiedErrorId(): string {
    return this.implementingType ? `${this.errorId},${this.implementingType}` : this.errorId;
  }

  /** CategoryInfo.GetMessage(): `Category: (target:type) [activity], reason`. */
  get categoryInfo(): string {
    const target = this.targetObject;
    const targetName = ellipsize(this.targetName ?? (target === null || target === undefined ? '' : String(target)));
    const targetType = this.targetType ?? (target === null || target === undefined ? '' : shortTypeName(target));
    return `${this.category}: (${targetName}:${targetType}) [${ellipsize(this.activity)}], ${this.exceptionType}`;
  }

  /** ErrorRecord.ToString(): ErrorDetails' message when it has one, else the exception's. */
  toString(): string {
    return this.errorDetails || this.message;
  }

  /** The same record as Get-Error outputs it (`-Newest` numbers them: the ErrorIndex group header). */
  asExtended(errorIndex?: number, last?: boolean): ErrorRecord {
    const copy = Object.assign(Object.create(Object.getPrototypeOf(this) as object) as ErrorRecord, this);
    copy.extendedView = { errorIndex, last };
    return copy;
  }
}

/** Raised to unwind a statement (statement-terminating) or the whole input (script-terminating). */
export class PSErrorSignal extends Error {
  constructor(
    readonly record: ErrorRecord,
    readonly scope: 'statement' | 'script',
    /** ActionPreferenceStopException: -ErrorAction Stop escalation. */
    readonly stopException = false,
    /** Rethrown by a bare `throw` in a catch block: shown at the top as a ParentContainsErrorRecordException. */
    readonly rethrown = false,
  ) {
    super(record.message);
  }
}

/** Thrown when the user stops the pipeline (Ctrl+C at a prompt): no error is shown. */
export class PipelineStoppedSignal extends Error {
  constructor() {
    super('The pipeline has been stopped.');
  }
}

/** `exit N`: ends the script (and the shell when run from -c/-f). */
export class ExitSignal extends Error {
  constructor(readonly code: number) {
    super(`exit ${code}`);
  }
}

function fullExceptionName(short: string): string {
  switch (short) {
    case 'ParameterBindingException':
    case 'RuntimeException':
    case 'CommandNotFoundException':
    case 'ParseException':
    case 'ActionPreferenceStopException':
    case 'MethodException':
    case 'MethodInvocationException':
    case 'PSArgumentException':
    case 'PSInvalidCastException':
    case 'ParentContainsErrorRecordException':
    case 'SessionStateUnauthorizedAccessException':
    case 'ArgumentTransformationMetadataException':
    case 'ValidationMetadataException':
    case 'PipelineStoppedException':
      return `System.Management.Automation.${short}`;
    case 'WriteErrorException':
      return 'Microsoft.PowerShell.Commands.WriteErrorException';
    default:
      // The other types spo-shell's errors carry (MsalServiceException, ServerException, ...).
      return short.includes('.') ? short : (exceptionFullName(short) ?? `System.${short}`);
  }
}

/** ErrorPackage.Ellipsize: long activity/target strings keep their start and end around '…'. */
/** ErrorCategoryInfo.Ellipsize: text over 40 characters keeps its first and last 19 around `…` (pwsh 7.6.10). */
function ellipsize(s: string): string {
  const max = 40;
  if (s.length <= max) return s;
  return `${s.slice(0, 19)}\u2026${s.slice(s.length - 19)}`;
}

// ---------------------------------------------------------------------------------------------
// Views

export type ErrorView = 'NormalView' | 'CategoryView' | 'ConciseView' | 'DetailedView';

export interface RenderOptions {
  view: ErrorView;
  /** Console width, for word-wrapping parse errors and errors from script files. */
  width: number;
  color: boolean;
  /** $env:TERM_PROGRAM; defaults to the process environment (which `$env:` writes to). */
  termProgram?: string;
}

const RED = '\x1b[31;1m';
const ACCENT = '\x1b[36;1m';
const RESET = '\x1b[0m';

export function renderError(record: ErrorRecord, options: RenderOptions): string {
  if (record.extendedView) return asHostLines(extendedView(record, record.extendedView, options.width), options.color);
  return asHostLines(viewText(record, options), options.color);
}

/**
 * Get-Error's output as Out-Default prints it: a blank line around the record (with -Newest a group header
 * `   ErrorIndex: N` first), lines longer than the console cut into pieces of its width.
 */
function extendedView(record: ErrorRecord, { errorIndex, last }: { errorIndex?: number; last?: boolean }, width: number): string {
  const body = detailedText(record)
    .split('\n')
    .flatMap((line) => {
      const pieces: string[] = [];
      for (let i = 0; i < line.length; i += width - 1) pieces.push(line.slice(i, i + width - 1));
      return pieces.length ? pieces : [''];
    })
    .join('\n');
  // The view's width is the console's plus the column it leaves free.
  if (errorIndex === undefined) return `\n${body}\n\n`;
  // The groups are one table of pwsh's: the blank line that closes it comes after the last record only.
  return `\n   ErrorIndex: ${errorIndex}\n\n${body}\n${last ? '\n' : ''}`;
}

function viewText(record: ErrorRecord, options: RenderOptions): string {
  switch (options.view) {
    case 'CategoryView':
      return paint(record.categoryInfo, options.color);
    case 'NormalView':
      return paint(normalView(record), options.color);
    case 'DetailedView':
      // `Get-Error | Out-String`: on a console that takes colour sequences pwsh's text has a blank line
      // before and after it; redirected (TERM=dumb) it has none.
      return paint(options.color ? `\n${detailedText(record)}\n` : detailedText(record), options.color);
    default:
      return conciseView(record, options);
  }
}

const ESCAPE = /\x1b\[[0-9;]*m/g;

/**
 * What the console shows of a view's text: PowerShell's formatter writes it line by line, each line
 * starting with every colour sequence of the lines before it and ending with a reset when it has colour,
 * and a last line with nothing visible on it (the newline the ConciseView puts after a parse error or a
 * script-file error, possibly followed by a reset) is not written. pwsh 7.6.10, with and without a terminal.
 */
function asHostLines(text: string, color: boolean): string {
  const lines = text.split('\n');
  if (lines.length > 1 && lines[lines.length - 1]!.replace(ESCAPE, '') === '') lines.pop();
  // Plain text (NO_COLOR, redirected) gets no resets: an ESC in a message (`[int]"a`e"`) is written as it is.
  if (!color || !text.includes('\x1b')) return lines.join('\n');
  let carried = '';
  return lines
    .map((line) => {
      let out = carried + line;
      carried += (line.match(ESCAPE) ?? []).join('');
      if (out.includes('\x1b') && !out.endsWith(RESET)) out += RESET;
      return out;
    })
    .join('\n');
}

function paint(text: string, color: boolean): string {
  return color ? `${RED}${text}${RESET}` : text;
}

function conciseReason(record: ErrorRecord): string {
  if (record.thrownByThrowStatement) return 'Exception';
  if (record.commandName) return record.commandName;
  if (record.scriptBlockCommand !== undefined) return record.scriptBlockCommand;
  if (record.activity) return record.activity;
  if (record.invocationName) return record.invocationName;
  if (record.category !== 'NotSpecified') return record.category;
  return record.exceptionType;
}

/**
 * PowerShell 7's ConciseView, following the string building of its ErrorInstance view step by
 * step (including where the colour sequences fall), so coloured output is byte-for-byte the same.
 */
function conciseView(record: ErrorRecord, options: RenderOptions): string {
  const errorColor = options.color ? RED : '';
  const accentColor = options.color ? ACCENT : '';
  const resetColor = options.color ? RESET : '';
  const extent = record.extent;
  const scriptName = extent?.file;
  const multiLineOrExternal = extent !== undefined && (scriptName !== undefined || extent.startLine > 1);
  const showLineDetail =
    extent !== undefined && (record.isParseError || multiLineOrExternal) && !/\.psm1$/i.test(scriptName ?? '');

  let posmsg = '';
  let prefix = '';
  let message = '';
  if (showLineDetail && extent) {
    if (scriptName !== undefined) {
      // VS Code makes path:line:column clickable, so the view adds the column there.
      const vscode = (options.termProgram ?? process.env.TERM_PROGRAM ?? '').toLowerCase() === 'vscode';
      const column = vscode ? `:${extent.startColumn}` : '';
      posmsg = `${resetColor}${scriptName}:${extent.startLine}${column}\n`;
    } else {
      posmsg = '\n';
    }
    const lineNumber = String(extent.startLine);
    const headerWhitespace = ' '.repeat(Math.max(lineNumber.length - 4, 0));
    const lineWhitespace = ' '.repeat(Math.max(4 - lineNumber.length, 0));
    posmsg += `${accentColor}${headerWhitespace}Line |\n`;

    // The view reads the code and tilde lines back from the position message ("+ " minus the "+").
    const [code = '', tildes] = sourceAndTildes(extent).split('\n+ ');
    let line = ` ${code}`;
    const highlightLine = tildes === undefined ? '' : ` ${tildes}`;
    const offsetLength = highlightLine.trim().length;
    const offsetInLine = highlightLine.indexOf('~');
    line += '\n';
    // The view means "don't colour the whole line", but its test counts the leading space and
    // the newline, so in practice every span gets the accent.
    if (offsetLength < line.length - 1 && offsetInLine >= 0) {
      line = insertAt(line, offsetInLine + offsetLength, resetColor);
      line = insertAt(line, offsetInLine, accentColor);
    }
    posmsg += `${accentColor}${lineWhitespace}${lineNumber} | ${resetColor}${line}`;
    prefix = `${accentColor}${headerWhitespace}     | ${errorColor}`;
    if (highlightLine !== '') posmsg += `${prefix}${highlightLine}\n`;
    message = prefix;
  }
  message += record.errorDetails || record.message;

  // Script-file errors and parse errors: one paragraph, word-wrapped under the gutter, then an empty line.
  if (scriptName !== undefined || record.category === 'ParserError') {
    message = message.replace(/\r\n/g, ' ').replace(/[\r\n\t]/g, ' ');
    message = wrapToWidth(message, prefix, options.width) + '\n';
  }
  posmsg += errorColor + message;

  const recommendation = record.recommendedAction?.trim()
    ? `\n${errorColor}  Recommendation: ${record.recommendedAction}${resetColor}`
    : '';
  return `${errorColor}${conciseReason(record)}: ${posmsg}${resetColor}${recommendation}`;
}

function insertAt(text: string, index: number, insert: string): string {
  return text.slice(0, index) + insert + text.slice(index);
}

/** The text before the last whitespace of the first `length` characters (the whole text when it fits). */
function truncateAtWhitespace(text: string, length: number): string {
  if (text.length <= length) return text;
  const head = text.slice(0, length);
  for (let i = head.length - 1; i >= 0; i--) {
    if (/\s/.test(head[i]!)) return head.slice(0, i);
  }
  return head;
}

/**
 * Word-wraps `message` (which starts with `prefix`) at the window width; continuation lines get
 * the prefix again. Widths count visible characters: the prefix's colour sequences are excluded.
 */
function wrapToWidth(message: string, prefix: string, width: number): string {
  const prefixLength = prefix.replace(/\x1b\[[0-9;]*m/g, '').length;
  const prefixVtLength = prefix.length - prefixLength;
  if (width <= 0 || message.length - prefixVtLength <= width) return message;
  let wrapped = truncateAtWhitespace(message, width + prefixVtLength);
  let remaining = message.slice(wrapped.length).trim();
  wrapped += '\n';
  while (remaining.length + prefixLength > width) {
    const piece = truncateAtWhitespace(prefix + remaining, width + prefixVtLength);
    if (piece.length - prefix.length <= 0) break;
    wrapped += piece + '\n';
    remaining = remaining.slice(piece.length - prefix.length).trim();
  }
  return wrapped + prefix + remaining.trim();
}

function normalView(record: ErrorRecord): string {
  let prefix = '';
  if (record.invokedScript !== undefined) {
    prefix = `${record.invokedScript} : `;
  } else if (!record.thrownByThrowStatement && !record.isParseError && (record.commandName || record.invocationName)) {
    prefix = `${record.invocationName || record.commandName} : `;
  } else if (!record.thrownByThrowStatement && record.scriptBlockCommand) {
    prefix = `${record.scriptBlockCommand} : `;
  }
  if (record.isParseError && record.extent) {
    const parts = [{ message: record.message, extent: record.extent }, ...record.moreParseErrors];
    const body = parts.map((p) => `${positionMessage(p.extent)}\n${p.message}`).join('\n\n');
    return `ParserError: \n${body}\n+ CategoryInfo          : ${record.categoryInfo}\n+ FullyQualifiedErrorId : ${record.fullyQualifiedErrorId}\n`;
  }
  const pos = record.extent ? `\n${positionMessage(record.extent)}` : '';
  return (
    `${prefix}${record.errorDetails || record.message}${pos}\n` +
    `+ CategoryInfo          : ${record.categoryInfo}\n` +
    `+ FullyQualifiedErrorId : ${record.fullyQualifiedErrorId}`
  );
}
