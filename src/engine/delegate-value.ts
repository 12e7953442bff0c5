// A System.Func delegate made from a script block (`[Func[int,bool]]{ param($x) $x -gt 1 }`), what
// [System.Linq.Enumerable]'s methods take. Only the value lives here (types.ts makes it in a cast); calling
// it (`$f.Invoke(3)`, a LINQ method running it) is linq.ts's, loaded when a script first does.

import { dotnetText, genericFullName } from './generic-types.js';
import { PSObject } from './values.js';
import type { ScriptBlock } from './script-block.js';
import type { Expr } from '../language/ast.js';

export const FUNC_DEFINITION = 'System.Func';

export class DelegateValue extends PSObject {
  constructor(
    readonly block: ScriptBlock,
    /** The type arguments as .NET full names: the parameters' types, then the result's. */
    readonly typeArgs: readonly string[],
  ) {
    const definition = `${FUNC_DEFINITION}\`${typeArgs.length}`;
    // pwsh compiles the block to a closure; its Method names the compiled lambda's signature.
    const shortName = (t: string) => t.replace(/^.*\./, '');
    const method = `${shortName(typeArgs[typeArgs.length - 1]!)} lambda_method(System.Runtime.CompilerServices.Closure${typeArgs.slice(0, -1).map((t) => `, ${shortName(t)}`).join('')})`;
    super(genericFullName(definition, typeArgs), { Target: 'System.Runtime.CompilerServices.Closure', Method: method }, ['Target', 'Method'], dotnetText(definition, typeArgs));
  }
  /** The parameters' types (all but the last type argument). */
  get parameterTypes(): readonly string[] {
    return this.typeArgs.slice(0, -1);
  }
  get resultType(): string {
    return this.typeArgs[this.typeArgs.length - 1]!;
  }
}

/**
 * 'System.Object[]' for an argument written as a `[object[]]` cast: pwsh's binder infers a generic method's
 * TSource from that static type (`[Linq.Enumerable]::Distinct([object[]]@(1,1))`), not from an Object[] value.
 */
export function objectArrayCast(arg: Expr): string | undefined {
  return arg.kind === 'cast' && /^\s*(?:system\.)?object\s*\[\s*\]\s*$/i.test(arg.typeName) ? 'System.Object[]' : undefined;
}
