// Fixed views from PowerShell 7.6's format data for the objects that Get-ChildItem, Get-Module and
// the X509Certificate2 type produce, with their group headers (`Directory:`, `PSParentPath:`):
//   X509Certificate2   ThumbprintTable: Thumbprint 41, Subject 20, EnhancedKeyUsageList (rest)
//   FileSystemInfo     childrenWithUnixStat: UnixMode 10, User 10 right, Group 10, LastWriteTime 16
//                      right, Size 12 right, Name (rest)
//   PSModuleInfo       Module: ModuleType 10, Version 10, PreRelease 10, Name 35, ExportedCommands
//   ModuleInfoGrouping the same with PSEdition 9 before ExportedCommands, grouped by directory
//                      FileSystemTypes list view: Name, Length, CreationTime, LastWriteTime, LastAccessTime,
//                      Mode, LinkType, Target, VersionInfo for files; folders the same without Length and VersionInfo
//   DateTime           its long form on a line of its own, with a blank line before and after
//   PSDriveInfo        drive: Name 10, Used (GB) 13 right, Free (GB) 13 right, Provider 13, Root 35,
//                      CurrentLocation (rest, right)
//   Version            Major 6, Minor 6, Build 6, Revision (rest), all left-aligned ($Host.Version)
//   SemanticVersion    Major 6, Minor 6, Patch 6, PreReleaseLabel 15, BuildLabel ($PSVersionTable.PSVersion;
//                      pwsh declares BuildLabel 11 wide but leaves it unpadded, as an unsized last column)
// Layout rules observed in pwsh: columns are separated by one space and the table fills the console
// width less one; a column with a width is padded even when last; the last, unsized column takes the
// rest and is not padded (an empty value leaves the separator's trailing space); a header wider than
// its column wraps onto further header lines; a sized column is cut to the room left and one with
// no room left is dropped; a right-aligned cell that does not fit keeps its end (`…p`).

import { PSHashtable, PSObject } from './values.js';
import { DateTimeValue } from './datetime.js';
import { headingLines, type TableColumn } from './format-blocks.js';

export interface FixedView {
  /** Values with the same key print as one table under one group header. */
  key: string;
  /**
   * The group's printer at a console width: its header, then one row per value as it arrives (pwsh prints
   * a fixed view's rows at once, so text written between two objects lands between their rows), then
   * its end. `cellText` is format.ts's cell text (passed in: format.ts imports this file).
   */
  open(width: number, color: boolean, cellText: CellText, autoSize?: boolean): GroupPrinter;
}

export interface GroupPrinter {
  head: string;
  row(value: unknown): string;
  /** What ends the group (an auto-sized table: all of it, its rows held until then). */
  readonly tail: string;
  /** An auto-sized table's rows so far, printed before something else is written (later rows keep their widths). */
  flush?(): string;
}

type CellText = (value: unknown) => string;

interface ViewColumn {
  header: string;
  width?: number;
  right?: boolean;
  /** The view's <Wrap/>: a longer cell goes on under itself, cut at the column's width (the last column only). */
  wrap?: boolean;
  cell(o: PSObject, color: boolean, cellText: CellText): string;
}

const HEADER_COLOR = '\x1b[32;1m';
const RESET = '\x1b[0m';

const prop = (name: string) => (o: PSObject, _color: boolean, cellText: CellText) => cellText(o.get(name));

const CERTIFICATE_COLUMNS: ViewColumn[] = [
  { header: 'Thumbprint', width: 41, cell: prop('Thumbprint') },
  { header: 'Subject', width: 20, cell: prop('Subject') },
  // `$_.EnhancedKeyUsageList.FriendlyName`
  { header: 'EnhancedKeyUsageList', cell: (o, _c, cellText) => usageNames(o.get('EnhancedKeyUsageList'), cellText) },
];

const FILE_COLUMNS: ViewColumn[] = [
  { header: 'UnixMode', width: 10, cell: prop('UnixMode') },
  { header: 'User', width: 10, right: true, cell: prop('User') },
  { header: 'Group', width: 10, cell: prop('Group') },
  { header: 'LastWriteTime', width: 16, right: true, cell: (o, _c, cellText) => shortDateTime(o.get('LastWriteTime'), cellText) },
  { header: 'Size', width: 12, right: true, cell: prop('Size') },
  { header: 'Name', wrap: true, cell: (o, color, cellText) => fileName(o, color, cellText) },
];

const MODULE_COLUMNS: ViewColumn[] = [
  { header: 'ModuleType', width: 10, cell: prop('ModuleType') },
  { header: 'Version', width: 10, cell: prop('Version') },
  { header: 'PreRelease', width: 10, cell: prop('PreRelease') },
  { header: 'Name', width: 35, cell: prop('Name') },
  // pwsh's view shows `$_.ExportedCommands.Keys`: the names.
  { header: 'ExportedCommands', cell: (o, _color, cellText) => cellText(exportedNames(o.get('ExportedCommands'))) },
];

// A script block's output: one name alone is shown bare, none is a blank cell (pwsh 7.6.10, a script module).
const exportedNames = (value: unknown): unknown => {
  if (!(value instanceof PSHashtable)) return value;
  const keys = value.keys();
  return keys.length === 0 ? null : keys.length === 1 ? keys[0] : keys;
};

/** `{0:###0.00}` of bytes in GB, blank when the drive has neither (not a file system drive). */
const gigabytes = (name: string) => (o: PSObject) => {
  const used = o.get('Used');
  const free = o.get('Free');
  const value = o.get(name);
  return (used || free) && typeof value === 'number' ? (value / 2 ** 30).toFixed(2) : '';
};

const DRIVE_COLUMNS: ViewColumn[] = [
  { header: 'Name', width: 10, cell: prop('Name') },
  { header: 'Used (GB)', width: 13, right: true, cell: gigabytes('Used') },
  { header: 'Free (GB)', width: 13, right: true, cell: gigabytes('Free') },
  { header: 'Provider', width: 13, cell: (o, _c, cellText) => cellText((o.get('Provider') as PSObject | undefined)?.get('Name')) },
  { header: 'Root', width: 35, cell: (o, _c, cellText) => cellText(o.get('DisplayRoot') ?? o.get('Root')) },
  { header: 'CurrentLocation', right: true, cell: prop('CurrentLocation') },
];

const VERSION_COLUMNS: ViewColumn[] = [
  { header: 'Major', width: 6, cell: prop('Major') },
  { header: 'Minor', width: 6, cell: prop('Minor') },
  { header: 'Build', width: 6, cell: prop('Build') },
  { header: 'Revision', cell: prop('Revision') },
];

const SEMANTIC_VERSION_COLUMNS: ViewColumn[] = [
  { header: 'Major', width: 6, cell: prop('Major') },
  { header: 'Minor', width: 6, cell: prop('Minor') },
  { header: 'Patch', width: 6, cell: prop('Patch') },
  { header: 'PreReleaseLabel', width: 15, cell: prop('PreReleaseLabel') },
  { header: 'BuildLabel', cell: prop('BuildLabel') },
];

/** PSEdition: the module's CompatiblePSEditions with Desktop as `Desk` (`Core,Desk`), `Desk` when it names none (pwsh's view). */
const psEditions = (o: PSObject): string => {
  const editions = o.get('CompatiblePSEditions');
  return Array.isArray(editions) && editions.length ? editions.map((e) => (String(e) === 'Desktop' ? 'Desk' : String(e))).join(',') : 'Desk';
};
const MODULE_LISTING_COLUMNS: ViewColumn[] = [...MODULE_COLUMNS.slice(0, 4), { header: 'PSEdition', width: 9, cell: psEditions }, MODULE_COLUMNS[4]!];

const FILE_LIST_PROPERTIES = ['Name', 'Length', 'CreationTime', 'LastWriteTime', 'LastAccessTime', 'Mode', 'LinkType', 'Target', 'VersionInfo'];
const FOLDER_LIST_PROPERTIES = ['Name', 'CreationTime', 'LastWriteTime', 'LastAccessTime', 'Mode', 'LinkType', 'Target'];

/** Whether a value is a FileInfo or DirectoryInfo, which the FileSystem provider's views show. */
export function isFileSystemItem(value: unknown): value is PSObject {
  return value instanceof PSObject && (value.typeName === 'System.IO.FileInfo' || value.typeName === 'System.IO.DirectoryInfo');
}

/** The FileSystem provider's list view of a file or folder (Format-List without -Property): its lines in order. */
export function fileListPairs(value: unknown): Array<[string, unknown]> | undefined {
  if (!isFileSystemItem(value)) return undefined;
  const names = value.typeName === 'System.IO.FileInfo' ? FILE_LIST_PROPERTIES : FOLDER_LIST_PROPERTIES;
  return names.map((n) => [n, value.get(n)]);
}

/** The folder a file or folder is listed under: its PSParentPath without the provider (`    Directory: /path`). */
export function fileFolderOf(value: unknown): unknown {
  const parent = value instanceof PSObject ? value.get('PSParentPath') : undefined;
  return typeof parent === 'string' ? parent.slice(parent.indexOf('::') + 2) : parent;
}

/**
 * Format-Table's layout of a value whose type has one of these table views (files, certificates, modules,
 * drives): pwsh's Format-Table without -Property uses the type's view, its widths and its grouping, and
 * writes objects the view does not apply to out of band.
 */
export interface TableView {
  /** Which view it is: a later object with another (or none) is written out of band. */
  readonly name: string;
  readonly columns: readonly TableColumn[];
  /** A row's cells as text (uncoloured: Format-Table's cells are the view's values). */
  cells(item: PSObject, cellText: CellText): string[];
  /** The view's grouping: the value a group is made of, and the line over it (`    Directory: /path`). */
  readonly group?: { readonly label: string; valueOf(item: unknown): unknown; heading(item: unknown): string };
}

function tableView(name: string, columns: readonly ViewColumn[], group?: TableView['group']): TableView {
  return {
    name,
    columns: columns.map((c) => ({ header: c.header, width: c.width, align: c.right ? 'right' : 'left', asText: true })),
    cells: (item, cellText) => columns.map((c) => c.cell(item, false, cellText)),
    group,
  };
}

// Made on first use: start-up allocates nothing for them (docs/startup.md, young bytes).
let tableViews: ReturnType<typeof makeTableViews> | undefined;

function makeTableViews() {
  return {
    FileSystem: tableView('FileSystem', FILE_COLUMNS, {
      label: 'PSParentPath',
      valueOf: (item) => fileFolderOf(item),
      heading: (item) => `    Directory: ${String(fileFolderOf(item))}`,
    }),
    ThumbprintTable: tableView('ThumbprintTable', CERTIFICATE_COLUMNS, {
      label: 'PSParentPath',
      valueOf: (item) => (item as PSObject).get('PSParentPath'),
      heading: (item) => `   PSParentPath: ${String((item as PSObject).get('PSParentPath'))}`,
    }),
    ModuleInfoGrouping: tableView('ModuleInfoGrouping', MODULE_LISTING_COLUMNS, {
      label: 'ModuleBase',
      valueOf: (item) => moduleDirectoryOf(item as PSObject),
      heading: (item) => `    Directory: ${String(moduleDirectoryOf(item as PSObject))}`,
    }),
    Module: tableView('Module', MODULE_COLUMNS),
    drive: tableView('drive', DRIVE_COLUMNS),
  };
}

/** The table view Format-Table lays a value out by, when its type has one here. */
export function tableViewOf(value: unknown): TableView | undefined {
  if (!(value instanceof PSObject)) return undefined;
  const TABLE_VIEWS = (tableViews ??= makeTableViews());
  if (value.typeNames?.[0] === 'ModuleInfoGrouping') return TABLE_VIEWS.ModuleInfoGrouping;
  switch (value.typeName) {
    case 'System.IO.FileInfo':
    case 'System.IO.DirectoryInfo':
      return TABLE_VIEWS.FileSystem;
    case 'System.Security.Cryptography.X509Certificates.X509Certificate2':
      return TABLE_VIEWS.ThumbprintTable;
    case 'System.Management.Automation.PSModuleInfo':
      return TABLE_VIEWS.Module;
    case 'System.Management.Automation.PSDriveInfo':
      return TABLE_VIEWS.drive;
    default:
      return undefined;
  }
}

/** The view for a value, when it has one of these. */
export function fixedViewOf(value: unknown): FixedView | undefined {
  if (!(value instanceof PSObject)) return undefined;
  // Get-Module -ListAvailable's modules: PSModuleInfo objects whose first type name is ModuleInfoGrouping.
  if (value.typeNames?.[0] === 'ModuleInfoGrouping') return grouped(value, 'ModuleBase', '    Directory: ', MODULE_LISTING_COLUMNS, 'ModuleInfoGrouping', moduleDirectoryOf(value));
  switch (value.typeName) {
    case 'System.Security.Cryptography.X509Certificates.X509Certificate2':
      return grouped(value, 'PSParentPath', '   PSParentPath: ', CERTIFICATE_COLUMNS);
    case 'System.IO.FileInfo':
    case 'System.IO.DirectoryInfo':
      return grouped(value, 'PSParentPath', '    Directory: ', FILE_COLUMNS, 'FileSystem');
    case 'System.Management.Automation.PSModuleInfo':
      return grouped(value, '', '', MODULE_COLUMNS);
    case 'Microsoft.PowerShell.Commands.X509StoreLocation':
      return listView(value.typeName, ['Location', 'StoreNames']);
    case 'System.Management.Automation.PSDriveInfo':
      return grouped(value, '', '', DRIVE_COLUMNS);
    case 'System.Version':
      return grouped(value, '', '', VERSION_COLUMNS);
    case 'System.Management.Automation.SemanticVersion':
      return grouped(value, '', '', SEMANTIC_VERSION_COLUMNS);
    case 'System.Security.Cryptography.X509Certificates.X509Store':
      return listView(value.typeName, ['Name']);
    case 'Microsoft.PowerShell.Commands.ByteCollection':
      return byteCollectionView(value);
    default:
      return undefined;
  }
}

/**
 * Format-Hex's rows (pwsh 7.6's ByteCollection view), grouped by Label: Offset 16 right, Bytes 47 under a
 * second header line of the column numbers (italic), Ascii the rest (cut with `…`), as pwsh draws it.
 */
function byteCollectionView(value: PSObject): FixedView {
  const label = String(value.get('Label') ?? '');
  return {
    key: `ByteCollection|${label}`,
    open: (width, color) => {
      const paint = (text: string, sgr = HEADER_COLOR) => (color ? `${sgr}${text}${RESET}` : text);
      const italic = '\x1b[32;1;3m';
      const room = Math.max(width - 1 - 65, 1);
      const head =
        `\n   Label: ${label}\n\n` +
        `${paint('          Offset')} ${paint('Bytes'.padEnd(47), italic)}${paint(' Ascii')}\n` +
        `${paint(' '.repeat(16))} ${paint('00 01 02 03 04 05 06 07 08 09 0A 0B 0C 0D 0E 0F', italic)}${paint('')}\n` +
        `${paint('          ------')} ${paint('-'.repeat(47))} ${paint('-----')}\n`;
      return {
        head,
        row: (item) => {
          const o = item as PSObject;
          const ascii = String(o.get('Ascii') ?? '');
          return `${String(o.get('HexOffset'))} ${String(o.get('HexBytes')).padEnd(47)} ${ascii.length > room ? truncate(ascii, room) : ascii}\n`;
        },
        tail: '\n',
      };
    },
  };
}

/** Windows PowerShell's list views for the Cert: drive's locations and stores. */
function listView(typeName: string, names: readonly string[]): FixedView {
  const label = Math.max(...names.map((n) => n.length));
  return {
    key: typeName,
    open: (_width, color, cellText) => ({
      head: '',
      row: (item) => {
        let out = '\n';
        for (const n of names) {
          const head = `${n.padEnd(label)} : `;
          out += `${color ? `${HEADER_COLOR}${head}${RESET}` : head}${cellText((item as PSObject).get(n))}\n`;
        }
        return out;
      },
      tail: '\n',
    }),
  };
}

/**
 * The directory Get-Module -ListAvailable groups a module under: the one holding the module's folder (a
 * folder named after the module, `…/Modules/Microsoft.PowerShell.Utility`), else the module's own base
 * (the built-in SharePoint module's is spo-shell's installation folder: docs/language.md).
 */
function moduleDirectoryOf(value: PSObject): string | undefined {
  const base = value.get('ModuleBase');
  if (typeof base !== 'string') return undefined;
  const name = String(value.get('Name'));
  const cut = Math.max(base.lastIndexOf('/'), base.lastIndexOf('\\'));
  return cut > 0 && base.slice(cut + 1) === name ? base.slice(0, cut) : base;
}

function grouped(value: PSObject, groupProperty: string, label: string, columns: ViewColumn[], keyName = value.typeName, groupValue?: string): FixedView {
  const parent = groupValue ?? (groupProperty ? value.get(groupProperty) : undefined);
  const group = typeof parent === 'string' ? parent : '';
  // The file system's header shows the plain directory, not the provider-qualified PSParentPath.
  const shown = keyName === 'FileSystem' ? group.slice(group.indexOf('::') + 2) : group;
  return {
    key: `${keyName}|${group}`,
    open: (width, color, cellText, autoSize) => {
      const printer = autoSize ? autoSizedTable(columns, color, cellText) : table(columns, width, color, cellText);
      printer.head = (group ? `\n${headingLines(label + shown, width - 1)}\n` : '') + printer.head;
      return printer;
    },
  };
}

function table(all: readonly ViewColumn[], width: number, color: boolean, cellText: CellText): GroupPrinter {
  const available = width - 1;
  const columns: Array<ViewColumn & { size: number }> = [];
  let used = 0;
  for (const c of all) {
    const start = used + (columns.length ? 1 : 0);
    // A sized column is cut to the room left (pwsh: Get-PSDrive's Root at width 80); none left drops it.
    const size = Math.min(c.width ?? available - start, available - start);
    if (size < 1) break;
    columns.push({ ...c, size });
    used = start + columns[columns.length - 1]!.size;
  }
  // pwsh's TableWriter pads every column but the last: in a row the view's last (so the last shown one
  // is padded when the columns after it were dropped), in the header the last shown one.
  const dropped = columns.length < all.length;
  const fit = (text: string, i: number, header = false) => {
    const c = columns[i]!;
    const t = visibleLength(text) > c.size ? (c.right ? truncateStart(text, c.size) : truncate(text, c.size)) : text;
    const pad = ' '.repeat(Math.max(c.size - visibleLength(t), 0));
    if (c.right) return pad + t;
    return i < columns.length - 1 || (dropped && !header) ? t + pad : t;
  };
  const paint = (text: string) => (color ? `${HEADER_COLOR}${text}${RESET}` : text);
  // Headers wider than their column wrap onto more lines.
  const headerLines = Math.max(...columns.map((c) => Math.ceil(c.header.length / c.size)));
  let head = '\n';
  for (let line = 0; line < headerLines; line++) {
    head += columns.map((c, i) => paint(fit(c.header.slice(line * c.size, (line + 1) * c.size), i, true))).join(' ') + '\n';
  }
  head += columns.map((c, i) => paint(fit('-'.repeat(Math.min(c.header.length, c.size)), i))).join(' ') + '\n';
  return {
    head,
    row: (item) => {
      const cells = columns.map((c) => c.cell(item as PSObject, color, cellText));
      const last = columns.length - 1;
      const pieces = columns[last]!.wrap ? wrapPieces(cells[last]!, columns[last]!.size) : [cells[last]!];
      cells[last] = pieces[0]!;
      const indent = ' '.repeat(columns.slice(0, last).reduce((n, c) => n + c.size + 1, 0));
      return [cells.map((text, i) => fit(text, i)).join(' '), ...pieces.slice(1).map((p) => indent + p)].join('\n') + '\n';
    },
    tail: '\n',
  };
}

/**
 * A view's table sized to its contents, as pwsh sizes every table after a content-sized one has printed
 * (`… | Format-Table; Get-ChildItem`): each column as wide as its header or widest cell, the view's
 * alignments kept, the last column unpadded; the rows are held until the group ends.
 */
function autoSizedTable(columns: readonly ViewColumn[], color: boolean, cellText: CellText): GroupPrinter {
  let rows: string[][] = [];
  let sizes: number[] | undefined;
  const last = columns.length - 1;
  const fit = (text: string, i: number) => {
    const pad = ' '.repeat(Math.max(sizes![i]! - visibleLength(text), 0));
    return columns[i]!.right ? pad + text : i === last ? text : text + pad;
  };
  const paint = (text: string) => (color ? `${HEADER_COLOR}${text}${RESET}` : text);
  const line = (cells: readonly string[], painted = false) => cells.map((t, i) => (painted ? paint(fit(t, i)) : fit(t, i))).join(' ') + '\n';
  /** The header and the held rows, sized to them; later rows print at once in those widths. */
  const flush = () => {
    if (sizes) return '';
    sizes = columns.map((c, i) => Math.max(c.header.length, ...rows.map((r) => visibleLength(r[i]!))));
    const out = '\n' + line(columns.map((c) => c.header), true) + line(columns.map((c) => '-'.repeat(c.header.length)), true) + rows.map((r) => line(r)).join('');
    rows = [];
    return out;
  };
  return {
    head: '',
    row: (item) => {
      const cells = columns.map((c) => c.cell(item as PSObject, color, cellText));
      if (sizes) return line(cells);
      rows.push(cells);
      return '';
    },
    get tail() {
      return flush() + '\n';
    },
    flush,
  };
}

/** Format-Table's columns for a value whose type has one of these views (Version, SemanticVersion); undefined for others. */
export function fixedTableColumns(value: unknown): TableColumn[] | undefined {
  const typeName = value instanceof PSObject ? value.typeName : undefined;
  const columns = typeName === 'System.Version' ? VERSION_COLUMNS : typeName === 'System.Management.Automation.SemanticVersion' ? SEMANTIC_VERSION_COLUMNS : undefined;
  return columns?.map((c) => ({ header: c.header, width: c.width, align: c.right ? 'right' : 'left' }));
}

function usageNames(list: unknown, cellText: CellText): string {
  if (!Array.isArray(list) || list.length === 0) return '';
  return cellText(list.length === 1 ? list[0] : list);
}

/** `'{0:d} {0:HH}:{0:mm}' -f $_.LastWriteTime` in the invariant culture. */
function shortDateTime(value: unknown, cellText: CellText): string {
  if (!(value instanceof DateTimeValue)) return cellText(value);
  return value.toString().slice(0, 16);
}

/** NameString: directories, links and executables painted with $PSStyle.FileInfo's defaults. */
function fileName(o: PSObject, color: boolean, cellText: CellText): string {
  const name = cellText(o.get('Name'));
  const target = o.get('LinkTarget');
  const shown = typeof target === 'string' && target ? `${name} -> ${target}` : name;
  if (!color) return shown;
  const mode = cellText(o.get('UnixMode'));
  const sgr = mode.startsWith('l') ? '\x1b[36;1m' : mode.startsWith('d') ? '\x1b[44;1m' : /x/.test(mode) ? '\x1b[32;1m' : '';
  return sgr ? `${sgr}${shown}${RESET}` : shown;
}

/** A wrapped cell's lines, cut at `size` characters (pwsh does not look for word ends here); each keeps the cell's colour. */
function wrapPieces(text: string, size: number): string[] {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
  if (plain.length <= size || size < 1) return [text];
  // eslint-disable-next-line no-control-regex
  const sgr = /^\x1b\[[0-9;]*m/.exec(text)?.[0];
  const pieces: string[] = [];
  for (let at = 0; at < plain.length; at += size) pieces.push(sgr ? `${sgr}${plain.slice(at, at + size)}${RESET}` : plain.slice(at, at + size));
  return pieces;
}

// eslint-disable-next-line no-control-regex
const visibleLength = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, '').length;

function truncate(text: string, size: number): string {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
  return size <= 1 ? plain.slice(0, size) : plain.slice(0, size - 1) + '…';
}

/** A right-aligned cell keeps its end: `…p` for `tmp` in two columns. */
function truncateStart(text: string, size: number): string {
  // eslint-disable-next-line no-control-regex
  const plain = text.replace(/\x1b\[[0-9;]*m/g, '');
  return size <= 1 ? plain.slice(plain.length - size) : '…' + plain.slice(plain.length - size + 1);
}
