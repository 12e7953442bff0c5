// Out-Default: turns pipeline output into the text PowerShell 7 prints.
//
// Scalars print one per line; objects print as a table (up to four properties) or a list, with
// PowerShell's blank lines around them; hashtables use the Name/Value view with a 30-wide Name
// column (content-sized once a content-sized table has printed, as pwsh's out-lineoutput does). Once a table is open, later objects of any shape become rows of it (their missing
// properties blank) and scalars print between its rows, as pwsh's Out-Default does; a list stays a
// list. Format-Table/Format-List build the same blocks (format-blocks.ts) with chosen columns.
// Numbers and Booleans are right-aligned in tables; fractional numbers show two decimals there.
// Types with a fixed view in pwsh's format data (certificates, files, modules: format-views.ts)
// print as their own tables, grouped by their key; DateTime values as their long form in a group
// with a blank line around it.

import { FileSystemItem } from './file-info.js';
import { OVERLOAD_TEXT, PS_METHOD } from './method-group.js';
import { DURATION_TEXT } from './session-history.js';
import { ArgumentNumber, formatNumber, toPSString, typeNameOf } from './convert.js';
import { WrappedValue, activeTypeMembers, instanceMembersOf, isPropertyMember, withAddedPropertyNames } from './instance-members.js';
import { getMember, instanceMemberValue } from './values-members.js';
import { ErrorRecord, renderError, type ErrorView } from './errors.js';
import { fixedTableColumns, fixedViewOf, type FixedView, type GroupPrinter } from './format-views.js';
import { DateTimeValue, dateTimeListNames, dateTimeMember, dateTimePropertyNames } from './datetime.js';
import { TIMESPAN_PROPERTIES, TimeSpanValue } from './timespan.js';
import { headingLines, listCellText, listRecordText, renderBlock, tableHead, tableLayout, tableRowText, wideColumnWidths, wideRowText, type Block, type ListRecord, type TableColumn, type TableLayout, type TableRow } from './format-blocks.js';
import { formatterItems } from './generic-types.js';
import { FormatData, FormatEndData, FormatEntryData, FormatSequenceError, FormatStartData, GroupEndData, GroupStartData, WRONG_SHAPE_MESSAGE, type FormatShape } from './format-data.js';
import { MAX_CAPACITY } from './string-builder.js';
import { EnumValue, NetworkCredential, PSCredential, PSHashtable, PSObject, PSReference, SecureString, StringBuilderValue } from './values.js';

const PS_CUSTOM_OBJECT = 'System.Management.Automation.PSCustomObject';

export interface FormatOptions {
  width: number;
  color: boolean;
  errorView: ErrorView;
  /**
   * The width list entries wrap at, when it is not `width`: Out-String and Out-File without -Width
   * write a list's values on one line each (pwsh 7.6.10), while their tables still fit `width`.
   */
  listWidth?: number;
}

function isScalar(value: unknown): boolean {
  return (
    typeof value === 'string' ||
    typeof value === 'number' ||
    typeof value === 'boolean' ||
    value instanceof ArgumentNumber ||
    value instanceof SecureString ||
    value instanceof EnumValue ||
    value instanceof DateTimeValue ||
    (value instanceof PSObject && MESSAGE_RECORDS.has(value.typeName))
  );
}

/** Stream records that PowerShell's formatting shows as their message alone ($wv, $iv). */
const MESSAGE_RECORDS = new Set([
  'System.Management.Automation.WarningRecord',
  'System.Management.Automation.VerboseRecord',
  'System.Management.Automation.DebugRecord',
  'System.Management.Automation.InformationRecord',
]);

/** Text of a value inside a list entry (and a table cell, apart from fractional numbers). */
export { listCellText as cellText } from './format-blocks.js';

/** A property's value by name (case-insensitive) on anything the formatter shows; undefined when absent. */
export function propertyValue(value: unknown, name: string): unknown {
  if (value instanceof PSObject) return value.get(name) ?? addedPropertyValue(value, name);
  if (value instanceof ErrorRecord) return errorRecordProperty(value, name);
  if (Array.isArray(value)) return arrayProperty(value, name);
  if (value instanceof TimeSpanValue) return value.member(name);
  if (value instanceof DateTimeValue) return dateTimeMember(value, name, (type, text) => new EnumValue(type, text));
  if (value instanceof PSCredential) return name.toLowerCase() === 'username' ? value.UserName : name.toLowerCase() === 'password' ? value.Password : undefined;
  if (value instanceof NetworkCredential) {
    const n = name.toLowerCase();
    return n === 'username' ? value.UserName : n === 'domain' ? value.Domain : undefined;
  }
  if (value instanceof StringBuilderValue) return stringBuilderProperty(value, name);
  if (value instanceof PSReference) return name.toLowerCase() === 'value' ? value.Value : undefined;
  return undefined;
}

/** An ErrorRecord's properties, as `Format-List -Force` lists them (PSMessageDetails, pwsh's script property, comes last). */
const ERROR_RECORD_PROPERTIES = ['Exception', 'TargetObject', 'CategoryInfo', 'FullyQualifiedErrorId', 'ErrorDetails', 'InvocationInfo', 'ScriptStackTrace', 'PipelineIterationInfo', 'PSMessageDetails'] as const;

/** An ErrorRecord's property as the formatter shows it (its exception reads `Type: message`: values-members.ts). */
function errorRecordProperty(record: ErrorRecord, name: string): unknown {
  if (name.toLowerCase() === 'psmessagedetails') return null;
  return ERROR_RECORD_PROPERTIES.some((p) => p.toLowerCase() === name.toLowerCase()) ? getMember(record, name) : undefined;
}

/** A property Add-Member gave the object (a script property's value as last evaluated: script-properties.ts). */
function addedPropertyValue(value: PSObject, name: string): unknown {
  const member = instanceMembersOf(value)?.get(name);
  return isPropertyMember(member) ? instanceMemberValue(value, member) : undefined;
}

/** System.Text.StringBuilder's properties (its capacity follows .NET's chunks: string-builder.ts). */
function stringBuilderProperty(sb: StringBuilderValue, name: string): number | undefined {
  const n = name.toLowerCase();
  return n === 'capacity' ? sb.capacity : n === 'maxcapacity' ? MAX_CAPACITY : n === 'length' ? sb.length : undefined;
}

/** The properties PowerShell shows for an object by default, in order. */
export function defaultPropertyNames(value: unknown): string[] {
  if (Array.isArray(value)) return [...ARRAY_PROPERTIES];
  // Members Add-Member gave a custom object follow its own properties (an object with a default display set shows that set).
  if (value instanceof PSObject) {
    // A DefaultDisplayPropertySet that Update-TypeData gave one of its type names (type-data.ts).
    const typeSet = value.displayProperties ?? activeTypeMembers()?.defaultDisplayPropertySet(value);
    return typeSet ? [...typeSet] : withAddedPropertyNames([...value.properties.keys()], value);
  }
  if (value instanceof PSCredential) return ['UserName', 'Password'];
  if (value instanceof NetworkCredential) return ['UserName', 'Domain'];
  if (value instanceof StringBuilderValue) return ['Capacity', 'MaxCapacity', 'Length'];
  if (value instanceof TimeSpanValue) return [...TIMESPAN_PROPERTIES];
  if (value instanceof PSReference) return ['Value'];
  if (value instanceof ErrorRecord) return [...ERROR_RECORD_PROPERTIES];
  return [];
}

/** An Object[]'s properties, as pwsh lists an array that reaches Out-Default inside another collection. */
const ARRAY_PROPERTIES = ['Length', 'LongLength', 'Rank', 'SyncRoot', 'IsReadOnly', 'IsFixedSize', 'IsSynchronized', 'Count'] as const;

function arrayProperty(a: readonly unknown[], name: string): unknown {
  switch (name.toLowerCase()) {
    case 'length':
    case 'longlength':
    case 'count':
      return a.length;
    case 'rank':
      return 1;
    case 'syncroot':
      return a;
    case 'isfixedsize':
      return true;
    case 'isreadonly':
    case 'issynchronized':
      return false;
    default:
      return undefined;
  }
}

/** Every property of an object (Format-List *, Select-Object *). */
export function allPropertyNames(value: unknown): string[] {
  if (value instanceof PSObject) return withAddedPropertyNames([...value.properties.keys()], value);
  if (value instanceof DateTimeValue) return dateTimePropertyNames(value);
  // Format-List * lists every TimeSpan property in reflection order, not the view's eleven.
  if (value instanceof TimeSpanValue) return value.toProperties().map(([name]) => name);
  if (value instanceof ErrorRecord) return ['PSMessageDetails', ...ERROR_RECORD_PROPERTIES.slice(0, -1)];
  return defaultPropertyNames(value);
}

/**
 * Table views with fixed column widths from PowerShell's format data (PowerShellCore_format_ps1xml,
 * Help_format_ps1xml); the last column takes the rest of the line. Everything else is auto-sized.
 */
const TABLE_VIEWS: Readonly<Record<string, ReadonlyArray<{ header: string; width?: number; align?: 'right'; property?: string }>>> = {
  'System.Management.Automation.CommandInfo': [{ header: 'CommandType', width: 15 }, { header: 'Name', width: 50, property: 'DisplayName' }, { header: 'Version', width: 10 }, { header: 'Source' }],
  'System.Management.Automation.PSVariable': [{ header: 'Name', width: 30 }, { header: 'Value' }],
  // Get-Location, Resolve-Path: the Path alone (Format-List shows all four properties).
  'System.Management.Automation.PathInfo': [{ header: 'Path' }],
  // Get-PSProvider's table.
  'System.Management.Automation.ProviderInfo': [{ header: 'Name', width: 20 }, { header: 'Capabilities', width: 29 }, { header: 'Drives' }],
  // Utility's FileHashInfo view: the hash column fits a SHA256 hash.
  'Microsoft.PowerShell.Commands.FileHashInfo': [{ header: 'Algorithm', width: 15 }, { header: 'Hash', width: 64 }, { header: 'Path' }],
  // Help.format.ps1xml's HelpInfoShort table (pwsh picks it by the objects' first type name); Module shows ModuleName.
  HelpInfoShort: [{ header: 'Name', width: 33 }, { header: 'Category', width: 9 }, { header: 'Module', width: 25, property: 'ModuleName' }, { header: 'Synopsis' }],
  // DotNetTypes.format.ps1xml's CultureInfo table.
  'System.Globalization.CultureInfo': [{ header: 'LCID', width: 16 }, { header: 'Name', width: 16 }, { header: 'DisplayName' }],
  'System.RuntimeType': [{ header: 'IsPublic', width: 8 }, { header: 'IsSerial', width: 8 }, { header: 'Name', width: 40 }, { header: 'BaseType' }],
  'Microsoft.PowerShell.Commands.GroupInfo': [{ header: 'Count', width: 5, align: 'right' }, { header: 'Name', width: 25 }, { header: 'Group' }],
  'Microsoft.PowerShell.Commands.GroupInfoNoElement': [{ header: 'Count', width: 5, align: 'right' }, { header: 'Name' }],
  'System.Collections.DictionaryEntry': [{ header: 'Name', width: 30 }, { header: 'Value' }],
  'Microsoft.PowerShell.Commands.MemberDefinition': [{ header: 'Name' }, { header: 'MemberType' }, { header: 'Definition' }],
  // Get-TypeData's objects.
  'System.Management.Automation.Runspaces.TypeData': [{ header: 'TypeName' }, { header: 'Members' }],
  // PowerShellCore_format_ps1xml's `history` view; its Duration column is a script block (durationText).
  'Microsoft.PowerShell.Commands.HistoryInfo': [{ header: 'Id', width: 4, align: 'right' }, { header: 'Duration', width: 12, align: 'right', property: DURATION_TEXT }, { header: 'CommandLine' }],
  // PowerShellCore_format_ps1xml's Job view (ThreadJob and PSRemotingJob are Jobs).
  'System.Management.Automation.Job': [{ header: 'Id', width: 6 }, { header: 'Name', width: 15 }, { header: 'PSJobTypeName', width: 15 }, { header: 'State', width: 13 }, { header: 'HasMoreData', width: 15 }, { header: 'Location', width: 20 }, { header: 'Command', width: 20 }],
  // A method group: its overloads, one a line (`$_.OverloadDefinitions | Out-String`, wrapped).
  'System.Management.Automation.PSMethod': [{ header: 'OverloadDefinitions', property: OVERLOAD_TEXT }],
};

/** Types shown by a base type's view: aliases, functions and cmdlets make one CommandInfo table. */
const VIEW_OF_TYPE: Readonly<Record<string, string>> = {
  'System.Management.Automation.AliasInfo': 'System.Management.Automation.CommandInfo',
  'Microsoft.PowerShell.ThreadJob.ThreadJob': 'System.Management.Automation.Job',
  'System.Management.Automation.PSTasks.PSTaskJob': 'System.Management.Automation.Job',
  'System.Management.Automation.PSRemotingJob': 'System.Management.Automation.Job',
  'System.Management.Automation.PSRemotingChildJob': 'System.Management.Automation.Job',
  'System.Management.Automation.PSTasks.PSTaskChildJob': 'System.Management.Automation.Job',
  'System.Management.Automation.FunctionInfo': 'System.Management.Automation.CommandInfo',
  'System.Management.Automation.CmdletInfo': 'System.Management.Automation.CommandInfo',
  'System.Management.Automation.ExternalScriptInfo': 'System.Management.Automation.CommandInfo',
  // The automatic variables pwsh keeps in classes of their own (cmdlets/variable-info.ts).
  ...Object.fromEntries(
    ['QuestionMarkVariable', 'PSCultureVariable', 'PSUICultureVariable', 'LocalVariable', 'NullVariable'].map((c) => [`System.Management.Automation.${c}`, 'System.Management.Automation.PSVariable']),
  ),
};

/** Views that start a new table, under a `   Label: value` line, whenever this property changes. */
const GROUP_BY: Readonly<Record<string, string>> = {
  'Microsoft.PowerShell.Commands.MemberDefinition': 'TypeName',
};

const HASHTABLE_COLUMNS: TableColumn[] = [{ header: 'Name', width: 30, align: 'left', asText: true }, { header: 'Value', align: 'left', asText: true }];

const JOB_COLLECTIONS = ['Output', 'Error', 'Progress', 'Verbose', 'Debug', 'Warning', 'Information'];

/** Views that are lists: every property, in this order. */
const LIST_VIEWS: Readonly<Record<string, readonly string[]>> = {
  // Get-PSDrive | Format-List (pwsh's PSDriveInfo list view); its table is format-views.ts's.
  'System.Management.Automation.PSDriveInfo': ['Name', 'Description', 'Provider', 'Root', 'CurrentLocation'],
  // PowerShellCore.format.ps1xml's CmdletInfo list (Path is a CommandInfo property cmdlets lack: empty).
  'System.Management.Automation.CmdletInfo': ['Name', 'CommandType', 'Definition', 'Path', 'DLL', 'HelpFile', 'ParameterSets', 'ImplementingType', 'Verb', 'Noun'],
  // DotNetTypes.format.ps1xml's X509Certificate2 list (its table is format-views.ts's).
  'System.Security.Cryptography.X509Certificates.X509Certificate2': ['Subject', 'Issuer', 'Thumbprint', 'FriendlyName', 'NotBefore', 'NotAfter', 'Extensions'],
  // Invoke-WebRequest's answers (pwsh 7.6's WebResponseObject.format.ps1xml).
  'Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject': ['StatusCode', 'StatusDescription', 'Content', 'RawContent', 'Headers', 'Images', 'InputFields', 'Links', 'RawContentLength', 'RelationLink'],
  'Microsoft.PowerShell.Commands.WebResponseObject': ['StatusCode', 'StatusDescription', 'Content', 'RawContent', 'Headers', 'RawContentLength', 'RelationLink'],
  // A job's Format-List: its properties with State, types.ps1xml's script property, last (Format-List * puts it first).
  'System.Management.Automation.PSRemotingJob': ['HasMoreData', 'StatusMessage', 'Location', 'Command', 'JobStateInfo', 'Finished', 'InstanceId', 'Id', 'Name', 'ChildJobs', 'PSBeginTime', 'PSEndTime', 'PSJobTypeName', ...JOB_COLLECTIONS, 'State'],
  'System.Management.Automation.PSRemotingChildJob': ['StatusMessage', 'HasMoreData', 'Location', 'Runspace', 'Debugger', 'IsAsync', 'Command', 'JobStateInfo', 'Finished', 'InstanceId', 'Id', 'Name', 'ChildJobs', 'PSBeginTime', 'PSEndTime', 'PSJobTypeName', ...JOB_COLLECTIONS, 'State'],
  'System.Management.Automation.PSTasks.PSTaskChildJob': ['Location', 'HasMoreData', 'StatusMessage', 'Debugger', 'IsAsync', 'Command', 'JobStateInfo', 'Finished', 'InstanceId', 'Id', 'Name', 'ChildJobs', 'PSBeginTime', 'PSEndTime', 'PSJobTypeName', ...JOB_COLLECTIONS, 'State'],
  'Microsoft.PowerShell.ThreadJob.ThreadJob': ['ThreadJobDefinition', 'StatusMessage', 'HasMoreData', 'Location', 'Debugger', 'IsAsync', 'StartParameters', 'Command', 'JobStateInfo', 'Finished', 'InstanceId', 'Id', 'Name', 'ChildJobs', 'PSBeginTime', 'PSEndTime', 'PSJobTypeName', ...JOB_COLLECTIONS, 'State'],
};

/** A list view's script-block items: the web responses show RawContent's first 200 characters and `…`. */
const rawContentItem = (v: unknown): unknown => (typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}…` : v);
const LIST_VIEW_ITEMS: Readonly<Record<string, Readonly<Record<string, (value: unknown) => unknown>>>> = {
  'Microsoft.PowerShell.Commands.BasicHtmlWebResponseObject': { RawContent: rawContentItem },
  'Microsoft.PowerShell.Commands.WebResponseObject': { RawContent: rawContentItem },
};

/** How an object starts a block: a view with fixed columns, an auto table or a list. */
type Shape =
  | { kind: 'scalar' }
  | { kind: 'error' }
  | { kind: 'hashtable' }
  | { kind: 'fixed'; key: string; view: FixedView }
  | { kind: 'view'; key: string; columns: TableColumn[] }
  | { kind: 'table'; names: string[] }
  | { kind: 'list' };

function shapeOf(value: unknown): Shape {
  if (value instanceof ErrorRecord) return { kind: 'error' };
  if (isScalar(value)) return { kind: 'scalar' };
  if (value instanceof PSHashtable) return { kind: 'hashtable' };
  // An array inside the collection Out-Default enumerates is an object of eight properties: a list.
  if (Array.isArray(value)) return { kind: 'list' };
  const fixed = fixedViewOf(value);
  if (fixed) return { kind: 'fixed', key: fixed.key, view: fixed };
  if (value instanceof PSCredential) {
    // The first credential's password aligns its column: to the right, or to the left when it is null
    // (`New-Object PSCredential 'u'`), as pwsh aligns a column by the first row's value.
    const password = value.Password === null ? 'left' : 'right';
    return { kind: 'view', key: 'PSCredential', columns: [{ header: 'UserName', align: 'left', asText: true }, { header: 'Password', align: password, asText: true }] };
  }
  // DotNetTypes.format.ps1xml's NetworkCredential table: UserName in 50 columns, then Domain.
  if (value instanceof NetworkCredential) {
    return { kind: 'view', key: 'NetworkCredential', columns: [{ header: 'UserName', width: 50, align: 'left', asText: true }, { header: 'Domain', align: 'left', asText: true }] };
  }
  const viewName = value instanceof PSObject ? (VIEW_OF_TYPE[value.typeName] ?? customViewName(value) ?? value.typeName) : undefined;
  if (viewName && TABLE_VIEWS[viewName]) {
    // A view's columns are left-aligned unless its format data says otherwise.
    return { kind: 'view', key: viewName, columns: TABLE_VIEWS[viewName]!.map((c) => ({ align: 'left', asText: true, ...c })) };
  }
  if (value instanceof PSObject && LIST_VIEWS[value.typeName]) return { kind: 'list' };
  // TimeSpan has no view of its own: its eleven properties make it a list.
  if (value instanceof TimeSpanValue) return { kind: 'list' };
  const names = defaultPropertyNames(value);
  if (value instanceof PSObject || value instanceof NetworkCredential || value instanceof StringBuilderValue || value instanceof PSReference) {
    return names.length <= 4 ? { kind: 'table', names } : { kind: 'list' };
  }
  return { kind: 'scalar' };
}

const MODULE_INFO = 'System.Management.Automation.PSModuleInfo';

/** A custom object's view chosen by its first type name, as pwsh chooses (HelpInfoShort), for the names with a table here. */
function customViewName(value: PSObject): string | undefined {
  const first = value.typeName === PS_CUSTOM_OBJECT ? value.typeNames?.[0] : undefined;
  return first !== undefined && first !== PS_CUSTOM_OBJECT && TABLE_VIEWS[first] ? first : undefined;
}

/**
 * The view a fixed view's group key names when it is a table (`type|group value`: files of another
 * directory are the same view under a new header); undefined for the Cert: drive's list views.
 */
function tableViewName(key: string): string | undefined {
  const bar = key.indexOf('|');
  return bar < 0 ? undefined : key.slice(0, bar);
}

/** An object a built-in view's open table writes out of band: not text, an error or a property-less object. */
function isOutOfBandInGroup(item: unknown, shape: Shape | undefined): boolean {
  if (item instanceof DateTimeValue) return true;
  if (hasViewLine(item) || isEmptyHashtable(item)) return false;
  return shape !== undefined && shape.kind !== 'scalar' && shape.kind !== 'error' && !isPropertyless(item);
}

/** An empty hashtable shows nothing (it enumerates to no entries). */
function isEmptyHashtable(v: unknown): boolean {
  return v instanceof PSHashtable && v.size === 0;
}

/** An object with no properties: pwsh writes its text (empty for a property bag) on a line of its own. */
export function isPropertyless(v: unknown): boolean {
  return v instanceof PSObject && v.properties.size === 0 && !v.displayProperties;
}

function listRecord(value: unknown): ListRecord {
  // A FileInfo outside the FileSystem provider's view: its DefaultDisplayPropertySet (types.ps1xml).
  if (value instanceof PSObject && value.typeName === 'System.IO.FileInfo') return { pairs: FILE_INFO_DEFAULT_DISPLAY.map((n) => [n, propertyValue(value, n)]) };
  const names =
    value instanceof PSObject && LIST_VIEWS[value.typeName] ? LIST_VIEWS[value.typeName]! : value instanceof DateTimeValue ? dateTimeListNames(value) : defaultPropertyNames(value);
  const items = value instanceof PSObject ? LIST_VIEW_ITEMS[value.typeName] : undefined;
  return { pairs: names.map((n) => [n, items?.[n] ? items[n]!(propertyValue(value, n)) : propertyValue(value, n)]) };
}

/** FileInfo's DefaultDisplayPropertySet (pwsh's types.ps1xml); DirectoryInfo has none. */
export const FILE_INFO_DEFAULT_DISPLAY = ['LastWriteTime', 'Length', 'Name'] as const;

function hashtableRows(h: PSHashtable): TableRow[] {
  return h.entries().map(([k, v]) => ({ cells: [k, v] }));
}

/** A hashtable's entries (DictionaryEntry: Name and Key are the key) as rows of a table with other columns. */
function entryRows(h: PSHashtable, columns: readonly TableColumn[]): TableRow[] {
  return h.entries().map(([k, v]) => ({ cells: columns.map((c) => entryProperty(k, v, c.header)) }));
}

function entryProperty(key: unknown, value: unknown, name: string): unknown {
  const n = name.toLowerCase();
  return n === 'name' || n === 'key' ? key : n === 'value' ? value : undefined;
}

/**
 * The properties an object shows when it is written out of band (a table or list of another view is
 * open): objects of a type with a view of their own list every property; others their default ones.
 */
function outOfBandPairs(value: unknown): Array<[string, unknown]> {
  // A type with a DefaultDisplayPropertySet (types.ps1xml) lists that set (pwsh 7.6.10: a file after Get-Module's table).
  if (value instanceof PSObject && value.typeName === 'System.IO.FileInfo') return FILE_INFO_DEFAULT_DISPLAY.map((n) => [n, propertyValue(value, n)]);
  // A type without one lists every property; a folder's provider notes come first, then its .NET
  // properties (Name … Attributes), then the ones its type data adds (UnixMode … LinkType).
  if (value instanceof FileSystemItem) {
    const names = allPropertyNames(value);
    const added = names.slice(names.indexOf('UnixMode'), names.indexOf('Name'));
    return [...names.filter((n) => !added.includes(n)), ...added].map((n) => [n, propertyValue(value, n)]);
  }
  if (value instanceof TimeSpanValue) return value.toProperties();
  // A date in a table of another view is listed as Format-List lists it (pwsh).
  if (value instanceof DateTimeValue) return dateTimeListNames(value).map((n) => [n, propertyValue(value, n)]);
  const names = value instanceof PSObject && (TABLE_VIEWS[VIEW_OF_TYPE[value.typeName] ?? value.typeName] || LIST_VIEWS[value.typeName]) ? allPropertyNames(value) : defaultPropertyNames(value);
  return names.map((n) => [n, propertyValue(value, n)]);
}

/**
 * The document the first object of a run opens (pwsh's FormatStartData): a table or a list, of a view
 * (`view` set: only objects of that view join it) or of the first object's properties (every object
 * joins it: a table row of the same columns, a list entry of its own properties).
 */
type Doc =
  | { kind: 'table'; view?: string; columns: TableColumn[]; rows: TableRow[]; groupBy?: string; group?: unknown; heading?: string; type?: string; sizeRows?: number; flags?: TableFlags }
  | { kind: 'list'; view?: string; records: ListRecord[]; heading?: string };

/** Format-Table's -HideTableHeaders, -Wrap and -AutoSize, from its FormatStartData. */
type TableFlags = { hideHeaders?: boolean; wrap?: boolean; autoSize?: boolean };

/** The view of a document a FormatStartData opened: other objects do not join it. */
const FORMATTED = '\x01format';

function viewOf(item: unknown): string | undefined {
  const shape = shapeOf(item);
  if (shape.kind === 'hashtable') return 'DictionaryEntry';
  if (shape.kind === 'view') return shape.key;
  if (item instanceof PSObject && LIST_VIEWS[item.typeName]) return item.typeName;
  if (item instanceof TimeSpanValue) return item.typeName;
  return undefined;
}

function openDoc(item: unknown, shape: Shape): Doc {
  const view = viewOf(item);
  if (shape.kind === 'list') return { kind: 'list', view, records: [listRecord(item)] };
  if (shape.kind === 'hashtable') return { kind: 'table', view, columns: HASHTABLE_COLUMNS, rows: hashtableRows(item as PSHashtable) };
  const columns: TableColumn[] = shape.kind === 'view' ? shape.columns : (shape as { names: string[] }).names.map((n) => ({ header: n }));
  const groupBy = shape.kind === 'view' ? GROUP_BY[shape.key] : undefined;
  return { kind: 'table', view, columns, rows: [rowOf(item, columns)], groupBy, group: groupBy ? propertyValue(item, groupBy) : undefined, type: objectType(item) };
}

/** The .NET type an object is formatted as (every custom object is a PSCustomObject, whatever its pstypenames). */
function objectType(item: unknown): string {
  return item instanceof PSObject ? item.typeName : typeNameOf(item);
}

/**
 * pwsh sizes a table from the objects it holds until one of another type arrives: that object and all
 * later ones are written in the widths the earlier ones gave (`Get-Alias h` after custom objects).
 */
function fixSizeAt(doc: Doc, item: unknown): void {
  if (doc.kind !== 'table' || doc.sizeRows !== undefined || objectType(item) === doc.type) return;
  doc.sizeRows = doc.rows.filter((r) => 'cells' in r).length;
}

function rowOf(o: unknown, columns: readonly TableColumn[]): TableRow {
  // A column that shows another property falls back to its header's where the object lacks it (an
  // ExternalScriptInfo has no DisplayName: pwsh's CommandInfo view shows its Name).
  return { cells: columns.map((c) => (c.property ? (propertyValue(o, c.property) ?? propertyValue(o, c.header)) : propertyValue(o, c.header))) };
}

/** Adds an object of the document's view (or any object, to a document of properties). */
function join(doc: Doc, item: unknown): void {
  if (doc.kind === 'list') {
    // A hashtable in a list of other objects: its entries with every property (pwsh: Key, Value, then Name).
    if (item instanceof PSHashtable) for (const [k, v] of item.entries()) doc.records.push({ pairs: [['Key', k], ['Value', v], ['Name', k]] });
    else doc.records.push(listRecord(item));
  } else if (item instanceof PSHashtable) {
    doc.rows.push(...(doc.view ? hashtableRows(item) : entryRows(item, doc.columns)));
  } else {
    doc.rows.push(rowOf(item, doc.columns));
  }
}

/** A line of text written while a document is open (a scalar, an error, an object without properties). */
function addLine(doc: Doc, line: string): void {
  if (doc.kind === 'list') doc.records.push({ line });
  else doc.rows.push({ line });
}

/** An object the open view does not apply to: its own list, out of band (a hashtable: each entry). */
function addOutOfBand(doc: Doc, item: unknown): void {
  const lists: Array<Array<[string, unknown]>> =
    // A hashtable's entries: DictionaryEntry's Key and Value, then the Name its type data adds (pwsh).
    item instanceof PSHashtable ? item.entries().map(([k, v]) => [['Key', k], ['Value', v], ['Name', k]]) : [outOfBandPairs(item)];
  for (const outOfBand of lists) {
    if (doc.kind === 'list') doc.records.push({ outOfBand });
    else doc.rows.push({ outOfBand });
  }
}

function docBlock(doc: Doc): Block {
  if (doc.kind === 'list') return { kind: 'list', records: doc.records };
  return { kind: 'table', columns: doc.columns, rows: doc.rows, ...doc.flags, wrap: doc.view === PS_METHOD || doc.flags?.wrap === true, sizeRows: doc.sizeRows };
}

/** Formats a sequence of output objects as PowerShell's Out-Default would print it. */
export function formatOutput(values: readonly unknown[], options: FormatOptions): string {
  // The console leaves its last column free so a full line does not wrap.
  return formatText(values, { ...options, width: options.width - 1 });
}

/**
 * The formatted text at exactly `options.width` columns (Out-String -Width). As pwsh's Out-Default:
 * scalars, errors and objects without properties are written as text wherever they come; the first
 * other object opens a document (a table or a list, by its view or its number of properties) that
 * later objects join when its view applies to them, or else are written out of band as a list of their
 * own; the document is closed (a table's blank line) at the end. Dates, Format-* output and the fixed
 * views (format-views.ts) print as their own groups.
 */
export function formatText(values: readonly unknown[], options: FormatOptions): string {
  // All at once: no time passes, so a table is sized to all its rows.
  // Format objects out of order throw FormatSequenceError: the executor makes it the statement's error.
  const outDefault = new OutDefault(options, () => 0);
  return outDefault.write(values) + outDefault.end();
}

/** The view of consecutive DateTime values (not a type's view name; a one-line custom view's is `\0<type name>`). */
const DATES = '\0dates';

/**
 * An object whose format data is a custom view: one line each (MatchInfo sets `viewLine`), or text that
 * a custom control lays out for the line width (CommandParameterSetInfo sets `viewLine` to a function of
 * the width, which its long values wrap at).
 */
function viewLineOf(item: unknown, width: number): string | undefined {
  const line = item instanceof PSObject ? (item as { viewLine?: unknown }).viewLine : undefined;
  if (typeof line === 'function') return String((line as (width: number) => string).call(item, width));
  return typeof line === 'string' ? line : undefined;
}

/** The view key prefix of objects whose view is chosen by type name and shared by a group (sharedViewOf). */
const SHARED = '\0view:';

/** An object whose view is chosen by its first type name, and that can print in another such view (help objects). */
interface SharedView {
  readonly viewName: string;
  /** The object's lines in the view of that name, or undefined when that view does not apply to it. */
  viewLineIn(view: string, width: number): string | undefined;
}

function sharedViewOf(item: unknown): SharedView | undefined {
  return item instanceof PSObject && hasViewLine(item) && typeof (item as Partial<SharedView>).viewLineIn === 'function' ? (item as unknown as SharedView) : undefined;
}

/** Whether the object has such a view (without laying out its text: a help topic's is a whole page). */
function hasViewLine(item: unknown): boolean {
  const line = item instanceof PSObject ? (item as { viewLine?: unknown }).viewLine : undefined;
  return typeof line === 'string' || typeof line === 'function';
}

/** The Format-* output Out-Default is printing: its shape, whether a group is open, how many closed. */
type FormatState = { shape: FormatShape; inGroup: boolean; groups: number; blankOwed?: boolean };

/** How long pwsh's Out-Default holds a content-sized table's rows to size its columns (its grouping queue). */
const GROUPING_MS = 300;

/**
 * Out-Default for output that arrives over time (a statement's objects as they are written): the text
 * that can be printed at once is returned by each write. Text outside a document prints at once; a
 * list, and a table of a view with fixed widths, print as their objects arrive; a table sized to its
 * contents is held until it ends or, as in pwsh, until an object arrives more than 300 ms after the
 * first: then it is sized to the rows so far, and later rows print at once in those widths.
 */
export class OutDefault {
  #doc: Doc | undefined;
  /** How much of the open document has been printed (and, for a table, its layout). */
  #printed: { count: number; layout?: TableLayout } | undefined;
  #openedAt = 0;
  /** The blank line that starts a table, written when the table opens (its header waits for its widths). */
  #blankWritten = false;
  /** Consecutive objects of one fixed view (format-views.ts): one header, then a row per object as it comes. */
  #group: { key: string; printer: GroupPrinter } | undefined;
  /** The Format-* output being printed (format-data.ts): its shape, whether a group is open, how many closed. */
  #format: FormatState | undefined;
  /** Format-Wide's open group: the values of the row not yet printed (with autoSize, all of the group's). */
  #wide: { texts: string[]; widths?: number[] } | undefined;
  /**
   * Whether a table sized to its contents has been printed: from then on pwsh's out-lineoutput sizes every
   * table to its contents, those of views with fixed widths (a hashtable's 30-wide Name) too.
   */
  #contentSized = false;

  constructor(
    readonly options: FormatOptions,
    readonly clock: () => number = Date.now,
  ) {}

  write(values: readonly unknown[]): string {
    let out = '';
    try {
      // Out-Default enumerates each object it receives, once: a null it receives is dropped, a null
      // inside a collection prints as an empty line, an array inside one prints as an object.
      for (const v of values) {
        if (v === null || v === undefined || isEmptyHashtable(v)) continue;
        const items = Array.isArray(v) ? v : formatterItems(v);
        if (items) for (const x of items) out += isEmptyHashtable(x) ? '' : this.#add(x ?? null);
        else out += this.#add(v);
      }
    } catch (e) {
      // Format objects out of order: what was printed before them stays printed.
      if (e instanceof FormatSequenceError) e.before = out;
      throw e;
    }
    return out;
  }

  /** The rest: held objects, and the end of the open document. */
  end(): string {
    // Format-* output cut short (`Select-Object -First`) prints what it has (pwsh: no error at the end).
    const cut = this.#format?.inGroup === true;
    this.#format = undefined;
    // Format-Wide cut short: a row it holds unfilled is dropped; held for -AutoSize, its values are laid
    // out in the default two columns (pwsh's out-lineoutput).
    if (this.#wide) {
      const wide = this.#wide;
      if (wide.widths) wide.texts = [];
      else wide.widths = wideColumnWidths([], 2, this.options.width);
      return this.#wideRest();
    }
    const doc = this.#doc;
    if (!cut || doc?.kind !== 'table' || this.#printed) return this.#flushGroup() + this.#close();
    // A table group that never got its GroupEndData: pwsh's out-lineoutput lays out the rows it held
    // without sizing them to their contents (the line shared equally by the columns) and writes no
    // blank line after them.
    doc.columns = equalWidths(doc.columns, this.options.width);
    doc.flags = { ...doc.flags, autoSize: false };
    const out = this.#close();
    return this.#flushGroup() + (out.endsWith('\n\n') ? out.slice(0, -1) : out);
  }

  /**
   * What must print before an error (or a record merged from another stream) that comes between two
   * objects: pwsh's Out-Default receives it in order with them, so a table held for its widths prints
   * its rows so far, sized to them, and later rows join it in those widths (the document stays open).
   */
  release(): string {
    if (!this.#doc || this.#printed) return '';
    return this.#progress(true);
  }

  /**
   * An error ends the script: pwsh stops its Out-Default there, so rows it held for their widths are
   * never printed and the open table or list is not closed (what was printed stays).
   */
  discard(): void {
    this.#group = undefined;
    this.#format = undefined;
    this.#forgetDoc();
  }

  #add(given: unknown): string {
    // A string or number with instance members (Add-Member -PassThru) prints as itself.
    const item = given instanceof WrappedValue ? given.base : given;
    if (item instanceof FormatData) return this.#addFormat(item);
    // An object that needs a table or list of its own ends the one a Format-* command opened (pwsh
    // closes it and opens its own); text prints inside it.
    if (!this.#format || isLineItem(item)) return this.#addObject(item);
    const out = this.#close();
    this.#format = undefined;
    return out + this.#addObject(item);
  }

  /**
   * Format-Table's and Format-List's objects (format-data.ts), checked for their order as pwsh's
   * out-lineoutput does: a FormatStartData opens the document (its blank line prints at once), each
   * GroupStartData a table or list (under its -GroupBy line) that the entries join and the GroupEndData
   * closes, and the FormatEndData ends it. Out-of-band entries (text, objects the view does not fit)
   * print wherever they come.
   */
  #addFormat(item: FormatData): string {
    const format = this.#format;
    if (item instanceof FormatStartData) {
      if (format) throw new FormatSequenceError(item);
      const out = this.#flushGroup() + this.#close();
      this.#format = { shape: item.shape, inGroup: false, groups: 0 };
      this.#blankWritten = true;
      return out + '\n';
    }
    if (format?.shape.kind === 'wide' && (item instanceof GroupStartData || item instanceof GroupEndData || (item instanceof FormatEntryData && !item.outOfBand))) {
      return this.#addWide(format, item);
    }
    if (item instanceof FormatEntryData) {
      const doc = this.#doc;
      if (!item.outOfBand) {
        if (!format?.inGroup || !doc) throw new FormatSequenceError(item);
        if (('cells' in item.entry) !== (doc.kind === 'table')) throw new FormatSequenceError(item, WRONG_SHAPE_MESSAGE);
      } else if (!doc) {
        return this.#flushGroup() + listRecordText(item.entry as ListRecord, this.options.listWidth ?? this.options.width, this.options.color);
      }
      if (doc!.kind === 'list') doc!.records.push(item.entry as ListRecord);
      else doc!.rows.push(item.entry as TableRow);
      return this.#progress();
    }
    if (item instanceof GroupStartData) {
      if (!format || format.inGroup) throw new FormatSequenceError(item);
      format.inGroup = true;
      const { shape } = format;
      const group = item.group;
      if (shape.kind === 'list') {
        this.#doc = { kind: 'list', view: FORMATTED, records: [], heading: group ? `\n${headingLines(group.heading ?? `   ${group.label}: ${group.value}`, this.options.width)}\n` : undefined };
        // A list group after another starts after the blank line that one ended with (pwsh).
        if (format.groups > 0) this.#blankWritten = true;
      } else if (shape.kind === 'table') {
        const { hideHeaders, wrap, autoSize } = shape;
        this.#doc = { kind: 'table', view: FORMATTED, columns: shape.columns, rows: [], groupBy: group?.label, group: group?.value, heading: group?.heading, flags: { hideHeaders, wrap, autoSize } };
        // A table group after another shares the blank line that table ended with (pwsh).
        if (format.groups > 0) this.#blankWritten = true;
      }
      this.#openedAt = this.clock();
      return this.#progress();
    }
    if (item instanceof GroupEndData) {
      if (!format?.inGroup) throw new FormatSequenceError(item);
      format.inGroup = false;
      format.groups++;
      // A table group ends without its blank line: the FormatEndData writes it, or the entry that ends a
      // group before another (format-writer.ts) already has.
      // A table printed row by row (a view's fixed widths) has already printed that entry's blank line.
      const doc = this.#doc;
      const last = doc?.kind === 'table' && this.#printed ? doc.rows[doc.rows.length - 1] : undefined;
      const blankPrinted = last !== undefined && 'line' in last && last.line === '';
      let out = this.#close();
      format.blankOwed = this.#closedTable && (out.endsWith('\n\n') || (blankPrinted && out.endsWith('\n')));
      if (format.blankOwed) out = out.slice(0, -1);
      return out;
    }
    if (!format || format.inGroup || !(item instanceof FormatEndData)) throw new FormatSequenceError(item);
    this.#format = undefined;
    // Format-Custom's document ends with a blank line of its own (pwsh's complex writer).
    return format.blankOwed || (format.shape.kind === 'list' && format.shape.custom) ? '\n' : '';
  }

  /**
   * Format-Wide's group: its heading (`   Label: value` and a blank line) as it opens, each row as it fills
   * (with autoSize, every row once the group ends and its widest value is known), the short last row at
   * its end. The document ends with a blank line.
   */
  #addWide(format: FormatState, item: FormatData): string {
    const shape = format.shape as Extract<FormatShape, { kind: 'wide' }>;
    const width = this.options.width;
    if (item instanceof GroupStartData) {
      if (format.inGroup) throw new FormatSequenceError(item);
      format.inGroup = true;
      // Without -Column, a content-sized table or wide view printed before makes this one content-sized too (pwsh's out-lineoutput).
      const autoSize = shape.autoSize || (shape.columns === undefined && this.#contentSized);
      if (autoSize) this.#contentSized = true;
      this.#wide = { texts: [], widths: autoSize ? undefined : wideColumnWidths([], shape.columns ?? 2, width) };
      const group = item.group;
      return this.#flushGroup() + this.#close() + (group ? `${group.heading ?? `   ${group.label}: ${group.value}`}\n\n` : '');
    }
    const wide = this.#wide;
    if (!format.inGroup || !wide) throw new FormatSequenceError(item);
    if (item instanceof FormatEntryData) {
      if (!('cells' in item.entry)) throw new FormatSequenceError(item, WRONG_SHAPE_MESSAGE);
      wide.texts.push(listCellText(item.entry.cells[0]));
      if (!wide.widths || wide.texts.length < wide.widths.length) return '';
      const row = wideRowText(wide.texts, wide.widths) + '\n';
      wide.texts = [];
      return row;
    }
    format.inGroup = false;
    format.groups++;
    format.blankOwed = true;
    // The blank line its FormatStartData wrote is not the one a table after it starts with.
    this.#blankWritten = false;
    return this.#wideRest();
  }

  /** The rows of the open Format-Wide group not printed yet. */
  #wideRest(): string {
    const wide = this.#wide;
    this.#wide = undefined;
    if (!wide?.texts.length) return '';
    const widths = wide.widths ?? wideColumnWidths(wide.texts, 'auto', this.options.width);
    let out = '';
    for (let i = 0; i < wide.texts.length; i += widths.length) out += wideRowText(wide.texts.slice(i, i + widths.length), widths) + '\n';
    return out;
  }

  #addObject(item: unknown): string {
    const { options } = this;
    const shape = item === null ? undefined : shapeOf(item);
    // A date among objects of a table or list of their properties joins it as any object (in a table
    // of other properties, an empty row); elsewhere it prints in a group of dates.
    if (item instanceof DateTimeValue && this.#doc && this.#doc.view === undefined) {
      fixSizeAt(this.#doc, item);
      join(this.#doc, item);
      return this.#progress();
    }
    // While a built-in view's table is open (a directory listing, Get-Module -ListAvailable), pwsh's
    // Out-Default keeps it: an object of another type (a custom object, a date, a drive) is written
    // out of band as a list of its own, and later objects of the view's type join the table again.
    const openView = this.#group ? tableViewName(this.#group.key) : undefined;
    // A module of Get-Module -ListAvailable is still a PSModuleInfo: it joins Get-Module's table as a row.
    if (openView === MODULE_INFO && item instanceof PSObject && item.typeName === MODULE_INFO && shape?.kind === 'fixed' && tableViewName(shape.key) !== openView) {
      return this.#group!.printer.row(item);
    }
    if (openView !== undefined && item !== null && !(shape?.kind === 'fixed' && tableViewName(shape.key) === openView) && isOutOfBandInGroup(item, shape)) {
      const held = this.#group!.printer.flush?.() ?? '';
      const lists = item instanceof PSHashtable ? item.entries().map(([k, v]): Array<[string, unknown]> => [['Key', k], ['Value', v], ['Name', k]]) : [outOfBandPairs(item)];
      return held + lists.map((outOfBand) => listRecordText({ outOfBand }, options.listWidth ?? options.width, options.color)).join('');
    }
    if (item instanceof DateTimeValue) return this.#flushGroup() + this.#addDate(scalarText(item), DATES);
    const shared = sharedViewOf(item);
    if (shared) return this.#flushGroup() + this.#addShared(item as PSObject, shared);
    const viewLine = viewLineOf(item, options.width);
    if (viewLine !== undefined) return this.#flushGroup() + this.#addDate(viewLine, `\0${(item as PSObject).typeName}`);
    const groupKey = shape?.kind === 'fixed' ? shape.key : undefined;
    if (groupKey !== undefined && this.#group?.key === groupKey) return this.#group.printer.row(item);
    // A table or list of properties that is open (its first object had no view) takes an object of a type
    // with a view of its own (a file, a drive) as any object: a row of its columns, or a list of its default
    // properties (pwsh 7.6.10: `[pscustomobject]@{Name='x'}, (Get-Item a.txt)` is one table of Name).
    // Its widths take the object's cells into account (pwsh 7.6.10, unlike an object of another type with no view).
    if (groupKey !== undefined && !this.#group && this.#doc && this.#doc.view === undefined) {
      join(this.#doc, item);
      return this.#progress();
    }
    // Text among a view's rows prints in place and the table goes on (`Get-ChildItem; 'done'`): its closing
    // blank line comes when it ends, as pwsh's out-lineoutput writes an out-of-band line.
    if (this.#group && shape?.kind === 'scalar') return (this.#group.printer.flush?.() ?? '') + scalarText(item) + '\n';
    // A new group of the same view (the next folder's files) follows the last one's closing blank line
    // without a second one (pwsh: `Get-Item d/x, e/y`, `Get-ChildItem -Recurse`).
    const sameView = groupKey !== undefined && this.#group !== undefined && viewOfKey(this.#group.key) === viewOfKey(groupKey);
    let out = this.#flushGroup();
    if (groupKey !== undefined) {
      out += this.#close();
      // The fixed views measure the console's full width (they leave its last column free themselves).
      // After a table sized to its contents, a view's table is sized to its contents too (pwsh's out-lineoutput).
      const printer = (shape as Extract<Shape, { kind: 'fixed' }>).view.open(options.width + 1, options.color, listCellText, this.#contentSized);
      this.#group = { key: groupKey, printer };
      const head = sameView && out.endsWith('\n') && printer.head.startsWith('\n') ? printer.head.slice(1) : printer.head;
      return out + head + printer.row(item);
    }
    const line =
      item === null || shape?.kind === 'scalar'
        ? scalarText(item)
        : shape?.kind === 'error'
          ? renderError(item as ErrorRecord, { view: options.errorView, width: options.width + 1, color: options.color })
          : isPropertyless(item)
            ? item instanceof PSObject && item.typeName === PS_CUSTOM_OBJECT
              ? ''
              : toPSString(item)
            : undefined;
    const doc = this.#doc;
    if (line !== undefined) {
      if (!doc) return out + line + '\n';
      addLine(doc, line);
    } else if (!doc) {
      this.#doc = openDoc(item, shape!);
      this.#openedAt = this.clock();
    } else if (doc.view !== undefined && viewOf(item) !== doc.view) {
      fixSizeAt(doc, item);
      addOutOfBand(doc, item);
    } else if (doc.kind === 'table' && doc.groupBy && propertyValue(item, doc.groupBy) !== doc.group) {
      out += this.#close();
      this.#doc = openDoc(item, shape!);
      this.#openedAt = this.clock();
      // The blank line that ends the closed group's table is the one the next group starts with (pwsh).
      this.#blankWritten = out.endsWith('\n');
    } else {
      fixSizeAt(doc, item);
      join(doc, item);
    }
    return out + this.#progress();
  }

  /**
   * DateTime has a view of its own in pwsh's format data: a group that starts and ends with a blank line,
   * printed as its dates arrive; plain values print inside it, other objects as lists out of band. Objects
   * with a one-line custom view (MatchInfo: `viewLine`) print the same way, a group per view.
   */
  #addDate(line: string, view: string): string {
    const doc = this.#doc;
    if (doc?.view === view) {
      addLine(doc, line);
      return this.#progress();
    }
    const out = this.#close();
    this.#doc = { kind: 'list', view, records: [{ line }] };
    return out + this.#progress();
  }

  /**
   * An object of a view chosen by type name (help objects): the first one's view is the group's, and
   * later ones print in it when it applies to them (their type names include the view's), else as a
   * list of their properties, out of band, as pwsh's Out-Default does (`Get-Help f; Get-Help g -Full`
   * prints g in f's view; `Get-Help f -Examples; Get-Help g -Full` lists g's properties).
   */
  #addShared(item: PSObject, shared: SharedView): string {
    const doc = this.#doc;
    const open = doc?.view?.startsWith(SHARED) ? doc.view.slice(SHARED.length) : undefined;
    if (open === undefined) return this.#addDate(shared.viewLineIn(shared.viewName, this.options.width)!, SHARED + shared.viewName);
    const line = shared.viewLineIn(open, this.options.width);
    if (line !== undefined) addLine(doc!, line);
    else addOutOfBand(doc!, item);
    return this.#progress();
  }

  /** What of the open document can be printed now. */
  #progress(holdEnded = false): string {
    const doc = this.#doc;
    if (!doc) return '';
    const { width, color } = this.options;
    let out = '';
    if (!this.#printed) {
      if (doc.kind === 'list') {
        // A Format-List document's blank line is already written (its FormatStartData's).
        out += this.#afterBlank((doc.heading ?? '') + '\n');
        this.#printed = { count: 0 };
      } else {
        // -AutoSize sizes a view's fixed columns to their contents too: the rows wait as any content-sized table's.
        const sized = this.#sizedByView(doc);
        if (!sized && !holdEnded && this.clock() - this.#openedAt <= GROUPING_MS) {
          // pwsh starts the table's group at once (its blank line), then holds the rows until it knows
          // their widths: text written in between (Write-Host) lands between the blank line and the header.
          if (this.#blankWritten || !doc.columns.length) return '';
          this.#blankWritten = true;
          return '\n';
        }
        const layout = tableLayout(docBlock(doc) as Extract<Block, { kind: 'table' }>, width, color);
        if (!sized) this.#contentSized = true;
        out += this.#afterBlank(groupHeader(doc, width) + tableHead(layout));
        this.#printed = { count: 0, layout };
      }
    }
    const printed = this.#printed;
    const entries: ReadonlyArray<TableRow | ListRecord> = doc.kind === 'list' ? doc.records : doc.rows;
    for (; printed.count < entries.length; printed.count++) {
      const entry = entries[printed.count]!;
      out += printed.layout ? tableRowText(printed.layout, entry as TableRow) : listRecordText(entry as ListRecord, this.options.listWidth ?? width, color);
    }
    return out;
  }

  /** Whether the document the last #close closed was a table. */
  #closedTable = false;

  #close(): string {
    const doc = this.#doc;
    this.#closedTable = doc?.kind === 'table';
    if (!doc) return '';
    if (!this.#printed && doc.kind === 'table' && !this.#sizedByView(doc)) this.#contentSized = true;
    const out = this.#printed
      ? this.#progress() + ((doc.kind === 'table' && this.#printed.layout?.visible.length) || doc.view?.startsWith('\0') ? '\n' : '')
      : this.#afterBlank(groupHeader(doc, this.options.width) + renderBlock(docBlock(doc), doc.kind === 'list' ? this.options.listWidth ?? this.options.width : this.options.width, this.options.color));
    this.#forgetDoc();
    return out;
  }

  /** Whether a table keeps its view's column widths; once a content-sized table has printed, none does (see #contentSized). */
  #sizedByView(doc: Extract<Doc, { kind: 'table' }>): boolean {
    if (doc.columns[0]?.width === undefined || doc.flags?.autoSize === true) return false;
    if (!this.#contentSized) return true;
    doc.flags = { ...doc.flags, autoSize: true };
    return false;
  }

  /** No document is open any more (closed, or dropped by discard). */
  #forgetDoc(): void {
    this.#doc = undefined;
    this.#printed = undefined;
    this.#blankWritten = false;
  }

  /** A table's text without the blank line it starts with, when that line is already written. */
  #afterBlank(text: string): string {
    return this.#blankWritten && text.startsWith('\n') ? text.slice(1) : text;
  }

  #flushGroup(): string {
    const group = this.#group;
    if (!group) return '';
    this.#group = undefined;
    return group.printer.tail;
  }
}

/** The view part of a fixed view's group key (`FileSystem|<folder>`: FileSystem). */
function viewOfKey(key: string): string {
  const bar = key.indexOf('|');
  return bar < 0 ? key : key.slice(0, bar);
}

/** Columns that share a line of `width` equally (the first ones get what does not divide), keeping a view's widths. */
function equalWidths(columns: readonly TableColumn[], width: number): TableColumn[] {
  if (columns.some((c) => c.width !== undefined) || columns.length === 0) return [...columns];
  const room = width - (columns.length - 1);
  const each = Math.floor(room / columns.length);
  const extra = room % columns.length;
  return columns.map((c, i) => ({ ...c, width: each + (i < extra ? 1 : 0) }));
}

/** Text Out-Default prints as a line of its own, even inside a table or list a Format-* command opened. */
function isLineItem(item: unknown): boolean {
  if (item === null) return true;
  if (item instanceof DateTimeValue || hasViewLine(item)) return false;
  const kind = shapeOf(item).kind;
  return kind === 'scalar' || kind === 'error' || isPropertyless(item);
}

/** The line Format-Table and Format-List write for a value without properties (a number, a string), as Out-Default prints it. */
export function scalarLine(value: unknown): string {
  return scalarText(value ?? null);
}

/** The `   TypeName: X` line above a table of a view grouped by a property (Get-Member), or the view's own (`    Directory: /path`). */
function groupHeader(doc: Doc, width: number): string {
  if (doc.kind === 'table' && doc.heading !== undefined) return `\n${headingLines(doc.heading, width)}\n`;
  return doc.kind === 'table' && doc.groupBy ? `\n${headingLines(`   ${doc.groupBy}: ${toPSString(doc.group)}`, width)}\n` : '';
}

function scalarText(value: unknown): string {
  if (value === null) return '';
  if (typeof value === 'number') return formatNumber(value);
  // PowerShell's DateTime view: long date and long time (the DisplayHint of Get-Date's output).
  if (value instanceof DateTimeValue) return value.displayText(value.displayHint);
  return toPSString(value);
}

/** Whether Out-Default prints the value as a line of text rather than a table or list. */
export function isScalarOutput(value: unknown): boolean {
  const kind = shapeOf(value).kind;
  return kind === 'scalar' || kind === 'error';
}

/** Format-Table's columns when no -Property is given: the type's view, or its default properties. */
export function defaultTableColumns(value: unknown): TableColumn[] {
  const shape = shapeOf(value);
  if (shape.kind === 'view') return shape.columns;
  if (shape.kind === 'fixed') {
    const columns = fixedTableColumns(value);
    if (columns) return columns;
  }
  if (shape.kind === 'hashtable') return HASHTABLE_COLUMNS;
  if (value instanceof PSObject && LIST_VIEWS[value.typeName]) return LIST_VIEWS[value.typeName]!.map((header) => ({ header }));
  // A DateTime has no table view: its properties, as its list shows them.
  if (value instanceof DateTimeValue) return dateTimeListNames(value).map((header) => ({ header }));
  return defaultPropertyNames(value).map((header) => ({ header }));
}

/** The view an object's type has (its table or list in format data), if any: Format-Table keeps to it. */
export function formatViewOf(value: unknown): string | undefined {
  return viewOf(value);
}

/** The property a view starts a new group at (Get-Member's TypeName), for Format-Table without -Property. */
export function formatGroupByOf(view: string | undefined): string | undefined {
  return view === undefined ? undefined : GROUP_BY[view];
}

/** An object a table's view does not apply to, as Format-Table writes it: its own list(s), out of band; an object without properties as its text. */
export function outOfBandRows(value: unknown): TableRow[] {
  if (isPropertyless(value)) return [{ line: value instanceof PSObject && value.typeName === PS_CUSTOM_OBJECT ? '' : toPSString(value) }];
  const rows: TableRow[] = [];
  const doc: Doc = { kind: 'table', columns: [], rows };
  addOutOfBand(doc, value);
  return rows;
}

/** Format-List's entries when no -Property is given. */
export function defaultListRecord(value: unknown): ListRecord {
  return listRecord(value);
}

export type { TableColumn, TableRow, ListRecord } from './format-blocks.js';
