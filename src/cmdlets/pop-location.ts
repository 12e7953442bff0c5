// Pop-Location (`popd`): goes back to the location most recently pushed on a stack (the default one, or
// -StackName's) and takes it off. An empty stack does nothing; a stack that was never made is pwsh's
// "Cannot find location stack" error.

import type { CmdletDefinition } from '../engine/cmdlet.js';
import { lazyCmdlet } from '../engine/command-table.js';
import { locationInfo } from './location.js';
import { forgetIfEmpty, locationStack, stackNotFound } from './location-stack.js';
import { MANAGEMENT } from './modules.js';
import { stringParam, switchParam } from './param-builders.js';
import { changeLocation } from './set-location.js';

export const popLocation = lazyCmdlet('Pop-Location', (): CmdletDefinition => ({
  name: 'Pop-Location',
  implementingType: 'Microsoft.PowerShell.Commands.PopLocationCommand',
  module: MANAGEMENT,
  synopsis: 'Changes the current location to the location most recently pushed onto a location stack.',
  parameters: [
    switchParam('PassThru', 'Returns the new location as a PathInfo.'),
    stringParam('StackName', "The stack to pop from ('default' when absent).", { sets: { __AllParameterSets: { valueFromPipelineByPropertyName: true } } }),
  ],
  async process(ctx) {
    const name = ctx.params.get<string>('StackName');
    const stack = locationStack(ctx, name, false);
    if (!stack) return ctx.writeError(stackNotFound(name!));
    const entry = stack.entries.pop();
    if (!entry) return;
    forgetIfEmpty(ctx, stack);
    // The pushed PathInfo's Path: provider-qualified when the location was (`FileSystem::/tmp`).
    if ((await changeLocation(ctx, String(entry.get('Path')), true)) && ctx.params.get('PassThru') === true) ctx.writeObject(locationInfo(ctx.session));
  },
}));
