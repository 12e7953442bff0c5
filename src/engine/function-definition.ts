// Functions as commands: a `function`/`filter` statement becomes a CmdletDefinition built from its
// param( ) block, so functions bind (names, prefixes, aliases, positions, parameter sets,
// mandatory prompts, pipeline input, validation) through the same binder and parameter-set model
// as the built-in cmdlets, and show in Get-Command and completion.
//
// PowerShell's rules followed here (about_Functions_Advanced_Parameters, pwsh 7.6.10 checked):
// - a function is "advanced" when it has [CmdletBinding()] or any [Parameter()] attribute; only
//   advanced functions take the CommonParameters, and only simple ones collect extra arguments
//   in $args;
// - positions: when no parameter states a Position or a parameter set, all take positions in
//   declaration order (PositionalBinding); otherwise only those that state one are positional;
// - a type constraint converts the argument as an argument transformation (its error is
//   "Cannot process argument transformation on parameter ...").

import type { ShouldProcessSupport } from './should-process.js';
import type { AttributeAst, Expr, ParameterAst } from '../language/ast.js';
import { ALL_SETS, type CmdletContext, type CmdletDefinition, type ParameterMetadata, type ParameterSetMembership, type ParamKind } from './cmdlet.js';
import { ScriptBlock } from './script-block.js';
import { ConversionError, collapse, isTrue, typeNameOf, unwrap, unwrapArgument } from './convert.js';
import { castTo, resolveTypeName } from './types.js';
import * as R from './runtime-strings.js';
import { isNumericOperand } from './operators-compare.js';
import { SWITCH_PARAMETER, SwitchParameter } from './switch-parameter.js';

/** The hidden parameter that collects a simple function's left-over arguments into $args. */
export const REMAINING_ARGUMENTS = '__RemainingArguments';

/** A function defined by a script. */
export interface ScriptFunction {
  name: string;
  block: ScriptBlock;
  isFilter: boolean;
  /** [CmdletBinding()] or a [Parameter()] attribute: CommonParameters, $PSCmdlet, no $args. */
  advanced: boolean;
  /** `. f`: runs in the caller's scope. */
  dotSource?: boolean;
  /** A script file (an ExternalScript, script-files.ts): its full path. */
  scriptPath?: string;
}

/** The evaluator's side of running a function's blocks (executor.ts). */
export interface FunctionInvoker {
  beginFunction(fn: ScriptFunction, ctx: CmdletContext): Promise<void>;
  processFunction(fn: ScriptFunction, ctx: CmdletContext): Promise<void>;
  endFunction(fn: ScriptFunction, ctx: CmdletContext): Promise<void>;
  /** Always runs once the function is done or failed: leaves its scope. */
  cleanupFunction(fn: ScriptFunction, ctx: CmdletContext): void;
}

export function isAdvanced(block: ScriptBlock): boolean {
  const ast = block.ast;
  return ast.attributes.some((a) => a.name.toLowerCase() === 'cmdletbinding') || (ast.parameters ?? []).some((p) => p.attributes.some((a) => a.name.toLowerCase() === 'parameter'));
}

const functions = new WeakMap<CmdletDefinition, ScriptFunction>();

/** The function a command-table entry runs, if it is a function defined by a script. */
export function scriptFunctionOf(definition: CmdletDefinition): ScriptFunction | undefined {
  return functions.get(definition);
}

/** A function's [CmdletBinding(SupportsShouldProcess, ConfirmImpact = ...)] (Medium when not given). */
export function shouldProcessSupportOf(ast: ScriptFunction['block']['ast']): ShouldProcessSupport {
  const binding = ast.attributes.find((a) => a.name.toLowerCase() === 'cmdletbinding');
  const impact = binding ? stringArgument(binding, 'ConfirmImpact') : undefined;
  const confirmImpact = (['None', 'Low', 'Medium', 'High'] as const).find((i) => i.toLowerCase() === impact?.toLowerCase()) ?? 'Medium';
  return { supportsShouldProcess: binding ? booleanArgument(binding, 'SupportsShouldProcess') : false, confirmImpact };
}

export function functionDefinition(fn: ScriptFunction, invoker: FunctionInvoker): CmdletDefinition {
  const ast = fn.block.ast;
  const binding = ast.attributes.find((a) => a.name.toLowerCase() === 'cmdletbinding');
  const parameters = parameterMetadata(ast.parameters ?? [], fn.advanced, binding, fn.block);
  const definition: CmdletDefinition = {
    name: fn.name,
    commandType: 'Function',
    implementingType: '',
    module: '',
    parameters,
    commonParameters: fn.advanced,
    // Only a simple function takes any input as $_; an advanced one binds it to its parameters or fails.
    takesAnyInput: !fn.advanced,
    defaultParameterSet: binding ? stringArgument(binding, 'DefaultParameterSetName') : undefined,
    supportsShouldProcess: binding ? booleanArgument(binding, 'SupportsShouldProcess') : false,
    synopsis: '',
    begin: (ctx) => invoker.beginFunction(fn, ctx),
    process: (ctx) => invoker.processFunction(fn, ctx),
    end: (ctx) => invoker.endFunction(fn, ctx),
    cleanup: (ctx) => invoker.cleanupFunction(fn, ctx),
  };
  functions.set(definition, fn);
  return definition;
}

/** Binder metadata for a param block. */
export function parameterMetadata(list: readonly ParameterAst[], advanced: boolean, binding: AttributeAst | undefined, owner: ScriptBlock): ParameterMetadata[] {
  const positionalBinding = binding ? booleanArgument(binding, 'PositionalBinding', true) : true;
  // pwsh numbers the parameters only when none states a Position or a parameter set of its own
  // (`[Parameter(ParameterSetName = 'A')]`): then a set's parameters are all named (7.6.10 checked).
  const explicitPositions = list.some((p) =>
    p.attributes.some((a) => {
      if (a.name.toLowerCase() !== 'parameter') return false;
      const set = stringArgument(a, 'ParameterSetName');
      return numberArgument(a, 'Position') !== undefined || (set !== undefined && set !== ALL_SETS);
    }),
  );
  let nextPosition = 0;
  const out = list.map((p): ParameterMetadata => {
    const { kind, typeName } = parameterType(p.typeName);
    const sets: Record<string, ParameterSetMembership> = {};
    // pwsh reads a script parameter's [Parameter()] attributes last-written first: that order numbers
    // the parameter sets (`[Parameter(ParameterSetName='A')][Parameter(ParameterSetName='B')]` makes B
    // the first set) and names the sets in help ('B, A'), 7.6.10 checked.
    for (const a of p.attributes.filter((x) => x.name.toLowerCase() === 'parameter').reverse()) {
      const membership: ParameterSetMembership = {};
      if (booleanArgument(a, 'Mandatory')) membership.mandatory = true;
      const position = numberArgument(a, 'Position');
      if (position !== undefined) membership.position = position;
      if (booleanArgument(a, 'ValueFromPipeline')) membership.valueFromPipeline = true;
      if (booleanArgument(a, 'ValueFromPipelineByPropertyName')) membership.valueFromPipelineByPropertyName = true;
      if (booleanArgument(a, 'ValueFromRemainingArguments')) membership.valueFromRemainingArguments = true;
      const help = stringArgument(a, 'HelpMessage');
      if (help !== undefined) membership.helpMessage = help;
      sets[stringArgument(a, 'ParameterSetName') ?? ALL_SETS] = membership;
    }
    if (!Object.keys(sets).length) sets[ALL_SETS] = {};
    if (kind !== 'switch' && !explicitPositions && positionalBinding) {
      const position = nextPosition++;
      for (const m of Object.values(sets)) m.position ??= position;
    }
    const meta: ParameterMetadata = { name: p.name, kind, typeName, sets };
    const t = p.typeName;
    if (kind === 'switch' || typeName === 'System.Boolean') meta.transform = booleanConstraint(typeName);
    else if (t && kind === 'object' && !/^(object|psobject|system\.object)$/i.test(t)) meta.transform = (v) => castTo(t, v);
    for (const a of p.attributes) applyAttribute(meta, a, owner);
    return meta;
  });
  if (!advanced) {
    out.push({ name: REMAINING_ARGUMENTS, kind: 'object', typeName: 'System.Object[]', sets: { [ALL_SETS]: { position: 10000, valueFromRemainingArguments: true } }, dontShow: true });
  }
  return out;
}

function applyAttribute(meta: ParameterMetadata, a: AttributeAst, owner: ScriptBlock): void {
  const values = a.positional.map(constantValue);
  switch (a.name.toLowerCase()) {
    case 'validatescript': {
      const script = a.positional[0];
      if (script?.kind !== 'scriptBlock') break;
      const block = new ScriptBlock(script.block, owner.source, owner.runner);
      meta.validateScript = {
        text: script.block.text,
        test: async (value) => isTrue(collapse(await block.invoke({ dollarUnder: { value } }, new AbortController().signal))),
      };
      const message = stringArgument(a, 'ErrorMessage');
      if (message !== undefined) meta.validationMessages = { ...meta.validationMessages, script: message };
      break;
    }
    case 'alias':
      meta.aliases = [...(meta.aliases ?? []), ...values.map(String)];
      break;
    case 'validateset': {
      meta.validateSet = values.map(String);
      if (!booleanArgument(a, 'IgnoreCase', true)) meta.validateSetCaseSensitive = true;
      const message = stringArgument(a, 'ErrorMessage');
      if (message !== undefined) meta.validationMessages = { ...meta.validationMessages, set: message };
      break;
    }
    case 'validatenotnullorempty':
      meta.validateNotNullOrEmpty = true;
      break;
    case 'validatenotnull':
      meta.validateNotNull = true;
      break;
    case 'validaterange': {
      if (values.length >= 2) meta.range = [Number(values[0]), Number(values[1])];
      // [ValidateRange('Positive')] and the other ValidateRangeKind values (a name, or the enum).
      const kind = values.length === 1 ? String(values[0]).toLowerCase() : undefined;
      if (kind === 'positive') meta.positive = true;
      else if (kind === 'nonnegative') meta.nonNegative = true;
      else if (kind === 'negative') meta.negative = true;
      else if (kind === 'nonpositive') meta.nonPositive = true;
      break;
    }
    case 'validatepattern': {
      meta.validatePattern = String(values[0] ?? '');
      const message = stringArgument(a, 'ErrorMessage');
      if (message !== undefined) meta.validationMessages = { ...meta.validationMessages, pattern: message };
      break;
    }
    case 'validatelength':
      meta.validateLength = [Number(values[0]), Number(values[1])];
      break;
    case 'validatecount':
      meta.validateCount = [Number(values[0]), Number(values[1])];
      break;
    case 'allownull':
      meta.allowNull = true;
      break;
    case 'allowemptystring':
      meta.allowEmptyString = true;
      break;
    case 'allowemptycollection':
      meta.allowEmptyCollection = true;
      break;
    // [System.Management.Automation.Credential()]: a user name given to the parameter prompts for the
    // password, as for Get-Credential -Credential. (pwsh has no short name for it: `[Credential()]`
    // is an unknown attribute there.)
    case 'system.management.automation.credential':
    case 'system.management.automation.credentialattribute':
      meta.credentialAttribute = true;
      break;
  }
}

/** How the binder converts an argument for a type constraint, and the name its messages print. */
/** `int` → System.Int32; a type the shell does not know keeps the name it was written with. */
function fullTypeName(typeName: string): string {
  try {
    return String(resolveTypeName(typeName).get('FullName') ?? typeName);
  } catch {
    return typeName;
  }
}

function parameterType(typeName: string | undefined): { kind: ParamKind; typeName: string } {
  switch (typeName?.toLowerCase().replace(/^system\./, '')) {
    case undefined:
    case 'object':
    case 'psobject':
      return { kind: 'object', typeName: 'System.Object' };
    case 'switch':
    case 'management.automation.switchparameter':
      return { kind: 'switch', typeName: SWITCH_PARAMETER };
    case 'string[]':
      return { kind: 'string[]', typeName: 'System.String[]' };
    case 'object[]':
    case 'array':
      return { kind: 'object[]', typeName: 'System.Object[]' };
    case 'securestring':
    case 'security.securestring':
      return { kind: 'securestring', typeName: 'System.Security.SecureString' };
    case 'pscredential':
    case 'management.automation.pscredential':
      return { kind: 'credential', typeName: 'System.Management.Automation.PSCredential' };
    case 'hashtable':
    case 'collections.hashtable':
      return { kind: 'hashtable', typeName: 'System.Collections.Hashtable' };
    default:
      // Everything else converts as PowerShell's argument transformation does (castTo); messages
      // name the type in full ("Specify a parameter of type 'System.Int32'").
      return { kind: 'object', typeName: typeName ? fullTypeName(typeName) : 'System.Object' };
  }
}

/**
 * A [bool] or [switch] type constraint (ArgumentTypeConverterAttribute for a Boolean type, pwsh 7.6.10): a
 * Boolean or a switch converts; a number (an enum too, not a [char]) converts as a cast does, which for a
 * switch always fails; $null is a switch not present and no Boolean; anything else is refused by its type name.
 */
/** System.Boolean or SwitchParameter for a type as written (`bool`, `[System.Boolean]`, `switch` ...); undefined for any other. */
export function booleanTypeName(written: string): string | undefined {
  switch (written.toLowerCase().replace(/^system\./, '')) {
    case 'bool':
    case 'boolean':
      return 'System.Boolean';
    case 'switch':
    case 'management.automation.switchparameter':
      return SWITCH_PARAMETER;
    default:
      return undefined;
  }
}

export function booleanConstraint(typeName: string): (value: unknown) => unknown {
  return (value) => {
    const v = unwrapArgument(value);
    const plain = unwrap(v);
    const refuse = (shown: string) => new ConversionError(R.BooleanParameterConversion(shown, typeName));
    if (plain === null || plain === undefined) {
      if (typeName === SWITCH_PARAMETER) return new SwitchParameter(false);
      throw refuse('');
    }
    if (typeof plain === 'boolean' || plain instanceof SwitchParameter || isNumericOperand(v)) return castTo(typeName, value);
    throw refuse(typeNameOf(v));
  };
}

/** An attribute argument's value; attribute arguments are constants in PowerShell. */
function constantValue(e: Expr): unknown {
  switch (e.kind) {
    case 'number':
      return e.value;
    case 'string':
      return e.value;
    case 'variable': {
      const n = e.name.toLowerCase();
      return n === 'true' ? true : n === 'false' ? false : null;
    }
    case 'unary':
      return e.op === '-' ? -Number(constantValue(e.operand)) : e.op === '-not' || e.op === '!' ? !constantValue(e.operand) : constantValue(e.operand);
    case 'array':
      return e.elements.map(constantValue);
    case 'expandable':
      return e.parts.filter((p): p is string => typeof p === 'string').join('');
    // An enum's member (`[ValidateRangeKind]::Positive`): its name, which the attribute takes as text too.
    case 'member':
      return e.isStatic ? e.name : true;
    default:
      return true;
  }
}

function namedArgument(a: AttributeAst, name: string): { present: boolean; value: unknown } {
  const n = a.named.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (!n) return { present: false, value: undefined };
  return { present: true, value: n.value ? constantValue(n.value) : true };
}

function booleanArgument(a: AttributeAst, name: string, fallback = false): boolean {
  const { present, value } = namedArgument(a, name);
  return present ? Boolean(value) : fallback;
}

function numberArgument(a: AttributeAst, name: string): number | undefined {
  const { present, value } = namedArgument(a, name);
  return present && typeof value === 'number' ? value : undefined;
}

function stringArgument(a: AttributeAst, name: string): string | undefined {
  const { present, value } = namedArgument(a, name);
  return present ? String(value) : undefined;
}
