// Module names and versions that Get-Command shows in its Source and Version columns.

export const UTILITY = 'Microsoft.PowerShell.Utility';
export const SECURITY = 'Microsoft.PowerShell.Security';
export const CORE = 'Microsoft.PowerShell.Core';
export const MANAGEMENT = 'Microsoft.PowerShell.Management';
export const MANAGEMENT_HOST = 'Microsoft.PowerShell.Host';
export const SPO = 'Microsoft.Online.SharePoint.PowerShell';
/** PowerShellGet 2.2.5, which pwsh 7.6 ships: Install-Module and Update-Module are its functions. */
export const POWERSHELL_GET = 'PowerShellGet';
/** Microsoft.PowerShell.Archive 1.2.7: Compress-Archive and Expand-Archive are its script functions. */
export const ARCHIVE = 'Microsoft.PowerShell.Archive';
/** Microsoft.PowerShell.ThreadJob 2.2.0: Start-ThreadJob. */
export const THREAD_JOB_MODULE = 'Microsoft.PowerShell.ThreadJob';

/**
 * Versions of the PowerShell 7.6.10 modules whose cmdlets this shell re-implements, and of the
 * SharePoint Online module (the shell follows its 16.0 metadata). Functions have none.
 */
export const MODULE_VERSIONS: Record<string, string> = {
  [UTILITY]: '7.0.0.0',
  [SECURITY]: '7.0.0.0',
  [CORE]: '7.6.0.500',
  [MANAGEMENT]: '7.0.0.0',
  [MANAGEMENT_HOST]: '7.0.0.0',
  // The module version DESIGN.md gives (Get-Module lists it too); Get-Command's Version column cuts it to `16.0.2770…`.
  [SPO]: '16.0.27709.12000',
  [POWERSHELL_GET]: '2.2.5',
  [ARCHIVE]: '1.2.7',
  [THREAD_JOB_MODULE]: '2.2.0',
};
