// The PathInfo object Get-Location and Set-Location -PassThru return (PowerShell shows its Path).

import { PSObject } from '../engine/values.js';

export function pathInfo(path: string): PSObject {
  return new PSObject(
    'System.Management.Automation.PathInfo',
    { Drive: path.startsWith('/') ? '/' : path.slice(0, 2), Provider: 'Microsoft.PowerShell.Core\\FileSystem', ProviderPath: path, Path: path },
    ['Path'],
    path,
  );
}
