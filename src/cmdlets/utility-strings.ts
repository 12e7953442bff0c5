// Messages of the utility commands that are not in every start: Select-Xml (UtilityCommonStrings.resx) and
// Test-Json (TestJsonCmdletStrings.resx). The commands are in a lazy chunk; engine/runtime-strings.ts is not.

import { entry } from '../engine/runtime-strings.js';

/** Select-Xml: a file that could not be opened or read as XML (the inner .NET message after the colon). */
export const FileReadError = (path: string, inner: string) => entry('ProcessingFile', `The file '${path}' cannot be read: ${inner}`);
/** Select-Xml -Namespace: a prefix whose namespace is $null. */
export const SearchXMLPrefixNullError = () =>
  entry('PrefixError', 'This command cannot be run because the prefix value in the Namespace parameter is null. Provide a valid value for the prefix, and then run the command again.');

// ---- Test-Json (TestJsonCmdletStrings.resx) ---------------------------------------------------------

export const InvalidJson = () => entry('InvalidJson', 'Cannot parse the JSON.');
export const InvalidJsonSchema = () => entry('InvalidJsonSchema', 'Cannot parse the JSON schema.');
export const UnresolvedJsonSchemaRef = () =>
  entry(
    'UnresolvedJsonSchemaRef',
    "The JSON schema contains a reference that could not be resolved. External schema references are not supported by default, use the 'FetchExternalReference' parameter to enable it.",
  );
export const JsonSchemaFileOpenFailure = (path: string) => entry('JsonSchemaFileOpenFailure', `Can not open JSON schema file: ${path}`);
export const InvalidJsonAgainstSchemaDetailed = (message: string, location: string) =>
  entry('InvalidJsonAgainstSchemaDetailed', `The JSON is not valid with the schema: ${message} at '${location}'`);

// ---- ConvertFrom-Json (WebCmdletStrings.resx) ----------------------------------------------------------

export const JsonDeserializationFailed = (inner: string) => entry('JsonDeserializationFailed', `Conversion from JSON failed with error: ${inner}`);
export const EmptyKeyInJsonString = () =>
  entry('EmptyKeyInJsonString', 'The provided JSON includes a property whose name is an empty string, this is only supported using the -AsHashTable switch.');
export const KeysWithDifferentCasingInJsonString = (existing: string, key: string) =>
  entry(
    'KeysWithDifferentCasingInJsonString',
    `Cannot convert the JSON string because it contains keys with different casing. Please use the -AsHashTable switch instead. The key that was attempted to be added to the existing key '${existing}' was '${key}'.`,
  );

// ---- Add-Type (AddTypeStrings.resx, and spo-shell's own for what it cannot do) ----------------------

export const FileExtensionNotSupported = (extension: string) =>
  entry('EXTENSION_NOT_SUPPORTED', `Cannot add type. The "${extension}" extension is not supported.`);
export const AssemblyNotLoadable = (path: string) => entry('System.IO.FileNotFoundException', `Could not load file or assembly '${path}'. The system cannot find the file specified.`);
export const SourceFileNotFound = (path: string) => entry('System.IO.FileNotFoundException', `Could not find file '${path}'.`);
/** spo-shell's own: it has no C# compiler (docs/language.md, deviations). */
export const CompilerNotAvailable = () =>
  entry('CompilerNotAvailable', 'Cannot add type. spo-shell cannot compile C# source: it has no .NET compiler. Use the types spo-shell provides, or PowerShell 7 for compiled types.');
/** spo-shell's own: it runs no .NET assemblies (docs/language.md, deviations). */
export const AssemblyLoadNotSupported = (path: string) =>
  entry('AssemblyLoadNotSupported', `Cannot add type. spo-shell cannot load the assembly '${path}': it runs no .NET code.`);

// ---- Import-PowerShellDataFile (UtilityCommonStrings.resx, AutomationExceptions) -----------------------

export const CouldNotParseAsPowerShellDataFile = (path: string) =>
  entry('CouldNotParseAsPowerShellDataFile', `The file '${path}' could not be parsed as a PowerShell Data File.`);
export const CouldNotParseAsPowerShellDataFileNoHashtableRoot = (path: string) =>
  entry('CouldNotParseAsPowerShellDataFileNoHashtableRoot', `The file '${path}' could not be parsed as a PowerShell Data File.`);
export const DynamicExpressionNotSafe = (text: string) =>
  entry('System.InvalidOperationException', `Cannot generate a PowerShell object for a ScriptBlock evaluating dynamic expressions. Dynamic expression: ${text}.`);
export const ReadWriteMultipleFilesNotSupported = () =>
  entry('ReadWriteMultipleFilesNotSupported', 'Cannot perform operation because the path resolved to more than one file. This command cannot operate on multiple files.');
export const WildcardPathNotResolved = (path: string) =>
  entry('FileOpenFailure', `Cannot perform operation because the wildcard path ${path} did not resolve to a file.`);

// ---- Export-Alias and Import-Alias (AliasCommandStrings.resx) -----------------------------------------

export const ExportAliasHeaderTitle = () => '# Alias File';
export const ExportAliasHeaderUser = (user: string) => `# Exported by : ${user}`;
export const ExportAliasHeaderDate = (date: string) => `# Date/Time : ${date}`;
export const ExportAliasHeaderMachine = (machine: string) => `# Computer : ${machine}`;
export const ExportAliasNotFound = (name: string) => entry('AliasNotFound', `Cannot find alias because alias '${name}' does not exist.`);
export const ImportAliasFileFormatError = (line: number, file: string) =>
  entry(
    'ImportAliasFileFormatError',
    `Cannot import an alias. Line number ${line} in the file '${file}' is not a properly-formatted, comma-separated values (CSV) line for aliases. Change the line to contain four values separated by commas. If the value text itself contains a comma, then the value must be contained in quotation marks.`,
  );
export const ImportAliasOptionsError = (line: number, file: string) =>
  entry('ImportAliasOptionsError', `Cannot import the alias because line number ${line} in the file '${file}' contains an option that is not recognized for aliases. Change the file to contain valid options.`);
export const AliasAlreadyExists = (name: string) => entry('AliasAlreadyExists', `The alias is not allowed, because an alias with the name '${name}' already exists.`);
export const AliasCommandAlreadyExists = (name: string, commandType: string) =>
  entry('AliasAlreadyExists', `The alias is not allowed, because a command with the name '${name}' and command type '${commandType}' already exists.`);
export const ImportAliasPathResolvedToMultiple = (path: string) =>
  entry(
    'NotSupported',
    `Cannot import alias because path '${path}' contains wildcard characters that resolve to multiple paths. Aliases can be imported from only one file. Change the value of the Path parameter to a path that resolves to a single file.`,
  );
export const ImportAliasFileOpenFailed = (file: string, inner: string) => entry('FileOpenFailure', `Cannot open file ${file} to import the alias. ${inner}`);

// ---- Update-TypeData, Remove-TypeData (UpdateDataStrings.resx; TypesXmlStrings.resx for the type table's errors) ----

export const MemberTypeIsMissing = () => entry('MemberTypeIsMissing', 'The MemberName, Value, and SecondValue parameters cannot be specified without the MemberType parameter.');
export const MemberNameShouldBeSpecified = (type: string) => entry('MemberNameShouldBeSpecified', `The MemberName parameter is required for the type "${type}". Please specify the MemberName parameter.`);
export const ValueShouldBeSpecified = (type: string) => entry('ValueShouldBeSpecified', `The Value parameter is required for the type "${type}". Please specify the Value parameter.`);
export const SecondValueShouldNotBeSpecified = (type: string) =>
  entry('SecondValueShouldNotBeSpecified', `The SecondValue parameter is not necessary for a member of type "${type}", and should not be specified. Do not specify the SecondValue parameter when updating this member type.`);
export const ValueAndSecondValueAreNotBothNull = (type: string) =>
  entry('ValueAndSecondValueAreNotBothNull', `The Value and SecondValue parameters should not both be null for a member of type "${type}". Specify a non-null value for one of the two parameters.`);
export const TypeDataEmpty = (type: string) => entry('TypeDataEmpty', `No member is specified for the update on type "${type}".`);
export const WrongExtension = (path: string) => entry('WrongExtension', `Cannot read the file "${path}"  because it does not have the file name extension "ps1xml".`);
/** TypesXmlStrings.TypeDataTypeError wrapping one of the type table's errors (TypesDynamicUpdateException, TypesDynamicRemoveException). */
export const TypeDataError = (type: string, inner: string) => `Error in TypeData "${type}": ${inner}`;
export const DuplicateMember = (member: string) => `The member ${member} is already present.`;
export const TypeNotFound = (type: string) => `The type "${type}" was not found. The type name value must be the full name of the type. Verify the type name and run the command again.`;
