// Get-Credential: prompts for a user name and password in the console and returns a PSCredential.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import type { PSCredential } from '../engine/values.js';
import { SECURITY } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

export const DEFAULT_CREDENTIAL_CAPTION = 'PowerShell credential request';
export const DEFAULT_CREDENTIAL_MESSAGE = 'Enter your credentials.';

const CREDENTIAL_SET = 'CredentialSet';
const MESSAGE_SET = 'MessageSet';

export const getCredential = lazyCmdlet('Get-Credential', (): CmdletDefinition => ({
  name: 'Get-Credential',
  implementingType: 'Microsoft.PowerShell.Commands.GetCredentialCommand',
  module: SECURITY,
  synopsis: 'Asks for a user name and password and returns them as a credential object.',
  defaultParameterSet: CREDENTIAL_SET,
  parameters: [
    {
      name: 'Credential',
      kind: 'credential',
      typeName: 'System.Management.Automation.PSCredential',
      sets: { [CREDENTIAL_SET]: { position: 0 } },
      credentialAttribute: true,
      validateNotNull: true,
      description: 'A user name (the password is then asked for) or an existing credential.',
    },
    {
      name: 'Message',
      kind: 'string',
      typeName: 'System.String',
      sets: { [MESSAGE_SET]: {} },
      allowNull: true,
      allowEmptyString: true,
      description: 'The message shown above the prompt.',
    },
    {
      name: 'UserName',
      kind: 'string',
      typeName: 'System.String',
      sets: { [MESSAGE_SET]: { position: 0 } },
      allowNull: true,
      allowEmptyString: true,
      description: 'The user name to fill in; only the password is then asked for.',
    },
    {
      name: 'Title',
      kind: 'string',
      typeName: 'System.String',
      sets: { [MESSAGE_SET]: {} },
      allowNull: true,
      allowEmptyString: true,
      description: 'The caption shown above the message.',
    },
  ],
  async process(ctx) {
    if (ctx.params.has('Credential')) {
      // `Get-Credential admin`: the [Credential()] transformation has already prompted; $null
      // (the input ended) writes nothing.
      const given = ctx.params.get<PSCredential | null>('Credential');
      if (given) ctx.writeObject(given);
      return;
    }
    const title = ctx.params.get<string | null>('Title') ?? DEFAULT_CREDENTIAL_CAPTION;
    const message = ctx.params.get<string | null>('Message') ?? DEFAULT_CREDENTIAL_MESSAGE;
    const userName = ctx.params.get<string | null>('UserName') ?? undefined;
    const credential = await ctx.promptForCredential(title, message, userName || undefined);
    if (credential) ctx.writeObject(credential);
  },
}));
