// ConvertTo-SecureString: plain text (-AsPlainText; -Force is accepted and ignored, as in
// PowerShell 7) or a string produced by ConvertFrom-SecureString: without a key the hexadecimal
// UTF-16LE form PowerShell writes on Linux and macOS, with -Key / -SecureKey the AES "encrypted
// standard string" (secure-string-export.ts reads both, with pwsh's errors).

import { ALL_SETS, type CmdletContext, type CmdletDefinition } from '../engine/cmdlet.js';
import { SecureString } from '../engine/values.js';
import { SECURITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { boundKey, importUnprotected, importWithKey, toKeyBytes, type ImportFailure } from './secure-string-export.js';

export const INVALID_ENCRYPTED_STRING =
  'The parameter value "(hidden)" is not a valid encrypted string. To convert plain text, add -AsPlainText.';

const SECURE = 'Secure';
const OPEN = 'Open';
const PLAIN_TEXT = 'PlainText';

export const convertToSecureString = lazyCmdlet('ConvertTo-SecureString', (): CmdletDefinition => ({
  name: 'ConvertTo-SecureString',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertToSecureStringCommand',
  module: SECURITY,
  synopsis: 'Converts plain text or an exported secure string to a SecureString.',
  defaultParameterSet: SECURE,
  parameters: [
    {
      name: 'String',
      kind: 'string',
      typeName: 'System.String',
      sets: { [ALL_SETS]: { position: 0, mandatory: true, valueFromPipeline: true } },
      description: 'The text to convert.',
    },
    {
      name: 'AsPlainText',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { [PLAIN_TEXT]: { position: 1 } },
      description: 'Treats the string as plain text.',
    },
    {
      name: 'Force',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { [PLAIN_TEXT]: { position: 2 } },
      description: 'Accepted for compatibility with Windows PowerShell 5.1; it changes nothing.',
    },
    {
      name: 'SecureKey',
      kind: 'securestring',
      typeName: 'System.Security.SecureString',
      sets: { [SECURE]: { position: 1 } },
      description: 'A key (its characters as UTF-16 bytes) that decrypts a key-protected string.',
    },
    {
      name: 'Key',
      kind: 'object[]',
      typeName: 'System.Byte[]',
      sets: { [OPEN]: {} },
      coerce: toKeyBytes,
      description: 'The AES key (16, 24 or 32 bytes) that decrypts a key-protected string.',
    },
  ],
  async process(ctx) {
    const text = ctx.params.get<string>('String') ?? '';
    if (ctx.invocation.parameterSetName === PLAIN_TEXT) {
      ctx.writeObject(new SecureString(text));
      return;
    }
    const key = boundKey(ctx.params);
    const imported = key === undefined ? importUnprotected(text) : await importWithKey(text, key);
    if (imported === 'odd') {
      // PowerShell quotes the value here, but the value is usually a password typed without
      // -AsPlainText, and this shell never prints secrets: the value is withheld and the fix named.
      await ctx.writeError({
        message: INVALID_ENCRYPTED_STRING,
        errorId: 'ImportSecureString_InvalidArgument',
        category: 'InvalidArgument',
        exceptionType: 'ArgumentException',
      });
      return;
    }
    if (imported instanceof SecureString) ctx.writeObject(imported);
    else await report(ctx, imported);
  },
}));

async function report(ctx: CmdletContext, failure: ImportFailure): Promise<void> {
  if (failure.terminating) ctx.throwTerminatingError(failure.error);
  await ctx.writeError(failure.error);
}
