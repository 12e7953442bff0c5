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
