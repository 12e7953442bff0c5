// Push-Location (`pushd`): remembers the current location on a stack (the default one, or -StackName's),
// then goes to -Path as Set-Location does. As in pwsh 7.6.10, the location is pushed even when the path
// then turns out not to exist.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { locationInfo } from './location.js';
import { locationStack } from './location-stack.js';
import { MANAGEMENT } from './modules.js';
import { stringParam, switchParam } from './param-builders.js';
import { changeLocation } from './set-location.js';

export const pushLocation = lazyCmdlet('Push-Location', (): CmdletDefinition => ({
  name: 'Push-Location',
  implementingType: 'Microsoft.PowerShell.Commands.PushLocationCommand',
  module: MANAGEMENT,
  synopsis: 'Adds the current location to the top of a location stack, then goes to a new location.',
  defaultParameterSet: 'Path',
  parameters: [
    stringParam('Path', 'The folder to go to; wildcards allowed when they name one folder.', { sets: { Path: { position: 0, valueFromPipeline: true, valueFromPipelineByPropertyName: true } }, completes: 'container' }),
    stringParam('LiteralPath', 'The folder to go to, taken literally.', { aliases: ['PSPath', 'LP'], sets: { LiteralPath: { valueFromPipelineByPropertyName: true } }, completes: 'container' }),
    switchParam('PassThru', 'Returns the new location as a PathInfo.'),
    stringParam('StackName', "The stack to push onto ('default' when absent); made on first use.", { sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } } }),
  ],
  async process(ctx) {
    locationStack(ctx, ctx.params.get<string>('StackName'), true)!.entries.push(locationInfo(ctx.session));
    const literal = ctx.params.get<string>('LiteralPath');
    const typed = literal ?? ctx.params.get<string>('Path');
    // Without a path the location stays where it is (it is only remembered).
    if (typed === undefined) return;
    if ((await changeLocation(ctx, typed, literal !== undefined)) && ctx.params.get('PassThru') === true) ctx.writeObject(locationInfo(ctx.session));
  },
}));
