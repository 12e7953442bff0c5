// Get-Verb: the approved verbs (verbs.ts) as VerbInfo objects (Verb, AliasPrefix, Group, Description),
// those whose name matches any -Verb wildcard and whose group is one of -Group, in pwsh's order.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { ALL_SETS } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { PSObject } from '../engine/values.js';
import { wildcardMatch } from '../engine/wildcard.js';
import { UTILITY } from './modules.js';
import { stringsParam } from './param-builders.js';
import { APPROVED_VERBS } from '../engine/approved-verbs.js';

const GROUPS = ['Common', 'Communications', 'Data', 'Diagnostic', 'Lifecycle', 'Other', 'Security'];
const VERB_INFO = 'System.Management.Automation.VerbInfo';

export const getVerb = lazyCmdlet('Get-Verb', (): CmdletDefinition => ({
  name: 'Get-Verb',
  implementingType: 'Microsoft.PowerShell.Commands.GetVerbCommand',
  module: UTILITY,
  synopsis: 'Gets approved PowerShell verbs.',
  parameters: [
    stringsParam('Verb', 'Verbs to list (wildcards allowed); all when absent.', { sets: { [ALL_SETS]: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, completes: 'verb' }),
    stringsParam('Group', 'Groups to list: Common, Communications, Data, Diagnostic, Lifecycle, Other or Security.', {
      sets: { [ALL_SETS]: { position: 1, valueFromPipeline: true, valueFromPipelineByPropertyName: true } },
      validateSet: GROUPS,
    }),
  ],
  process(ctx) {
    const verbs = ctx.params.get<string[]>('Verb');
    const groups = ctx.params.get<string[]>('Group')?.map((g) => g.toLowerCase());
    for (const [verb, aliasPrefix, group, description] of APPROVED_VERBS) {
      if (groups && !groups.includes(group.toLowerCase())) continue;
      if (verbs && !verbs.some((pattern) => wildcardMatch(pattern, verb))) continue;
      ctx.writeObject(new PSObject(VERB_INFO, { Verb: verb, AliasPrefix: aliasPrefix, Group: group, Description: description }, undefined, VERB_INFO));
    }
  },
}));
