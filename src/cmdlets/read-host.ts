// Read-Host: reads a line (or a password, masked with '*') from the console, as PowerShell 7.6's
// ReadHostCommand does it (facts §5): the prompt is written as "{0}: " with no line break, secure
// and masked input go through the host's masked prompt, -NonInteractive fails with
// ReadFailsOnNonInteractiveFlag, and redirected input gives plain lines only.

import type { CmdletContext, CmdletDefinition } from '../engine/cmdlet.js';
import { toPSString } from '../engine/convert.js';
import { PipelineStoppedSignal } from '../engine/errors.js';
import { SecureString } from '../engine/values.js';
import { NON_INTERACTIVE_MESSAGE } from '../host/host.js';
import { UTILITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

const AS_STRING = 'AsString';
const AS_SECURE_STRING = 'AsSecureString';

export const readHost = lazyCmdlet('Read-Host', (): CmdletDefinition => ({
  name: 'Read-Host',
  implementingType: 'Microsoft.PowerShell.Commands.ReadHostCommand',
  module: UTILITY,
  synopsis: 'Reads a line of input from the console.',
  defaultParameterSet: AS_STRING,
  parameters: [
    {
      name: 'Prompt',
      kind: 'object',
      typeName: 'System.Object',
      sets: { [AS_STRING]: { position: 0, valueFromRemainingArguments: true }, [AS_SECURE_STRING]: { position: 0, valueFromRemainingArguments: true } },
      allowNull: true,
      description: 'The text of the prompt; a colon and a space follow it.',
    },
    {
      name: 'AsSecureString',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { [AS_SECURE_STRING]: {} },
      description: 'Masks the input with asterisks and returns it as a SecureString.',
    },
    {
      name: 'MaskInput',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { [AS_STRING]: {} },
      description: 'Masks the input with asterisks and returns it as a plain string.',
    },
  ],
  async process(ctx) {
    const prompt = promptText(ctx);
    if (prompt === '') {
      // PowerShell builds a FieldDescription named after the prompt, which refuses an empty name.
      return ctx.throwTerminatingError({ message: 'name cannot be null or empty.', errorId: 'Argument', category: 'InvalidArgument', exceptionType: 'PSArgumentException' });
    }
    const { host } = ctx;
    if (!host.interactive) {
      return ctx.throwTerminatingError({
        message: NON_INTERACTIVE_MESSAGE,
        errorId: 'InvalidOperation',
        category: 'InvalidOperation',
        exceptionType: 'PSInvalidOperationException',
      });
    }
    const shown = prompt === undefined ? '' : `${prompt}: `;
    const secure = ctx.params.get<boolean>('AsSecureString') === true;
    const masked = secure || ctx.params.get<boolean>('MaskInput') === true;
    if (masked) {
      if (host.inputRedirected) {
        // pwsh reads masked input key by key (Console.ReadKey), which redirected input cannot
        // give: the prompt is written and the pipeline stops without a message.
        host.write('prompt', shown, { noNewline: true });
        throw new PipelineStoppedSignal();
      }
      const secret = await host.readSecret(shown, ctx.signal);
      if (secret === null) throw new PipelineStoppedSignal();
      ctx.writeObject(secure ? new SecureString(secret) : secret);
      return;
    }
    const line = await host.readLine(shown, ctx.signal, { echoRedirected: true });
    if (line === null) {
      if (!host.inputRedirected) throw new PipelineStoppedSignal();
      // End of redirected input: a prompted read counts as cancelled (no output), an unprompted one gives $null.
      if (prompt === undefined) ctx.writeObject(null);
      return;
    }
    ctx.writeObject(line);
  },
}));

/** The prompt as ReadHostCommand builds it: the elements of a list joined by spaces, empty ones skipped. */
function promptText(ctx: CmdletContext): string | undefined {
  if (!ctx.params.has('Prompt')) return undefined;
  const value = ctx.params.get('Prompt');
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map((v) => toPSString(v)).filter((t) => t !== '').join(' ');
  return toPSString(value);
}
