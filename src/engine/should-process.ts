// ShouldProcess and ShouldContinue, as PowerShell's command runtime decides them (MshCommandRuntime,
// checked with pwsh 7.6.10): for a command that supports ShouldProcess, -WhatIf (or $WhatIfPreference)
// prints `What if: <description>` on the host and answers no; a command whose ConfirmImpact reaches
// $ConfirmPreference (-Confirm lowers it to Low, -Confirm:$false raises it to None) asks the Confirm
// question ([Y] Yes [A] Yes to All [N] No [L] No to All [S] Suspend; the NonInteractive error without a
// person to ask); otherwise the answer is yes, and the description goes to the verbose stream only when the
// command itself was given -Verbose: pwsh's DoShouldProcess tests the command's Verbose flag, so
// $VerbosePreference (set by the user, or inherited inside a function called with -Verbose) and -Debug do
// not show it. A command that does not support ShouldProcess hears yes whatever the preferences say.

import type { CmdletContext } from './cmdlet.js';
import { isTrue, toPSString, typeNameOf, unwrap } from './convert.js';
import { chooseOne, NonInteractiveError, writeWrapped, type Choice } from './prompts.js';
import { EnumValue } from './values.js';
import { objectToString } from './values-members.js';

export type ConfirmImpact = 'None' | 'Low' | 'Medium' | 'High';
const IMPACTS: readonly ConfirmImpact[] = ['None', 'Low', 'Medium', 'High'];

export interface ShouldProcessSupport {
  supportsShouldProcess: boolean;
  confirmImpact: ConfirmImpact;
}

/** What a ShouldProcess call asks about. */
export interface ShouldProcessQuestion {
  /** The What if / verbose text: `Performing the operation "X" on target "Y".` or the caller's own. */
  description: string;
  /** The Confirm prompt's query and caption. */
  query: string;
  caption: string;
}

/** ShouldProcess(target[, action]) as .NET words it; `action` defaults to the command's name. */
export function operationQuestion(target: unknown, action: string): ShouldProcessQuestion {
  const description = `Performing the operation "${action}" on target "${toPSString(target)}".`;
  return { description, query: `Are you sure you want to perform this action?\n${description}`, caption: 'Confirm' };
}

/** Yes to All / No to All, remembered for the rest of one command's run. */
const remembered = new WeakMap<CmdletContext, 'yesToAll' | 'noToAll'>();

/** The preference in force for this command: its own -WhatIf/-Confirm, else the session's variables. */
function whatIf(ctx: CmdletContext): boolean {
  if (ctx.params.has('WhatIf')) return isTrue(ctx.params.get('WhatIf'));
  return isTrue(ctx.session.getVariable('WhatIfPreference')?.value ?? false);
}

function confirmThreshold(ctx: CmdletContext): ConfirmImpact {
  if (ctx.params.has('Confirm')) return isTrue(ctx.params.get('Confirm')) ? 'Low' : 'None';
  const v = unwrap(ctx.session.getVariable('ConfirmPreference')?.value);
  const name = v instanceof EnumValue ? v.name : toPSString(v);
  return IMPACTS.find((i) => i.toLowerCase() === name.toLowerCase()) ?? 'High';
}

/**
 * Whether ShouldProcess would do more than answer yes in silence (a What if line, a question, a verbose
 * line): a caller whose question costs something to word builds it only then.
 */
export function shouldProcessSpeaks(ctx: CmdletContext, support: ShouldProcessSupport): boolean {
  if (support.supportsShouldProcess && whatIf(ctx)) return true;
  return asksToConfirm(ctx, support) || (ctx.params.has('Verbose') && isTrue(ctx.params.get('Verbose')));
}

/** Whether the command's ConfirmImpact reaches the confirm threshold in force: the Confirm question is asked. */
function asksToConfirm(ctx: CmdletContext, support: ShouldProcessSupport): boolean {
  const threshold = confirmThreshold(ctx);
  return support.supportsShouldProcess && threshold !== 'None' && support.confirmImpact !== 'None' && IMPACTS.indexOf(support.confirmImpact) >= IMPACTS.indexOf(threshold);
}

/** Whether the command should go ahead; throws NonInteractiveError when it must ask and cannot. */
export async function shouldProcess(ctx: CmdletContext, support: ShouldProcessSupport, question: ShouldProcessQuestion): Promise<boolean> {
  if (support.supportsShouldProcess && whatIf(ctx)) {
    ctx.host.write('information', `What if: ${question.description}`);
    return false;
  }
  if (asksToConfirm(ctx, support)) {
    const earlier = remembered.get(ctx);
    if (earlier) return earlier === 'yesToAll';
    const answer = await confirm(ctx, question.caption, question.query, true);
    if (answer === 'yesToAll' || answer === 'noToAll') remembered.set(ctx, answer);
    return answer === 'yes' || answer === 'yesToAll';
  }
  if (ctx.params.has('Verbose') && isTrue(ctx.params.get('Verbose'))) await ctx.writeVerbose(question.description);
  return true;
}

/** A compiled cmdlet's ShouldProcess(target, action) (they all support it at ConfirmImpact Medium). */
export function cmdletShouldProcess(ctx: CmdletContext, target: string, action: string): Promise<boolean> {
  return shouldProcess(ctx, { supportsShouldProcess: true, confirmImpact: 'Medium' }, operationQuestion(target, action));
}

/** ShouldContinue(query, caption): always asks (Yes / No), whatever the preferences say. */
export async function shouldContinue(ctx: CmdletContext, query: string, caption: string): Promise<boolean> {
  return (await confirm(ctx, caption, query, false)) === 'yes';
}

type Answer = 'yes' | 'yesToAll' | 'no' | 'noToAll';

const CHOICES: ReadonlyArray<Choice<Answer | 'suspend'>> = [
  ['Y', 'Yes', 'yes', 'Continue with only the next step of the operation.'],
  ['A', 'Yes to All', 'yesToAll', 'Continue with all the steps of the operation.'],
  ['N', 'No', 'no', 'Skip this operation and proceed with the next operation.'],
  ['L', 'No to All', 'noToAll', 'Skip this operation and all subsequent operations.'],
  ['S', 'Suspend', 'suspend', 'Pause the current pipeline and return to the command prompt. Type "exit" to resume the pipeline.'],
];
const TO_ALL = new Set<Answer | 'suspend'>(['yesToAll', 'noToAll']);

/** The console's Confirm prompt; input that ends (or Ctrl+C) answers no. */
async function confirm(ctx: CmdletContext, caption: string, query: string, toAll: boolean): Promise<Answer> {
  const { host } = ctx;
  if (!host.interactive) throw new NonInteractiveError();
  host.write('prompt', '');
  writeWrapped(host, caption);
  writeWrapped(host, query);
  const choices = toAll ? CHOICES : CHOICES.filter(([, , value]) => !TO_ALL.has(value));
  // Suspend (a nested prompt in pwsh) is not available: the question is asked again.
  const answer = await chooseOne(host, choices, ctx.signal, (value) => value === 'suspend');
  return answer === null || answer === 'suspend' ? 'no' : answer;
}

/** An object as ForEach-Object names it in its ShouldProcess target: null, its text, or (no text) its type's name. */
export function shouldProcessObjectText(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  return objectToString(value) || typeNameOf(unwrap(value));
}
