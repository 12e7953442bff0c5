// .NET enums that built-in cmdlet parameters use. Names are in ascending underlying value order,
// because that is the order PowerShell lists them in conversion errors.

import type { EnumType } from '../engine/values.js';

export const CONSOLE_COLOR: EnumType = {
  fullName: 'System.ConsoleColor',
  names: [
    'Black', 'DarkBlue', 'DarkGreen', 'DarkCyan', 'DarkRed', 'DarkMagenta', 'DarkYellow', 'Gray',
    'DarkGray', 'Blue', 'Green', 'Cyan', 'Red', 'Magenta', 'Yellow', 'White',
  ],
};

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
};
