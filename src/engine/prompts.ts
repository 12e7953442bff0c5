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
      for (let i = 0; ; i++) {
        const line = await readField(host, `${p.name}[${i}]: `, p, helpOf(p), signal);
        if (line === null) return null;
        if (line === '') break;
        list.push(line);
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
      const cred = await readCredential(host, undefined, signal);
      if (!cred) return null;
      answers.set(key, cred);
      continue;
    }
    for (;;) {
      const line = await readField(host, `${p.name}: `, p, helpOf(p), signal);
      if (line === null) return null;
      if (p.kind === 'int') {
        try {
          answers.set(key, toInt(line));
        } catch (e) {
          if (!(e instanceof ConversionError)) throw e;
          const overflow = /too large or too small/.test(e.message);
          host.write('error', `Cannot recognize "${line}" as a System.Int32 due to ${overflow ? 'an overflow' : 'a format'} error.`);
          continue;
        }
      } else {
        answers.set(key, line);
      }
      break;
    }
  }
  return answers;
}

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
  return readCredential(host, userName, signal);
}

async function readCredential(host: Host, userName: string | undefined, signal?: AbortSignal): Promise<PSCredential | null> {
  let user = userName;
  while (!user) {
    const line = await host.readLine('User: ', signal);
    if (line === null) return null;
    user = line;
  }
  const password = await host.readSecret(`Password for user ${user}: `, signal);
  if (password === null) return null;
  host.write('prompt', '');
  return new PSCredential(user, new SecureString(password));
}

export type InquireAnswer = 'yes' | 'yesToAll' | 'halt' | 'suspend';

/** The Inquire prompt of -ErrorAction/-WarningAction/... Inquire. Null = input ended. */
export async function promptInquire(host: Host, message: string, signal?: AbortSignal): Promise<InquireAnswer | null> {
  if (!host.interactive) throw new NonInteractiveError();
  host.write('prompt', '');
  host.write('prompt', 'Confirm');
  host.write('prompt', message);
  const choices: Array<[string, string, InquireAnswer, string]> = [
    ['Y', 'Yes', 'yes', 'Continue with only the next step of the operation.'],
    ['A', 'Yes to All', 'yesToAll', 'Continue with all the steps of the operation.'],
    ['H', 'Halt Command', 'halt', 'Stop this command.'],
    ['S', 'Suspend', 'suspend', 'Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.'],
  ];
  const line = choices.map(([k, label]) => `[${k}] ${label}  `).join('') + '[?] Help (default is "Y"): ';
  for (;;) {
    const answer = await host.readLine(line, signal);
    if (answer === null) return null;
    const a = answer.trim().toUpperCase();
    if (a === '') return 'yes';
    if (a === '?') {
      for (const [k, , , help] of choices) host.write('prompt', `${k} - ${help}`);
      continue;
    }
    const found = choices.find(([k, label]) => k === a || label.toUpperCase() === a);
    if (found) return found[2];
  }
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
