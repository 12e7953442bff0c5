// $env:PSModulePath, the folders Import-Module looks in for a module given by name. pwsh 7.6.10 on Linux
// starts with `<user>:<shared>:$PSHOME/Modules` (user: $XDG_DATA_HOME/powershell/Modules, else
// ~/.local/share/powershell/Modules; shared: /usr/local/share/powershell/Modules), followed by the folders
// the variable already held that are not among them. spo-shell keeps the first two, so a module installed
// for pwsh in either is found by name, and leaves out $PSHOME/Modules: pwsh's own modules are built in
// here, and spo-shell's $PSHOME holds none (docs/language.md, "Deliberate deviations").

import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';

/** The current user's module folder (pwsh's CurrentUser install scope). */
export function userModulesFolder(env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === 'win32') return join(homedir(), 'Documents', 'PowerShell', 'Modules');
  return env.XDG_DATA_HOME ? join(env.XDG_DATA_HOME, 'powershell', 'Modules') : join(homedir(), '.local', 'share', 'powershell', 'Modules');
}

/** The folder of modules for all users (pwsh's AllUsers install scope). */
export function sharedModulesFolder(env: NodeJS.ProcessEnv = process.env): string {
  if (process.platform === 'win32') return join(env.ProgramFiles ?? 'C:\\Program Files', 'PowerShell', 'Modules');
  return '/usr/local/share/powershell/Modules';
}

/** The value PSModulePath has in a session: the default folders, then the others `current` names. */
export function sessionModulePath(current: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  const folders = [userModulesFolder(env), sharedModulesFolder(env)];
  for (const folder of (current ?? '').split(delimiter)) {
    if (folder !== '' && !folders.includes(folder)) folders.push(folder);
  }
  return folders.join(delimiter);
}

/** Sets the process's PSModulePath as a session starts, as pwsh does (child processes inherit it). */
export function setSessionModulePath(): void {
  process.env.PSModulePath = sessionModulePath(process.env.PSModulePath);
}

/**
 * A module given by name: `<folder>/<Name>/<Name>.psd1` (else `.psm1`) in the folders of $env:PSModulePath,
 * in their order; undefined when none holds the module.
 */
export function findModuleFile(name: string): string | undefined {
  for (const folder of (process.env.PSModulePath ?? '').split(delimiter)) {
    if (folder === '') continue;
    for (const extension of ['.psd1', '.psm1']) {
      const candidate = join(folder, name, name + extension);
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // not there: the next candidate
      }
    }
  }
  return undefined;
}
