// ConvertTo-SecureString: plain text (-AsPlainText; -Force is accepted and ignored, as in
// PowerShell 7) or a string produced by ConvertFrom-SecureString. Without a key, PowerShell on
// Linux and macOS stores such strings unencrypted, as the hexadecimal UTF-16LE bytes of the text
// (DPAPI exists only on Windows), so that is what this shell reads back. Key-protected strings
// (-Key, -SecureKey) are not supported and say so.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { SecureString } from '../engine/values.js';
import { SECURITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

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
      description: 'A key that decrypts a key-protected string (not supported by this shell).',
    },
    {
      name: 'Key',
      kind: 'object[]',
      typeName: 'System.Byte[]',
      sets: { [OPEN]: {} },
      description: 'A key that decrypts a key-protected string (not supported by this shell).',
    },
  ],
  async process(ctx) {
    const text = ctx.params.get<string>('String') ?? '';
    if (ctx.invocation.parameterSetName === PLAIN_TEXT) {
      ctx.writeObject(new SecureString(text));
      return;
    }
    if (ctx.params.has('Key') || ctx.params.has('SecureKey')) {
      return ctx.throwTerminatingError({
        message:
          'This shell cannot decrypt key-protected secure strings (-Key, -SecureKey). Use -AsPlainText, or Get-Credential to type the password.',
        errorId: 'ImportSecureString_KeyNotSupported',
        category: 'NotImplemented',
        exceptionType: 'NotSupportedException',
      });
    }
    const decoded = decodeUnprotected(text);
    if (decoded === null) {
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
    ctx.writeObject(new SecureString(decoded));
  },
}));

/** Hexadecimal UTF-16LE, as ConvertFrom-SecureString writes it without a key on Linux/macOS. */
export function decodeUnprotected(hex: string): string | null {
  if (hex.length === 0 || hex.length % 4 !== 0 || !/^[0-9a-fA-F]+$/.test(hex)) return null;
  return Buffer.from(hex, 'hex').toString('utf16le');
}
