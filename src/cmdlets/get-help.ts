// Get-Help (alias help): shows the docs/ page of a command in PowerShell's console help layout.
// The pages are read only when Get-Help runs, so start-up never touches them.

import { ALL_SETS, type CmdletDefinition } from '../engine/cmdlet.js';
import { CORE } from './modules.js';
import { lazyCmdlet } from '../engine/command-table.js';

const stringArray = (name: string, description: string) => ({
  name,
  kind: 'string[]' as const,
  typeName: 'System.String[]',
  sets: { [ALL_SETS]: {} },
  description,
});

export const HELP_CATEGORIES = [
  'Alias', 'Cmdlet', 'Provider', 'General', 'FAQ', 'Glossary', 'HelpFile', 'ScriptCommand', 'Function',
  'Filter', 'ExternalScript', 'All', 'DefaultHelp', 'DscResource', 'Class', 'Configuration',
];

export const getHelp = lazyCmdlet('Get-Help', (): CmdletDefinition => ({
  name: 'Get-Help',
  implementingType: 'Microsoft.PowerShell.Commands.GetHelpCommand',
  module: CORE,
  synopsis: 'Shows the help page of a command.', // as docs/Get-Help.md says
  defaultParameterSet: 'AllUsersView',
  parameters: [
    {
      name: 'Name',
      kind: 'string',
      typeName: 'System.String',
      sets: { [ALL_SETS]: { position: 0, valueFromPipelineByPropertyName: true } },
      description: 'The command (or alias) to show help for; wildcards list the matching commands.',
      completes: 'command',
    },
    {
      name: 'Path',
      kind: 'string',
      typeName: 'System.String',
      sets: { [ALL_SETS]: {} },
      description: 'Provider help path; the shell has no providers, so it changes nothing.',
    },
    {
      ...stringArray('Category', 'Shows help only for commands of these categories.'),
      validateSet: HELP_CATEGORIES,
    },
    {
      name: 'Detailed',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { DetailedView: { mandatory: true } },
      description: 'Adds parameter descriptions and examples to the basic view.',
    },
    {
      name: 'Full',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { AllUsersView: {} },
      description: 'Shows the whole page, with parameter attributes, notes and examples.',
    },
    {
      name: 'Examples',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { Examples: { mandatory: true } },
      description: 'Shows only the name, synopsis and examples.',
    },
    {
      name: 'Parameter',
      kind: 'string[]',
      typeName: 'System.String[]',
      sets: { Parameters: { mandatory: true } },
      description: 'Shows only the named parameters; wildcards are allowed.',
    },
    stringArray('Component', "Shows help for commands of this component (their comment-based help's .COMPONENT)."),
    stringArray('Functionality', "Shows help for commands with this functionality (their comment-based help's .FUNCTIONALITY)."),
    stringArray('Role', "Shows help for this user role (their comment-based help's .ROLE)."),
    {
      name: 'Online',
      kind: 'switch',
      typeName: 'System.Management.Automation.SwitchParameter',
      sets: { Online: { mandatory: true } },
      description: 'Prints the address of the online version of the page, when it has one.',
    },
  ],
  async process(ctx) {
    const { runGetHelp } = await import('../help/get-help-run.js');
    await runGetHelp(ctx);
  },
}));
