// Copy-Item and Move-Item on the session drives (Env:, Variable:, Function:, Alias:), as pwsh 7.6 does:
// Copy-Item gives the destination item the source's value (`Copy-Item Env:A Env:B`, `Copy-Item
// function:f function:g`), replacing one that is there, within one provider only; Move-Item cannot
// move there (the providers are not navigation providers), which pwsh reports while binding.

import type { CmdletContext } from '../engine/cmdlet.js';
import { TypedArray } from '../engine/convert.js';
import * as R from '../engine/runtime-strings.js';
import { cmdletShouldProcess } from '../engine/should-process.js';
import { itemsOrReport, ProviderItemError, sessionContent, sessionItem, sessionPath, setSessionItem } from './session-providers.js';

/** Whether any of the paths is on a session drive: then the command is one of this module's. */
export function onSessionDrive(typed: readonly string[]): boolean {
  return typed.some((p) => sessionPath(p) !== undefined);
}

/** Copy-Item of session items; every source must be on the destination's provider. */
export async function copySessionItems(ctx: CmdletContext, typed: readonly string[], literal: boolean, destinationText: string): Promise<void> {
  const destination = sessionPath(destinationText);
  const sources = typed.map((t) => ({ typed: t, path: sessionPath(t) }));
  if (!destination || sources.some((s) => s.path?.provider !== destination.provider)) {
    await ctx.writeError({
      message: R.CopyItemSourceAndDestinationNotSameProvider(),
      errorId: 'CopyItemSourceAndDestinationNotSameProvider',
      category: 'InvalidArgument',
      exceptionType: 'PSArgumentException',
      exceptionFullName: 'System.Management.Automation.PSArgumentException',
      // The paths as the provider reads them (`Env:B` is `B`).
      targetObject: TypedArray.of2('System.String', sources.map((s) => s.path?.name ?? s.typed)),
      targetName: 'System.Collections.ObjectModel.Collection`1[System.String]',
      targetType: 'Collection`1',
    });
    return;
  }
  for (const source of sources) {
    for (const name of await itemsOrReport(ctx, source.path!, source.typed, literal)) {
      // The drive's root as destination is the item's own name.
      const target = destination.name === '' ? name : destination.name;
      if (!(await cmdletShouldProcess(ctx, `Item: ${name} Destination: ${target}`, 'Copy Item'))) continue;
      try {
        setSessionItem(ctx, destination.provider, target, sessionContent(ctx, source.path!.provider, name));
      } catch (e) {
        if (!(e instanceof ProviderItemError)) throw e;
        await ctx.writeError(e.spec);
        continue;
      }
      if (ctx.params.get('PassThru') === true) ctx.writeObject(sessionItem(ctx, destination.provider, target));
    }
  }
}

/** Move-Item from a session drive: pwsh's binding error, which ends the statement. */
export function moveSessionItems(ctx: CmdletContext): never {
  return ctx.throwTerminatingError({
    message: `Cannot retrieve the dynamic parameters for the cmdlet. ${R.NavigationProviderNotSupported()}`,
    errorId: 'GetDynamicParametersException',
    category: 'InvalidArgument',
    exceptionType: 'ParameterBindingException',
    exceptionFullName: 'System.Management.Automation.ParameterBindingException',
  });
}
