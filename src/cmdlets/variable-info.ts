// A variable as Get-Variable writes it: a System.Management.Automation.PSVariable (or one of the classes
// pwsh derives from it for its automatic variables), with the properties pwsh 7.6.10 lists, in each
// class's order, and the descriptions, options and attributes pwsh gives its own variables.

import { EnumValue, GenericList, PSObject, type EnumType } from '../engine/values.js';
import type { Session, Variable, VariableOptions } from '../engine/session.js';
import { toEnum } from '../engine/convert.js';
import { SCOPED_ITEM_OPTIONS } from './enums.js';

const AUTOMATION = 'System.Management.Automation';

export const VISIBILITY: EnumType = { fullName: `${AUTOMATION}.SessionStateEntryVisibility`, names: ['Public', 'Private'] };

/** The classes and their property order (reflection's: a derived class's overrides come first). */
const CLASSES = {
  PSVariable: ['Name', 'Description', 'Value', 'Visibility', 'Module', 'ModuleName', 'Options', 'Attributes'],
  QuestionMarkVariable: ['Value', 'Name', 'Description', 'Visibility', 'Module', 'ModuleName', 'Options', 'Attributes'],
  PSCultureVariable: ['Value', 'Name', 'Description', 'Visibility', 'Module', 'ModuleName', 'Options', 'Attributes'],
  PSUICultureVariable: ['Value', 'Name', 'Description', 'Visibility', 'Module', 'ModuleName', 'Options', 'Attributes'],
  LocalVariable: ['Options', 'Value', 'Name', 'Description', 'Visibility', 'Module', 'ModuleName', 'Attributes'],
  NullVariable: ['Value', 'Description', 'Options', 'Name', 'Visibility', 'Module', 'ModuleName', 'Attributes'],
} as const;
type VariableClass = keyof typeof CLASSES;

/** Variables of a derived class wherever they are (pwsh makes them so in every scope). */
const CLASS_OF: Record<string, VariableClass> = {
  '?': 'QuestionMarkVariable',
  null: 'NullVariable',
  psculture: 'PSCultureVariable',
  psuiculture: 'PSUICultureVariable',
  args: 'LocalVariable',
  input: 'LocalVariable',
  myinvocation: 'LocalVariable',
  psboundparameters: 'LocalVariable',
  pscommandpath: 'LocalVariable',
  psscriptroot: 'LocalVariable',
};

type Attribute = 'type' | 'range';

/** pwsh's own variables (global scope): [description, options, attribute]. Recorded from `Get-Variable | Format-List *`. */
const BUILT_IN: Record<string, readonly [string, string, Attribute?]> = {
  '?': ['Status of last command', 'ReadOnly, AllScope'],
  confirmpreference: ['Dictates when confirmation should be requested. Confirmation is requested when the ConfirmImpact of the operation is equal to or greater than $ConfirmPreference. If $ConfirmPreference is None, actions will only be confirmed when Confirm is specified.', 'None', 'type'],
  debugpreference: ['Dictates the action taken when a Debug message is delivered', 'None', 'type'],
  enabledexperimentalfeatures: ['Variable to hold the enabled experimental feature names', 'Constant, AllScope'],
  error: ['', 'Constant'],
  erroractionpreference: ['Dictates the action taken when an error message is delivered', 'None', 'type'],
  errorview: ['Dictates the view mode to use when displaying errors', 'None', 'type'],
  executioncontext: ['The run objects available to cmdlets', 'Constant, AllScope'],
  false: ['Boolean False', 'Constant, AllScope'],
  formatenumerationlimit: ['Dictates the limit of enumeration on formatting IEnumerable objects', 'None'],
  home: ["Folder containing the current user's profile", 'ReadOnly, AllScope'],
  host: ['A reference to the host of the current runspace', 'Constant, AllScope'],
  informationpreference: ['Dictates the action taken when a command generates an item in the Information stream', 'None', 'type'],
  input: ['', 'None'],
  iscoreclr: ['', 'ReadOnly, AllScope'],
  islinux: ['', 'ReadOnly, AllScope'],
  ismacos: ['', 'ReadOnly, AllScope'],
  iswindows: ['', 'ReadOnly, AllScope'],
  maximumhistorycount: ['Maximum number of history objects to retain in a session', 'None', 'range'],
  myinvocation: ['', 'None'],
  nestedpromptlevel: ['Dictates what type of prompt should be displayed for the current nesting level', 'None'],
  null: ['References to the null variable always return the null value. Assignments have no effect.', 'None'],
  pid: ['Current process ID', 'Constant, AllScope'],
  profile: ['', 'None'],
  progresspreference: ['Dictates the action taken when progress records are delivered', 'None', 'type'],
  pscommandpath: ['', 'None'],
  psculture: ['Culture of the current PowerShell session', 'ReadOnly, AllScope'],
  psedition: ['Edition information for the current PowerShell session', 'Constant, AllScope'],
  psemailserver: ['Variable to contain the name of the email server. This can be used instead of the HostName parameter in the Send-MailMessage cmdlet.', 'None'],
  pshome: ['Parent folder of the host application of the current runspace', 'Constant, AllScope'],
  psnativecommandargumentpassing: ['Dictates how arguments are passed to native executables.', 'None', 'type'],
  psnativecommanduseerroractionpreference: ['If true, $ErrorActionPreference applies to native executables, so that non-zero exit codes will generate cmdlet-style errors governed by error action settings', 'None', 'type'],
  psscriptroot: ['', 'None'],
  pssessionapplicationname: ['AppName where the remote connection will be established', 'None'],
  pssessionconfigurationname: ['Name of the session configuration which will be loaded on the remote computer', 'None'],
  pssessionoption: ['Default session options for new remote sessions', 'None'],
  psstyle: ['Configuration controlling how text is rendered.', 'Constant'],
  psuiculture: ['UI culture of the current PowerShell session', 'ReadOnly, AllScope'],
  psversiontable: ['Version information for current PowerShell session', 'Constant, AllScope'],
  pwd: ['', 'None'],
  shellid: ['The ShellID identifies the current shell.  This is used by #Requires.', 'Constant, AllScope'],
  stacktrace: ['', 'None'],
  true: ['Boolean True', 'Constant, AllScope'],
  verbosepreference: ['Dictates the action taken when a Verbose message is delivered', 'None', 'type'],
  warningpreference: ['Dictates the action taken when a Warning message is delivered', 'None', 'type'],
  whatifpreference: ['If true, WhatIf is considered to be enabled for all commands.', 'None'],
};

/**
 * The variables every scope of pwsh holds itself (`Get-Variable -Scope Local` in a function lists them): its
 * AllScope ones and $null; a function's or script's scope also has $PSCommandPath and $PSScriptRoot.
 */
export function variablesOfEveryScope(scriptScope: boolean): string[] {
  const names = Object.keys(BUILT_IN).filter((key) => BUILT_IN[key]![1].includes('AllScope'));
  names.push('null');
  if (scriptScope) names.push('pscommandpath', 'psscriptroot');
  return names;
}

/** ScopedItemOptions' flags and the variable option each one is. */
export const OPTION_FLAGS = [
  ['readOnly', 1],
  ['constant', 2],
  ['private', 4],
  ['allScope', 8],
  ['unspecified', 16],
] as const;

/** A variable's options as the ScopedItemOptions value Get-Variable shows. */
function optionsValue(options: VariableOptions): EnumValue {
  const bits = OPTION_FLAGS.reduce((n, [option, bit]) => (options[option] ? n | bit : n), 0);
  return EnumValue.of(SCOPED_ITEM_OPTIONS, bits);
}

function attributeValue(kind: Attribute): PSObject {
  const name = kind === 'range' ? `${AUTOMATION}.ValidateRangeAttribute` : `${AUTOMATION}.ArgumentTypeConverterAttribute`;
  const props: Record<string, unknown> = kind === 'range' ? { MinRange: 1, MaxRange: 32767, TypeId: name } : { TransformNullOptionalParameters: true, TypeId: name };
  return new PSObject(name, props, undefined, name);
}

/**
 * The PSVariable object of a session variable. `local`: one of a function's own variables as its call stack
 * frame lists them (pwsh keeps those in the function's locals, as LocalVariables).
 */
export function variableObject(v: Variable, session?: Session, local = false): PSObject {
  const key = v.name.toLowerCase();
  const builtIn = session && session.getVariable(v.name, 'global') === v ? BUILT_IN[key] : CLASS_OF[key] ? BUILT_IN[key] : undefined;
  const cls: VariableClass = CLASS_OF[key] ?? (local ? 'LocalVariable' : 'PSVariable');
  const options = builtIn ? toEnum(builtIn[1], SCOPED_ITEM_OPTIONS) : optionsValue(v.options);
  const attribute = builtIn ? builtIn[2] : v.options.constrain ? 'type' : undefined;
  const values: Record<string, unknown> = {
    Name: v.name,
    Description: v.options.description ?? builtIn?.[0] ?? '',
    Value: v.value,
    Visibility: new EnumValue(VISIBILITY, 'Public'),
    Module: null,
    ModuleName: '',
    Options: options,
    Attributes: attribute ? [attributeValue(attribute)] : [],
  };
  const props: Record<string, unknown> = {};
  for (const name of CLASSES[cls]) props[name] = values[name];
  const o = new PSObject(`${AUTOMATION}.${cls}`, props);
  if (cls !== 'PSVariable') o.typeNames = GenericList.from([`${AUTOMATION}.${cls}`, `${AUTOMATION}.PSVariable`, 'System.Object']) as GenericList<string>;
  return o;
}
