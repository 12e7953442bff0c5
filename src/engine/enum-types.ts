// Enum types the shell knows by name: the enums of its commands' parameters (registered with the
// command table, as loading a module makes its types known in PowerShell) and the engine's own. They
// resolve as type literals (`[Microsoft.Online.SharePoint.PowerShell.ManagedIdentityType]`), cast
// names to values, and answer [enum]::GetNames.

import type { EnumType } from './values.js';

const known = new Map<string, EnumType>();

export function registerEnumType(type: EnumType): void {
  known.set(type.fullName.toLowerCase(), type);
}

/** Builds what may register more enum types (the command table's built-ins not built yet); true when it did. */
let fallback: (() => boolean) | undefined;
export function setEnumTypeFallback(f: () => boolean): void {
  fallback = f;
}

/** The enum of this full name (case-insensitive), if the shell knows it. */
export function enumTypeNamed(fullName: string): EnumType | undefined {
  const key = fullName.toLowerCase();
  return known.get(key) ?? (fallback?.() ? known.get(key) : undefined);
}

/** System.ConsoleColor: Write-Host's colours and $Host.UI.RawUI's. */
export const CONSOLE_COLOR: EnumType = {
  fullName: 'System.ConsoleColor',
  names: [
    'Black', 'DarkBlue', 'DarkGreen', 'DarkCyan', 'DarkRed', 'DarkMagenta', 'DarkYellow', 'Gray',
    'DarkGray', 'Blue', 'Green', 'Cyan', 'Red', 'Magenta', 'Yellow', 'White',
  ],
};
registerEnumType(CONSOLE_COLOR);

/** System.DayOfWeek: a DateTime's DayOfWeek, and `[DayOfWeek]::Monday` in scripts that schedule by weekday. */
export const DAY_OF_WEEK: EnumType = {
  fullName: 'System.DayOfWeek',
  names: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
registerEnumType(DAY_OF_WEEK);

/** System.DateTimeKind: a DateTime's Kind. */
export const DATE_TIME_KIND: EnumType = { fullName: 'System.DateTimeKind', names: ['Unspecified', 'Utc', 'Local'] };
registerEnumType(DATE_TIME_KIND);

/** The styles DateTime.TryParseExact and DateTimeOffset.ParseExact take (`[Globalization.DateTimeStyles]::None`). */
export const DATE_TIME_STYLES: EnumType = {
  fullName: 'System.Globalization.DateTimeStyles',
  names: ['None', 'AllowLeadingWhite', 'AllowTrailingWhite', 'AllowInnerWhite', 'AllowWhiteSpaces', 'NoCurrentDateDefault', 'AdjustToUniversal', 'AssumeLocal', 'AssumeUniversal', 'RoundtripKind'],
  values: [0, 1, 2, 4, 7, 8, 16, 32, 64, 128],
  flags: true,
};
registerEnumType(DATE_TIME_STYLES);

/** System.IO.FileAttributes ([Flags]): a file's Attributes (`[IO.FileAttributes]::Hidden`). */
export const FILE_ATTRIBUTES: EnumType = {
  fullName: 'System.IO.FileAttributes',
  names: [
    'None', 'ReadOnly', 'Hidden', 'System', 'Directory', 'Archive', 'Device', 'Normal', 'Temporary', 'SparseFile',
    'ReparsePoint', 'Compressed', 'Offline', 'NotContentIndexed', 'Encrypted', 'IntegrityStream', 'NoScrubData',
  ],
  values: [0, 1, 2, 4, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384, 32768, 131072],
  flags: true,
};
registerEnumType(FILE_ATTRIBUTES);

/** System.IO.UnixFileMode ([Flags]): a file's permission bits (FileSystemInfo.UnixFileMode). */
export const UNIX_FILE_MODE: EnumType = {
  fullName: 'System.IO.UnixFileMode',
  names: ['None', 'OtherExecute', 'OtherWrite', 'OtherRead', 'GroupExecute', 'GroupWrite', 'GroupRead', 'UserExecute', 'UserWrite', 'UserRead', 'StickyBit', 'SetGroup', 'SetUser'],
  values: [0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048],
  flags: true,
};
registerEnumType(UNIX_FILE_MODE);

/** System.StringSplitOptions ([Flags]): String.Split's options (`'a,,b'.Split(',', 'RemoveEmptyEntries')`). */
export const STRING_SPLIT_OPTIONS: EnumType = {
  fullName: 'System.StringSplitOptions',
  names: ['None', 'RemoveEmptyEntries', 'TrimEntries'],
  values: [0, 1, 2],
  flags: true,
};
registerEnumType(STRING_SPLIT_OPTIONS);

/** System.StringComparison: how String methods compare (`'abc'.StartsWith('A', [StringComparison]::OrdinalIgnoreCase)`). */
export const STRING_COMPARISON: EnumType = {
  fullName: 'System.StringComparison',
  names: ['CurrentCulture', 'CurrentCultureIgnoreCase', 'InvariantCulture', 'InvariantCultureIgnoreCase', 'Ordinal', 'OrdinalIgnoreCase'],
};
registerEnumType(STRING_COMPARISON);

/** System.UriKind: what Uri.IsWellFormedUriString checks a text as. */
export const URI_KIND: EnumType = { fullName: 'System.UriKind', names: ['RelativeOrAbsolute', 'Absolute', 'Relative'] };
registerEnumType(URI_KIND);

/** System.UriHostNameType: Uri.CheckHostName's answer. */
export const URI_HOST_NAME_TYPE: EnumType = { fullName: 'System.UriHostNameType', names: ['Unknown', 'Basic', 'Dns', 'IPv4', 'IPv6'] };
registerEnumType(URI_HOST_NAME_TYPE);

/** System.Runtime.InteropServices.Architecture: RuntimeInformation.OSArchitecture and ProcessArchitecture. */
export const ARCHITECTURE: EnumType = {
  fullName: 'System.Runtime.InteropServices.Architecture',
  names: ['X86', 'X64', 'Arm', 'Arm64', 'Wasm', 'S390x', 'LoongArch64', 'Armv6', 'Ppc64le', 'RiscV64'],
};
registerEnumType(ARCHITECTURE);

/** System.IO.SearchOption: Directory.GetFiles' third argument. */
export const SEARCH_OPTION: EnumType = { fullName: 'System.IO.SearchOption', names: ['TopDirectoryOnly', 'AllDirectories'] };
registerEnumType(SEARCH_OPTION);

/** System.IO.SeekOrigin: Stream.Seek's second argument (streams.ts). */
export const SEEK_ORIGIN: EnumType = { fullName: 'System.IO.SeekOrigin', names: ['Begin', 'Current', 'End'] };
registerEnumType(SEEK_ORIGIN);

/** System.IO.FileMode, FileAccess and FileShare: FileStream's constructor arguments (streams.ts). */
export const FILE_MODE: EnumType = { fullName: 'System.IO.FileMode', names: ['CreateNew', 'Create', 'Open', 'OpenOrCreate', 'Truncate', 'Append'], values: [1, 2, 3, 4, 5, 6] };
registerEnumType(FILE_MODE);
export const FILE_ACCESS: EnumType = { fullName: 'System.IO.FileAccess', names: ['Read', 'Write', 'ReadWrite'], values: [1, 2, 3], flags: true };
registerEnumType(FILE_ACCESS);
export const FILE_SHARE: EnumType = { fullName: 'System.IO.FileShare', names: ['None', 'Read', 'Write', 'ReadWrite', 'Delete', 'Inheritable'], values: [0, 1, 2, 3, 4, 16], flags: true };
registerEnumType(FILE_SHARE);

/** System.Management.Automation.JobState: a job's State (engine/jobs.ts), compared with names (`State -eq 'Completed'`). */
export const JOB_STATE: EnumType = {
  fullName: 'System.Management.Automation.JobState',
  names: ['NotStarted', 'Running', 'Completed', 'Failed', 'Stopped', 'Blocked', 'Suspended', 'Disconnected', 'Suspending', 'Stopping', 'AtBreakpoint'],
};
registerEnumType(JOB_STATE);

/** System.MidpointRounding: Math.Round's and Decimal.Round's mode (`[Math]::Round(2.5, [MidpointRounding]::AwayFromZero)`). */
export const MIDPOINT_ROUNDING: EnumType = { fullName: 'System.MidpointRounding', names: ['ToEven', 'AwayFromZero', 'ToZero', 'ToNegativeInfinity', 'ToPositiveInfinity'] };
registerEnumType(MIDPOINT_ROUNDING);

/** System.Base64FormattingOptions: Convert.ToBase64String's line breaks. */
export const BASE64_FORMATTING_OPTIONS: EnumType = { fullName: 'System.Base64FormattingOptions', names: ['None', 'InsertLineBreaks'], flags: true };
registerEnumType(BASE64_FORMATTING_OPTIONS);
