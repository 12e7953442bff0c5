// PowerShell's console prompts, laid out once on top of the host's primitives so that every host
// (Ink console, plain pipe, tests) shows them identically:
// - mandatory parameters (ConsoleHostUserInterfacePrompt.cs)
// - credentials (ConsoleHostUserInterfaceSecurity.cs)
// - choices for -ErrorAction Inquire and friends (ConsoleHostUserInterfacePromptForChoice.cs)

import type { Host } from '../host/host.js';
import { NON_INTERACTIVE_MESSAGE } from '../host/host.js';
import type { ParameterMetadata } from './cmdlet.js';
import { PromptCancelled } from './binder.js';
import { PSCredential, SecureString } from './values.js';
import { toInt, ConversionError } from './convert.js';
import { CAST_ERROR_ID } from './conversion-error.js';
import { MemberError } from './member-error.js';
import { castTo } from './types.js';

/** The host cannot read because the shell runs with -NonInteractive. */
export class NonInteractiveError extends Error {
  constructor() {
    super(NON_INTERACTIVE_MESSAGE);
  }
}

/** Prompts for missing mandatory parameters. Returns null at end of input or on Ctrl+C. */
export async function promptMandatory(
  host: Host,
  commandName: string,
  pipelinePosition: number,
  params: ParameterMetadata[],
  signal?: AbortSignal,
): Promise<Map<string, unknown> | null> {
  if (!host.interactive) return null;
  host.write('prompt', '');
  host.write('prompt', `cmdlet ${commandName} at command pipeline position ${pipelinePosition}`);
  host.write('prompt', 'Supply values for the following parameters:');
  const helpOf = (p: ParameterMetadata) => Object.values(p.sets).find((m) => m.helpMessage)?.helpMessage;
  if (params.some((p) => helpOf(p))) host.write('prompt', '(Type !? for Help.)');
  const answers = new Map<string, unknown>();
  for (const p of params) {
    const key = p.name.toLowerCase();
    if (p.kind === 'string[]' || p.kind === 'object[]' || p.typeName.endsWith('[]') || Object.values(p.sets).some((m) => m.valueFromRemainingArguments)) {
      const list: unknown[] = [];
      const elementType = p.typeName.endsWith('[]') ? p.typeName.slice(0, -2) : undefined;
      for (let i = 0; i < Number.MAX_SAFE_INTEGER; ) {
        const line = await readField(host, `${p.name}[${i}]: `, p, helpOf(p), signal);
        if (line === null) return null;
        if (line === '') break;
        const converted = elementType ? convertAnswer(line, elementType, (v) => castTo(elementType, v)) : { value: line };
        if ('refused' in converted) {
          // The same element is asked again (pwsh 7.6.10: `n[1]: x`, the message, `n[1]: `).
          host.write('prompt', converted.refused);
          continue;
        }
        list.push(converted.value);
        i++;
      }
      answers.set(key, list);
      continue;
    }
    if (p.kind === 'securestring') {
      const secret = await host.readSecret(`${p.name}: `, signal);
      if (secret === null) return null;
      answers.set(key, new SecureString(secret));
      continue;
    }
    if (p.kind === 'credential') {
      host.write('prompt', p.name);
      // At end of input this `User: ` still ends its line (pwsh 7.6.10), unlike Get-Credential's.
      const cred = await readCredential(host, undefined, signal, false);
      if (!cred) return null;
      answers.set(key, cred);
      continue;
    }
    for (;;) {
      const line = await readField(host, `${p.name}: `, p, helpOf(p), signal);
      if (line === null) return null;
      const convert = p.kind === 'int' ? toInt : p.transform;
      const converted = convert ? convertAnswer(line, p.kind === 'int' ? 'System.Int32' : p.typeName, convert) : { value: line };
      if ('refused' in converted) {
        // pwsh's console host writes this among the prompt lines (stdout) and asks again.
        host.write('prompt', converted.refused);
        continue;
      }
      answers.set(key, converted.value);
      break;
    }
  }
  return answers;
}

/**
 * An answer converted to the parameter's type as pwsh's console host converts it before binding
 * (ConsoleHostUserInterface.PromptTryConvertTo, checked with pwsh 7.6.10): a conversion that fails
 * with a format or overflow error is refused with "Cannot recognize ..." and the field is asked again
 * (`[int]` 'abc', `[byte]` '300', `[datetime]` 'xyz', `[char]` 'ab'); any other failure (an enum name
 * that does not exist) lets the text through, for the binder's own transformation error.
 */
function convertAnswer(line: string, typeName: string, convert: (v: unknown) => unknown): { value: unknown } | { refused: string } {
  try {
    return { value: convert(line) };
  } catch (e) {
    const reason = failureKind(e);
    if (!reason) return { value: line };
    return { refused: `Cannot recognize "${line}" as a ${typeName} due to ${reason} error.` };
  }
}

/** 'a format' or 'an overflow' for the .NET FormatException and OverflowException behind a failed conversion. */
function failureKind(e: unknown): 'a format' | 'an overflow' | undefined {
  if (e instanceof ConversionError) {
    if (/was either too large or too small/.test(e.message)) return 'an overflow';
    return FORMAT_FAILURES.has(e.errorId) ? 'a format' : undefined;
  }
  // A type's Parse method that failed with a FormatException ([guid]'x').
  if (e instanceof MemberError && e.errorId === 'FormatException') return 'a format';
  return undefined;
}

/** The conversions whose failure is a FormatException underneath (string → number, a type's Parse). */
const FORMAT_FAILURES: ReadonlySet<string> = new Set([CAST_ERROR_ID.stringToInteger, CAST_ERROR_ID.stringToDouble, CAST_ERROR_ID.stringToDecimal, CAST_ERROR_ID.parse, CAST_ERROR_ID.parseWithFormat]);

/** Reads one field, handling the `!?`, `!!`, `!""` and `!$null` prompt commands. */
async function readField(
  host: Host,
  prompt: string,
  p: ParameterMetadata,
  help: string | undefined,
  signal?: AbortSignal,
): Promise<string | null> {
  for (;;) {
    // Redirected input is echoed after the prompt, as pwsh's console host does for these fields too.
    const line = await host.readLine(prompt, signal, { echoRedirected: true });
    if (line === null) return null;
    if (!line.startsWith('!')) return line;
    if (line === '!?') {
      host.write('prompt', help ?? `No help is available for ${p.name}.`);
      continue;
    }
    if (line.startsWith('!!')) return line.slice(1);
    if (line === '!""') return '';
    if (line === '!$null') return '';
    host.write('error', `"${line}" cannot be recognized as a valid Prompt command.`);
  }
}

/**
 * Get-Credential / [Credential()] prompt:
 *   <empty line>, caption, message, `User: ` (unless given), `Password for user X: `, empty line.
 */
export async function promptForCredential(
  host: Host,
  caption: string,
  message: string,
  userName: string | undefined,
  signal?: AbortSignal,
): Promise<PSCredential | null> {
  host.write('prompt', '');
  if (caption) host.write('prompt', caption);
  if (message) host.write('prompt', message);
  if (!host.interactive) {
    // The first read is what fails: `User: `, or the password when the user name is known.
    host.write('prompt', userName ? `Password for user ${userName}: ` : 'User: ', { noNewline: true });
    throw new NonInteractiveError();
  }
  return readCredential(host, userName, signal, true);
}

async function readCredential(host: Host, userName: string | undefined, signal: AbortSignal | undefined, noBreakAtEnd: boolean): Promise<PSCredential | null> {
  let user = userName;
  while (!user) {
    // A user name read from redirected input is echoed after `User: ` as pwsh's console host does; the
    // password never is (readSecret).
    const line = await host.readLine('User: ', signal, { echoRedirected: true, noBreakAtEnd });
    if (line === null) return null;
    user = line;
  }
  const password = await host.readSecret(`Password for user ${user}: `, signal);
  if (password === null) return null;
  host.write('prompt', '');
  return new PSCredential(user, new SecureString(password));
}

/**
 * The choice line of pwsh's console prompts (PromptForChoice, Confirm, Inquire), as its
 * WriteChoiceHelper lays it out: a piece that would pass the last column but one starts a new line,
 * its trailing blanks trimmed.
 */
export function choiceLines(pieces: readonly string[], width: number): string[] {
  const max = width - 1;
  const lines = [''];
  let length = 0;
  for (const piece of pieces) {
    if (piece === '') continue;
    if (length + piece.length > max) {
      lines.push(piece.trimEnd());
      length = piece.length;
    } else {
      lines[lines.length - 1] += piece;
      length += piece.length;
    }
  }
  return lines;
}

/**
 * Writes prompt text as pwsh's WrapToCurrentWindowWidth does for a choice prompt's caption, message and
 * help: words and blank runs are laid greedily into lines of at most width - 1 columns, a blank run
 * that does not fit starting the next line (measured with pwsh 7.6.10: "… Type "exit" to" / " resume …").
 */
export function writeWrapped(host: Host, text: string): void {
  const max = host.width - 1;
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const token of paragraph.match(/\s+|\S+/g) ?? ['']) {
      for (let piece = token; piece !== ''; ) {
        if (line.length + piece.length <= max) {
          line += piece;
          piece = '';
        } else if (line === '') {
          // A word longer than a line is cut.
          host.write('prompt', piece.slice(0, max));
          piece = piece.slice(max);
        } else {
          host.write('prompt', line);
          line = '';
        }
      }
    }
    host.write('prompt', line);
  }
}

/**
 * Shows the choice lines and reads the answer after the last one. Redirected input is echoed after the
 * prompt, as pwsh's console host does; at end of input nothing follows the prompt (null).
 */
export async function readChoice(host: Host, lines: readonly string[], signal?: AbortSignal): Promise<string | null> {
  for (const line of lines.slice(0, -1)) host.write('prompt', line);
  return host.readLine(lines[lines.length - 1]!, signal, { echoRedirected: true, noBreakAtEnd: true });
}

/** One answer of a console choice prompt: its hot key, label, value and `?` help line. */
export type Choice<T> = readonly [key: string, label: string, value: T, help: string];

/**
 * The console host's choice prompt (Confirm, Inquire): `[Y] Yes  [A] Yes to All ... [?] Help (default is
 * "Y"): `, asked again until a hot key or a label is typed, `?` listing the help lines and an empty answer
 * taking the first choice. `askAgain` refuses a choice the shell cannot carry out. Null = input ended.
 */
export async function chooseOne<T>(host: Host, choices: ReadonlyArray<Choice<T>>, signal?: AbortSignal, askAgain?: (value: T) => boolean): Promise<T | null> {
  const lines = choiceLines([...choices.map(([k, label]) => `[${k}] ${label}  `), '[?] Help ', `(default is "${choices[0]![0]}"): `], host.width);
  for (;;) {
    const answer = await readChoice(host, lines, signal);
    if (answer === null) return null;
    const a = answer.trim().toUpperCase();
    if (a === '') return choices[0]![2];
    if (a === '?') {
      for (const [k, , , help] of choices) writeWrapped(host, `${k} - ${help}`);
      continue;
    }
    const found = choices.find(([k, label]) => k === a || label.toUpperCase() === a);
    if (found && !askAgain?.(found[2])) return found[2];
  }
}

export type InquireAnswer = 'yes' | 'yesToAll' | 'halt' | 'suspend';

const INQUIRE_CHOICES: ReadonlyArray<Choice<InquireAnswer>> = [
  ['Y', 'Yes', 'yes', 'Continue with only the next step of the operation.'],
  ['A', 'Yes to All', 'yesToAll', 'Continue with all the steps of the operation.'],
  ['H', 'Halt Command', 'halt', 'Stop this command.'],
  ['S', 'Suspend', 'suspend', 'Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.'],
];

/** The Inquire prompt of -ErrorAction/-WarningAction/... Inquire. Null = input ended. */
export async function promptInquire(host: Host, message: string, signal?: AbortSignal): Promise<InquireAnswer | null> {
  if (!host.interactive) throw new NonInteractiveError();
  host.write('prompt', '');
  host.write('prompt', 'Confirm');
  writeWrapped(host, message);
  return chooseOne(host, INQUIRE_CHOICES, signal);
}

/**
 * The binder's prompt for missing mandatory parameters of one command (a cmdlet, a function, a script's
 * param block): null when the host cannot ask (NonInteractive: the binder then reports them missing), and
 * PromptCancelled when Ctrl+C ended the prompt.
 */
export function mandatoryPrompter(host: Host, commandName: string, position: number, signal: AbortSignal): (params: ParameterMetadata[]) => Promise<Map<string, unknown> | null> {
  return async (params) => {
    try {
      const answers = await promptMandatory(host, commandName, position, params, signal);
      if (answers === null && signal.aborted) throw new PromptCancelled();
      return answers;
    } catch (e) {
      if (e instanceof NonInteractiveError) return null;
      throw e;
    }
  };
}
