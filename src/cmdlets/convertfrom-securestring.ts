// ConvertFrom-SecureString: a SecureString as text that ConvertTo-SecureString reads back. Without a key,
// pwsh on Linux and macOS writes the hexadecimal UTF-16LE bytes (DPAPI exists only on Windows), so the
// text is not protected; with -Key or -SecureKey it writes the AES "encrypted standard string" that the
// scheduled-script idiom stores in a file; -AsPlainText writes the text itself (secure-string-export.ts).

import { ALL_SETS, type CmdletDefinition, type ErrorSpec } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { ArgumentNotValid, InvalidKeyLength } from '../engine/runtime-strings.js';
import { SecureString } from '../engine/values.js';
import { SECURITY } from './modules.js';
import { boundKey, exportUnprotected, exportWithKey, keyLengthValid, toKeyBytes } from './secure-string-export.js';

const SECURE = 'Secure';
const OPEN = 'Open';
const AS_PLAIN_TEXT = 'AsPlainText';
const SWITCH = 'System.Management.Automation.SwitchParameter';

/** PSTraceSource.NewArgumentException thrown out of ProcessRecord: terminating, id `Argument`. */
const argumentError = (message: string): ErrorSpec => ({
  message,
  errorId: 'Argument',
  category: 'InvalidArgument',
  exceptionType: 'PSArgumentException',
  exceptionFullName: 'System.Management.Automation.PSArgumentException',
});

export const convertFromSecureString = lazyCmdlet('ConvertFrom-SecureString', (): CmdletDefinition => ({
  name: 'ConvertFrom-SecureString',
  implementingType: 'Microsoft.PowerShell.Commands.ConvertFromSecureStringCommand',
  module: SECURITY,
  synopsis: 'Converts a secure string to an encrypted standard string.',
  defaultParameterSet: SECURE,
  parameters: [
    {
      name: 'SecureString',
      kind: 'securestring',
      typeName: 'System.Security.SecureString',
      sets: { [ALL_SETS]: { position: 0, mandatory: true, valueFromPipeline: true } },
      description: 'The secure string to convert.',
    },
    {
      name: 'AsPlainText',
      kind: 'switch',
      typeName: SWITCH,
      sets: { [AS_PLAIN_TEXT]: {} },
      description: 'Writes the text of the secure string itself.',
    },
    {
      name: 'SecureKey',
      kind: 'securestring',
      typeName: 'System.Security.SecureString',
      sets: { [SECURE]: { position: 1 } },
      description: 'A key (its characters as UTF-16 bytes) that encrypts the string.',
    },
    {
      name: 'Key',
      kind: 'object[]',
      typeName: 'System.Byte[]',
      sets: { [OPEN]: {} },
      coerce: toKeyBytes,
      description: 'The AES key (16, 24 or 32 bytes) that encrypts the string.',
    },
  ],
  async process(ctx) {
    const secret = ctx.params.get<SecureString>('SecureString')!;
    if (secret.length === 0) ctx.throwTerminatingError(argumentError(ArgumentNotValid('SecureString')));
    if (ctx.invocation.parameterSetName === AS_PLAIN_TEXT) {
      // The user asked for the text itself (pwsh 7's -AsPlainText).
      ctx.writeObject(secret.revealForSignIn());
      return;
    }
    const key = boundKey(ctx.params);
    if (key === undefined) {
      ctx.writeObject(exportUnprotected(secret));
      return;
    }
    if (!keyLengthValid(key)) ctx.throwTerminatingError(argumentError(InvalidKeyLength));
    ctx.writeObject(await exportWithKey(secret, key));
  },
}));
