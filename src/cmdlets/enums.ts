// .NET enums that built-in cmdlet parameters use. Names are in ascending underlying value order,
// because that is the order PowerShell lists them in conversion errors.

import type { EnumType } from '../engine/values.js';

export { CONSOLE_COLOR } from '../engine/enum-types.js';

export const ERROR_CATEGORY: EnumType = {
  fullName: 'System.Management.Automation.ErrorCategory',
  names: [
    'NotSpecified', 'OpenError', 'CloseError', 'DeviceError', 'DeadlockDetected', 'InvalidArgument',
    'InvalidData', 'InvalidOperation', 'InvalidResult', 'InvalidType', 'MetadataError', 'NotImplemented',
    'NotInstalled', 'ObjectNotFound', 'OperationStopped', 'OperationTimeout', 'SyntaxError', 'ParserError',
    'PermissionDenied', 'ResourceBusy', 'ResourceExists', 'ResourceUnavailable', 'ReadError', 'WriteError',
    'FromStdErr', 'SecurityError', 'ProtocolError', 'ConnectionError', 'AuthenticationError',
    'LimitsExceeded', 'QuotaExceeded', 'NotEnabled',
  ],
};

/** System.Management.Automation.CommandTypes is a [Flags] enum; `All` is every flag at once. */
export const COMMAND_TYPES: EnumType = {
  fullName: 'System.Management.Automation.CommandTypes',
  names: ['Alias', 'Function', 'Filter', 'Cmdlet', 'ExternalScript', 'Application', 'Script', 'Configuration', 'All'],
  values: [1, 2, 4, 8, 16, 32, 64, 256, 383],
  flags: true,
};

/** Test-Path -PathType. */
export const TEST_PATH_TYPE: EnumType = {
  fullName: 'Microsoft.PowerShell.Commands.TestPathType',
  names: ['Any', 'Container', 'Leaf'],
};

/** ConvertTo-Csv/Export-Csv -UseQuotes. */
export const QUOTE_KIND: EnumType = {
  fullName: 'Microsoft.PowerShell.Commands.BaseCsvWritingCommand+QuoteKind',
  names: ['Never', 'Always', 'AsNeeded'],
};

/** Get-Date -DisplayHint. */
export const DISPLAY_HINT: EnumType = {
  fullName: 'Microsoft.PowerShell.Commands.DisplayHintType',
  names: ['Date', 'Time', 'DateTime'],
};

/** New-Variable/Set-Variable -Option ([Flags] ScopedItemOptions). */
export const SCOPED_ITEM_OPTIONS: EnumType = {
  fullName: 'System.Management.Automation.ScopedItemOptions',
  names: ['None', 'ReadOnly', 'Constant', 'Private', 'AllScope', 'Unspecified'],
  values: [0, 1, 2, 4, 8, 16],
  flags: true,
};

/** ConvertTo-Json -EscapeHandling (Newtonsoft.Json.StringEscapeHandling). */
export const STRING_ESCAPE_HANDLING: EnumType = {
  fullName: 'Newtonsoft.Json.StringEscapeHandling',
  names: ['Default', 'EscapeNonAscii', 'EscapeHtml'],
};
