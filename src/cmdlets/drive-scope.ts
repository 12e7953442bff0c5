// The -Scope of New-PSDrive and Remove-PSDrive: Global, Local, Script or a number of scopes up from the
// current one, as pwsh's session state reads it for drives (a value it cannot read is the command's
// error for that drive, not a terminating one as for the variable cmdlets).

import { invalidScopeArgument } from './variable-scope.js';
import type { CmdletContext, ErrorSpec } from '../engine/cmdlet.js';
import * as R from '../engine/runtime-strings.js';

/** The scope handle -Scope names (the current scope without it), or the error pwsh gives for the value. */
export function driveScope(ctx: CmdletContext): { scope: object } | { error: ErrorSpec } {
  const typed = ctx.params.get<string>('Scope');
  if (typed === undefined || typed === null || typed === '') return { scope: ctx.session.scopeHandle('local')! };
  const s = typed.trim().toLowerCase();
  if (s === 'global' || s === 'local' || s === 'script') return { scope: ctx.session.scopeHandle(s)! };
  if (/^\d+$/.test(s)) {
    const scope = ctx.session.scopeHandle(Number(s));
    if (scope) return { scope };
    return {
      error: {
        message: R.ScopeIDExceedsAvailableScopes(Number(s)),
        errorId: 'ArgumentOutOfRange',
        category: 'InvalidArgument',
        exceptionType: 'PSArgumentOutOfRangeException',
        exceptionFullName: 'System.Management.Automation.PSArgumentOutOfRangeException',
      },
    };
  }
  return { error: invalidScopeArgument() };
}
