// The built-in commands and PowerShell's own aliases for them (as on Linux): a plain list that
// main.ts (and the tests) hand to the engine's command table. Nothing imports this list back.

import type { AliasDefinition } from '../engine/cmdlet.js';
import { CommandTable, type LazyCmdlet } from '../engine/command-table.js';
import { connectSpoService } from './connect-sposervice.js';
import { disconnectSpoService } from './disconnect-sposervice.js';
import { writeOutput } from './write-output.js';
import { writeHost } from './write-host.js';
import { writeVerbose } from './write-verbose.js';
import { writeWarning } from './write-warning.js';
import { writeDebug } from './write-debug.js';
import { writeInformation } from './write-information.js';
import { writeError } from './write-error.js';
import { newObject } from './new-object.js';
import { newGuid } from './new-guid.js';
import { convertToSecureString } from './convertto-securestring.js';
import { convertFromSecureString } from './convertfrom-securestring.js';
import { getCredential } from './get-credential.js';
import { getVariable } from './get-variable.js';
import { getCommand } from './get-command.js';
import { getHelp } from './get-help.js';
import { clearHost } from './clear-host.js';
import { prompt } from './prompt.js';
import { readHost } from './read-host.js';
import { getModule } from './get-module.js';
import { importModule } from './import-module.js';
import { exportModuleMember } from './export-modulemember.js';
import { removeModule } from './remove-module.js';
import { newModule } from './new-module.js';
import { installModule } from './install-module.js';
import { updateModule } from './update-module.js';
import { getChildItem } from './get-childitem.js';
import { getItem } from './get-item.js';
import { getCulture } from './get-culture.js';
import { getExecutionPolicy } from './get-executionpolicy.js';
import { getPSDrive } from './get-psdrive.js';
import { newPSDrive } from './new-psdrive.js';
import { clearItem } from './clear-item.js';
import { getItemProperty } from './get-itemproperty.js';
import { getItemPropertyValue } from './get-itempropertyvalue.js';
import { setItemProperty } from './set-itemproperty.js';
import { removePSDrive } from './remove-psdrive.js';
import { getTimeZone } from './get-timezone.js';
import { setExecutionPolicy } from './set-executionpolicy.js';
import { getHost } from './get-host.js';
import { newItem } from './new-item.js';
import { removeItem } from './remove-item.js';
import { foreachObject } from './foreach-object.js';
import { whereObject } from './where-object.js';

import { getLocation } from './get-location.js';
import { convertFromStringData } from './convertfrom-stringdata.js';
import { newTemporaryFile } from './new-temporaryfile.js';
import { popLocation } from './pop-location.js';
import { pushLocation } from './push-location.js';
import { setLocation } from './set-location.js';
import { setStrictMode } from './set-strictmode.js';
import { testPath } from './test-path.js';
import { joinPath } from './join-path.js';
import { splitPath } from './split-path.js';
import { resolvePath } from './resolve-path.js';
import { convertPath } from './convert-path.js';
import { getContent } from './get-content.js';
import { addContent, setContent } from './content-writer.js';
import { clearContent } from './clear-content.js';
import { outFile } from './out-file.js';
import { getDate } from './get-date.js';
import { newTimeSpan } from './new-timespan.js';
import { startSleep } from './start-sleep.js';
import { writeProgress } from './write-progress.js';
import { newVariable } from './new-variable.js';
import { setItem } from './set-item.js';
import { setVariable } from './set-variable.js';
import { getAlias } from './get-alias.js';
import { getPSCallStack } from './get-pscallstack.js';
import { exportAlias } from './export-alias.js';
import { importAlias } from './import-alias.js';
import { removeAliasCmdlet } from './remove-alias.js';
import { newAlias } from './new-alias.js';
import { setAlias } from './set-alias.js';
import { removeVariable } from './remove-variable.js';
import { clearVariable } from './clear-variable.js';
import { startTranscript } from './start-transcript.js';
import { stopTranscript } from './stop-transcript.js';
import { spoModuleCmdlets } from './spo-cmdlet-names.js';
import { SPO } from './modules.js';
import { convertToCsv } from './convertto-csv.js';
import { convertToHtml } from './convertto-html.js';
import { getFileHash } from './get-filehash.js';
import { convertFromCsv } from './convertfrom-csv.js';
import { exportCsv } from './export-csv.js';
import { importCsv } from './import-csv.js';
import { convertToJson } from './convertto-json.js';
import { convertFromJson } from './convertfrom-json.js';
import { addMember } from './add-member.js';
import { formatList } from './format-list.js';
import { formatWide } from './format-wide.js';
import { compressArchive } from './compress-archive.js';
import { expandArchive } from './expand-archive.js';
import { formatTable } from './format-table.js';
import { getMember } from './get-member.js';
import { groupObject } from './group-object.js';
import { measureObject } from './measure-object.js';
import { measureCommand } from './measure-command.js';
import { invokeCommand } from './invoke-command.js';
import { getError } from './get-error.js';
import { outNull } from './out-null.js';
import { outHost } from './out-host.js';
import { outString } from './out-string.js';
import { selectObject } from './select-object.js';
import { sortObject } from './sort-object.js';
import { teeObject } from './tee-object.js';
import { copyItem } from './copy-item.js';
import { moveItem } from './move-item.js';
import { renameItem } from './rename-item.js';
import { selectString } from './select-string.js';
import { selectXml } from './select-xml.js';
import { convertToXml } from './convertto-xml.js';
import { testJson } from './test-json.js';
import { getVerb } from './get-verb.js';
import { tabExpansion2 } from './tab-expansion2.js';
import { getUptime } from './get-uptime.js';
import { compareObject } from './compare-object.js';
import { getRandom } from './get-random.js';
import { getUnique } from './get-unique.js';
import { invokeExpression } from './invoke-expression.js';
import { invokeRestMethod } from './invoke-restmethod.js';
import { invokeWebRequest } from './invoke-webrequest.js';
import { joinString } from './join-string.js';
import { exportClixml } from './export-clixml.js';
import { importClixml } from './import-clixml.js';
import { getHistory } from './get-history.js';
import { invokeHistory } from './invoke-history.js';
import { addHistory } from './add-history.js';
import { clearHistory } from './clear-history.js';
import { startThreadJob } from './start-threadjob.js';
import { startJobCmdlet } from './start-job.js';
import { getJob } from './get-job.js';
import { receiveJob } from './receive-job.js';
import { waitJob } from './wait-job.js';
import { stopJobCmdlet } from './stop-job.js';
import { removeJob } from './remove-job.js';
import { registerArgumentCompleter } from './register-argumentcompleter.js';
import { formatHex } from './format-hex.js';
import { formatCustom } from './format-custom.js';
import { convertToCliXml } from './convertto-clixml.js';
import { convertFromCliXml } from './convertfrom-clixml.js';
import { setPSDebug } from './set-psdebug.js';
import { getPSProvider } from './get-psprovider.js';
import { addType } from './add-type.js';
import { importPowerShellDataFile } from './import-powershelldatafile.js';
import { pause } from './pause.js';
import { cdParent } from './cd-parent.js';
import { cdRoot } from './cd-root.js';
import { cdHome } from './cd-home.js';
import { outDefault } from './out-default.js';
import { getUICulture } from './get-uiculture.js';
import { getSecureRandom } from './get-securerandom.js';
import { getTypeData } from './get-typedata.js';
import { removeTypeData } from './remove-typedata.js';
import { updateTypeData } from './update-typedata.js';

/** PowerShell's aliases for these commands; `help` is a function in PowerShell, an alias here. */
export const BUILTIN_ALIASES: readonly AliasDefinition[] = [
  { name: '%', target: 'ForEach-Object' },
  { name: '?', target: 'Where-Object' },
  // cat, clear, cp, ls, man, mv, rm, rmdir, sleep: Windows PowerShell's names of the Unix commands. pwsh on
  // Linux runs /bin/ls, /bin/cat ... for them; spo-shell runs no native programs, so they are the cmdlets
  // they are on Windows (docs/language.md).
  { name: 'cat', target: 'Get-Content' },
  { name: 'cd', target: 'Set-Location' },
  { name: 'chdir', target: 'Set-Location' },
  { name: 'clc', target: 'Clear-Content' },
  { name: 'clear', target: 'Clear-Host' },
  { name: 'clhy', target: 'Clear-History' },
  { name: 'cli', target: 'Clear-Item' },
  { name: 'cls', target: 'Clear-Host' },
  { name: 'clv', target: 'Clear-Variable' },
  // `compare` (like `sort`) is a Windows alias: scripts written on Windows use it.
  { name: 'compare', target: 'Compare-Object' },
  { name: 'copy', target: 'Copy-Item' },
  { name: 'cp', target: 'Copy-Item' },
  { name: 'cpi', target: 'Copy-Item' },
  { name: 'cvpa', target: 'Convert-Path' },
  { name: 'del', target: 'Remove-Item' },
  { name: 'dir', target: 'Get-ChildItem' },
  { name: 'echo', target: 'Write-Output' },
  { name: 'epal', target: 'Export-Alias' },
  { name: 'epcsv', target: 'Export-Csv' },
  { name: 'erase', target: 'Remove-Item' },
  { name: 'fc', target: 'Format-Custom' },
  { name: 'fhx', target: 'Format-Hex' },
  { name: 'fl', target: 'Format-List' },
  { name: 'foreach', target: 'ForEach-Object' },
  { name: 'ft', target: 'Format-Table' },
  { name: 'fw', target: 'Format-Wide' },
  { name: 'gal', target: 'Get-Alias' },
  { name: 'gc', target: 'Get-Content' },
  { name: 'gci', target: 'Get-ChildItem' },
  { name: 'gcm', target: 'Get-Command' },
  { name: 'gcs', target: 'Get-PSCallStack' },
  { name: 'gdr', target: 'Get-PSDrive' },
  { name: 'ghy', target: 'Get-History' },
  { name: 'gi', target: 'Get-Item' },
  { name: 'gjb', target: 'Get-Job' },
  { name: 'gl', target: 'Get-Location' },
  { name: 'gm', target: 'Get-Member' },
  { name: 'gmo', target: 'Get-Module' },
  { name: 'gp', target: 'Get-ItemProperty' },
  { name: 'gpv', target: 'Get-ItemPropertyValue' },
  { name: 'group', target: 'Group-Object' },
  { name: 'gtz', target: 'Get-TimeZone' },
  { name: 'gu', target: 'Get-Unique' },
  { name: 'gv', target: 'Get-Variable' },
  { name: 'h', target: 'Get-History' },
  { name: 'help', target: 'Get-Help' },
  { name: 'history', target: 'Get-History' },
  { name: 'icm', target: 'Invoke-Command' },
  { name: 'iex', target: 'Invoke-Expression' },
  { name: 'ihy', target: 'Invoke-History' },
  { name: 'ipal', target: 'Import-Alias' },
  { name: 'ipcsv', target: 'Import-Csv' },
  { name: 'ipmo', target: 'Import-Module' },
  { name: 'irm', target: 'Invoke-RestMethod' },
  { name: 'iwr', target: 'Invoke-WebRequest' },
  { name: 'ls', target: 'Get-ChildItem' },
  { name: 'man', target: 'Get-Help' },
  { name: 'measure', target: 'Measure-Object' },
  { name: 'mi', target: 'Move-Item' },
  { name: 'move', target: 'Move-Item' },
  { name: 'mv', target: 'Move-Item' },
  { name: 'nal', target: 'New-Alias' },
  { name: 'ndr', target: 'New-PSDrive' },
  { name: 'ni', target: 'New-Item' },
  { name: 'nv', target: 'New-Variable' },
  { name: 'oh', target: 'Out-Host' },
  { name: 'popd', target: 'Pop-Location' },
  { name: 'pushd', target: 'Push-Location' },
  { name: 'pwd', target: 'Get-Location' },
  { name: 'r', target: 'Invoke-History' },
  { name: 'rcjb', target: 'Receive-Job' },
  { name: 'rd', target: 'Remove-Item' },
  { name: 'rdr', target: 'Remove-PSDrive' },
  { name: 'ren', target: 'Rename-Item' },
  { name: 'ri', target: 'Remove-Item' },
  { name: 'rjb', target: 'Remove-Job' },
  { name: 'rm', target: 'Remove-Item' },
  { name: 'rmdir', target: 'Remove-Item' },
  { name: 'rni', target: 'Rename-Item' },
  { name: 'rv', target: 'Remove-Variable' },
  { name: 'rvpa', target: 'Resolve-Path' },
  { name: 'sajb', target: 'Start-Job' },
  { name: 'sal', target: 'Set-Alias' },
  { name: 'select', target: 'Select-Object' },
  { name: 'set', target: 'Set-Variable' },
  { name: 'si', target: 'Set-Item' },
  { name: 'sl', target: 'Set-Location' },
  { name: 'sleep', target: 'Start-Sleep' },
  { name: 'sls', target: 'Select-String' },
  // `sort` and `tee` (below) are Windows aliases (pwsh on Linux runs /usr/bin/sort): scripts written on Windows use them.
  { name: 'sort', target: 'Sort-Object' },
  { name: 'sp', target: 'Set-ItemProperty' },
  { name: 'spjb', target: 'Stop-Job' },
  { name: 'sv', target: 'Set-Variable' },
  { name: 'tee', target: 'Tee-Object' },
  { name: 'type', target: 'Get-Content' },
  { name: 'where', target: 'Where-Object' },
  { name: 'wjb', target: 'Wait-Job' },
  { name: 'write', target: 'Write-Output' },
];

/** The built-in commands, sorted by name as the table finds them (in another order the table sorts a copy at every start; a test checks); each definition is built on its first lookup. */
export const BUILTIN_COMMANDS: readonly LazyCmdlet[] = [
  addContent,
  addHistory,
  addMember,
  addType,
  cdParent,
  cdRoot,
  cdHome,
  clearContent,
  clearHistory,
  clearHost,
  clearItem,
  clearVariable,
  compareObject,
  compressArchive,
  connectSpoService,
  convertPath,
  convertFromCliXml,
  convertFromCsv,
  convertFromJson,
  convertFromSecureString,
  convertFromStringData,
  convertToCliXml,
  convertToCsv,
  convertToHtml,
  convertToJson,
  convertToSecureString,
  convertToXml,
  copyItem,
  disconnectSpoService,
  expandArchive,
  exportAlias,
  exportClixml,
  exportCsv,
  exportModuleMember,
  foreachObject,
  formatCustom,
  formatHex,
  formatList,
  formatTable,
  formatWide,
  getAlias,
  getChildItem,
  getCommand,
  getContent,
  getCredential,
  getCulture,
  getDate,
  getError,
  getExecutionPolicy,
  getFileHash,
  getHelp,
  getHistory,
  getHost,
  getItem,
  getItemProperty,
  getItemPropertyValue,
  getJob,
  getLocation,
  getMember,
  getModule,
  getPSCallStack,
  getPSDrive,
  getPSProvider,
  getRandom,
  getSecureRandom,
  getTimeZone,
  getTypeData,
  getUICulture,
  getUnique,
  getUptime,
  getVariable,
  getVerb,
  groupObject,
  importAlias,
  importClixml,
  importCsv,
  importModule,
  importPowerShellDataFile,
  installModule,
  invokeCommand,
  invokeExpression,
  invokeHistory,
  invokeRestMethod,
  invokeWebRequest,
  joinPath,
  joinString,
  measureCommand,
  measureObject,
  moveItem,
  newAlias,
  newGuid,
  newItem,
  newModule,
  newObject,
  newPSDrive,
  newTemporaryFile,
  newTimeSpan,
  newVariable,
  outDefault,
  outFile,
  outHost,
  outNull,
  outString,
  pause,
  popLocation,
  prompt,
  pushLocation,
  readHost,
  receiveJob,
  registerArgumentCompleter,
  removeAliasCmdlet,
  removeItem,
  removeJob,
  removeModule,
  removePSDrive,
  removeTypeData,
  removeVariable,
  renameItem,
  resolvePath,
  selectObject,
  selectString,
  selectXml,
  setAlias,
  setContent,
  setExecutionPolicy,
  setItem,
  setItemProperty,
  setLocation,
  setPSDebug,
  setStrictMode,
  setVariable,
  sortObject,
  splitPath,
  startJobCmdlet,
  startSleep,
  startThreadJob,
  startTranscript,
  stopJobCmdlet,
  stopTranscript,
  tabExpansion2,
  teeObject,
  testJson,
  testPath,
  updateModule,
  updateTypeData,
  waitJob,
  whereObject,
  writeDebug,
  writeError,
  writeHost,
  writeInformation,
  writeOutput,
  writeProgress,
  writeVerbose,
  writeWarning,
];

const READ_ONLY = 1;
const ALL_SCOPE = 8;
// The options pwsh 7.6.10 gives its built-in aliases (`(Get-Alias gci).Options`); the rest have none.
// Space-separated names, looked up when the table is made: a table object of them cost some 20 KB
// of young objects at every start (docs/startup.md, seventeenth round).
const READ_ONLY_ALIASES = ' clc clhy cli clp clv cpi cvpa dbp ebp epal epcsv fc fl ft fw gal gbp gc gci gcm gcs gdr gerr ghy gi gl gm gmo gp gps gpv group gu gv iex ihy ii ipal ipcsv ipmo irm iwr measure mi mp nal ndr ni nmo nv oh rbp rcsn rdr ri rmo rni rnp rp rv rvpa sal saps sbp si sl sp spps sv ';
const ALL_SCOPE_ALIASES = ' cd copy del dir echo md move popd pushd ';
const READ_ONLY_ALL_SCOPE_ALIASES = ' ? % foreach select where ';
function builtinAliasOptions(name: string): number {
  const word = ` ${name} `;
  if (READ_ONLY_ALIASES.includes(word)) return READ_ONLY;
  if (ALL_SCOPE_ALIASES.includes(word)) return ALL_SCOPE;
  return READ_ONLY_ALL_SCOPE_ALIASES.includes(word) ? READ_ONLY | ALL_SCOPE : 0;
}

/** A fresh command table holding the built-ins (each shell gets its own: scripts may add to it). */
export function builtinCommandTable(): CommandTable {
  const table = new CommandTable(BUILTIN_COMMANDS, BUILTIN_ALIASES.map((a) => {
    const options = builtinAliasOptions(a.name);
    return options ? { ...a, options } : a;
  }), true);
  // The SharePoint Online cmdlets not built yet say so when run (and are listed nowhere).
  table.registerUnavailable(spoModuleCmdlets, SPO);
  return table;
}
