// Runtime messages of the evaluator, named after PowerShell's resources: RuntimeException-family
// texts (ParserStrings/RunTimeErrors via ParserOps), ExtendedTypeSystem.resx (conversions, members)
// and the other tables the engine speaks for. Each entry pairs the error id with its text, so a
// reviewer can hold this table against the .resx files; pure texts (wrapped by another entry)
// are plain functions.

/** One message of a table: PowerShell's error id and its text, always together. */
export interface MessageEntry {
  errorId: string;
  message: string;
}

export const entry = (errorId: string, message: string): MessageEntry => ({ errorId, message });

// ---- WildcardPattern (Resources: WildcardPatternException) -------------------------------------

export const WILDCARD_PATTERN_NOT_VALID = (pattern: string) => `The specified wildcard character pattern is not valid: ${pattern}`;

// ---- PSTraceSource's argument exceptions (AutomationExceptions.resx: Argument, ArgumentNull) -------

/** PSTraceSource.NewArgumentException: an argument whose value is not valid. */
export const ArgumentNotValid = (name: string) =>
  `Cannot process argument because the value of argument "${name}" is not valid. Change the value of the "${name}" argument and run the operation again.`;

/** PSTraceSource.NewArgumentNullException: an argument that is null. */
export const ArgumentNull = (name: string) => `Cannot process argument because the value of argument "${name}" is null. Change the value of argument "${name}" to a non-null value.`;

// ---- Exported secure strings (Serialization.resx, SecureStringCommands; .NET's own texts) ---------------

/** Utils.CheckKeyArg: a key that is not 16, 24 or 32 bytes (an AES key). */
export const InvalidKeyLength = 'The specified key is not valid. Valid key length settings are either 128 bits, 192 bits, or 256 bits.';
/** Serialization.InvalidKey: decrypted data that is not whole UTF-16 characters. */
export const InvalidKey = 'Could not decrypt data. The data was not encrypted with this key.';
/** .NET's PKCS7 check after decryption with the wrong key. */
export const PaddingInvalid = 'Padding is invalid and cannot be removed.';
/** .NET's AES decryptor given data that is not whole 16-byte blocks. */
export const IncompleteBlock = 'The input data is not a complete block.';
/** .NET's Aes.CreateDecryptor given an IV that is not 16 bytes. */
export const InvalidIV = "Specified initialization vector (IV) does not match the block size for this algorithm. (Parameter 'rgbIV')";
/** byte.Parse of two characters that are not hexadecimal digits. */
export const InputStringNotInCorrectFormat = (text: string) => `The input string '${text}' was not in a correct format.`;

// ---- Command runtime (MshCommandRuntime; CommandBaseStrings / ErrorPackage) ----------------------

export const ActionPreferenceStop = (variable: string, message: string) =>
  entry('ActionPreferenceStop', `The running command stopped because the preference variable "${variable}" or common parameter is set to Stop: ${message}`);

export const ActionPreferenceStopByUser = () => entry('ActionPreferenceStop', 'The running command stopped because the user selected the Stop option.');

export const CouldNotPromptForCredential = (message: string) => entry('CouldNotPromptForCredential', message);

export const NonInteractive = (message: string) => entry('NonInteractive', message);

// ---- Command discovery (DiscoveryExceptions.resx) ------------------------------------------------

export const CommandNotFoundException = (name: string) =>
  entry(
    'CommandNotFoundException',
    `The term '${name}' is not recognized as a name of a cmdlet, function, script file, or executable program.\nCheck the spelling of the name, or if a path was included, verify that the path is correct and try again.`,
  );

/**
 * spo-shell's own: a cmdlet of a module the shell re-implements (SharePoint Online) that this
 * version does not have yet. Still a CommandNotFoundException, so `catch` blocks written for a
 * missing command keep working.
 */
export const CommandNotAvailableInSpoShell = (name: string, module: string) =>
  entry('CommandNotAvailableInSpoShell', `${name} is a cmdlet of the ${module} module that is not available in this version of spo-shell.`);

/** spo-shell's own addition to "not recognized" when the script asked for modules the shell does not have. */
export const RequestedModulesNotAvailable = (modules: readonly string[]) =>
  modules.length === 1
    ? `It may come from the module '${modules[0]}', which the script asked for but spo-shell does not have.`
    : `It may come from one of the modules ${modules.map((m) => `'${m}'`).join(', ')}, which the script asked for but spo-shell does not have.`;

// ---- Inquire (what a warning, verbose, debug or information message asks under Inquire) --------------

export const ContinueWithOperation = () => 'Continue with this operation?';

// ---- Session state (SessionStateStrings.resx) --------------------------------------------------------

/** `$nosuch:x = 1`: a variable path whose drive does not exist. */
export const DriveNotFound = (drive: string) => entry('DriveNotFound', `Cannot find drive. A drive with the name '${drive}' does not exist.`);

/** New-PSDrive of a name the scope already has a drive of (SessionStateStrings.DriveAlreadyExists). */
export const DriveAlreadyExists = (drive: string) => entry('DriveAlreadyExists', `A drive with the name '${drive}' already exists.`);

/** New-PSDrive of a name with `; ~ / \ . :` in it (SessionStateStrings.DriveNameIllegalCharacters). */
export const DriveNameIllegalCharacters = () =>
  entry('Argument', 'Cannot process the drive name because the drive name contains one or more of the following characters that are not valid: ; ~ / \\ . :');

/** New-PSDrive's FileSystem root that is no folder (FileSystemProviderStrings.DriveRootError). */
export const DriveRootError = (root: string) => entry('DriveRootError', `The specified drive root "${root}" either does not exist, or it is not a folder.`);

/** Remove-PSDrive of the drive the location is on, without -Force (SessionStateStrings.RemoveDriveInUse). */
export const RemoveDriveInUse = (drive: string) => entry('InvalidOperation', `Cannot remove drive '${drive}' because it is in use.`);

/** A -Scope value that is no scope name or number (SessionStateStrings / PSTraceSource argument text). */
export const ScopeNotValid = () =>
  'Cannot process argument because the value of parameter "Scope" is not valid. Valid values are "Global", "Local", or "Script", or a number relative to the current scope (0 through the number of scopes where 0 is the current scope and 1 is its parent). Change the value of the "Scope" parameter and run the operation again.';

/** A -Scope number past the global scope (SessionStateStrings.ScopeIDExceedsAvailableScopes). */
export const ScopeIDExceedsAvailableScopes = (scope: number) => `The scope number '${scope}' exceeds the number of active scopes. (Parameter 'Scope')\nActual value was ${scope}.`;

/** Remove-Item without -Force on a hidden or read-only item (FileSystemProviderStrings.PermissionError). */
export const RemoveFileSystemItemUnAuthorizedAccess = () =>
  entry('RemoveFileSystemItemUnAuthorizedAccess', 'You do not have sufficient access rights to perform this operation or the item is hidden, system, or read only.');

/** Remove-Item on a folder that still holds items it kept (FileSystemProviderStrings.DirectoryNotEmpty). */
export const DirectoryNotEmpty = (path: string) => entry('DirectoryNotEmpty', `Directory ${path} cannot be removed because it is not empty.`);

/** A -Path that names nothing, or only items -Include/-Exclude leave out, to the content cmdlets (SessionStateStrings.ItemNotFound). */
export const ItemNotFoundFiltered = (path: string) => entry('ItemNotFound', `An object at the specified path ${path} does not exist, or has been filtered by the -Include or -Exclude parameter.`);

/** An item property the FileSystem provider does not find (FileSystemProviderStrings.PropertyNotFound). */
export const PropertyNotFound = (property: string) => `The property ${property} does not exist or was not found.`;

/** Get-/Set-ItemProperty on a provider without item properties (SessionStateStrings.IPropertyCmdletProvider_NotSupported). */
export const IPropertyCmdletProviderNotSupported = () => 'Cannot use interface. The IPropertyCmdletProvider interface is not supported by this provider.';

/** A provider without the operation a cmdlet asked of it (SessionStateStrings.ProviderOperationNotSupported; Clear-Item on a file). */
export const ProviderOperationNotSupported = () => 'Provider operation stopped because the provider does not support this operation.';

/** Copy-Item between providers (NavigationResources.CopyItemSourceAndDestinationNotSameProvider). */
export const CopyItemSourceAndDestinationNotSameProvider = () => 'Source and destination path did not resolve to the same provider.';

/** Move-Item on a provider that cannot navigate (SessionStateStrings.NavigationCmdletProvider_NotSupported). */
export const NavigationProviderNotSupported = () => 'The NavigationCmdletProvider methods are not supported by this provider.';

/** Set-ItemProperty of a property that has no setter (ExtendedTypeSystem.ReadOnlyProperty). */
export const UsingVariableIsUndefined = (written: string) =>
  entry('UsingVariableIsUndefined', `The value of the using variable '$using:${written}' cannot be retrieved because it has not been set in the local session.`);
// FileSystemProvider's content errors for a folder (Clear-Content, Set-Content, Add-Content).
export const ClearDirectoryContent = (path: string) =>
  entry('ClearDirectoryContent', `Unable to clear content of '${path}' because it is a directory. Clear-Content is only supported on files.`);
export const WriteContainerContentException = (path: string) => entry('WriteContainerContentException', `Unable to write content because it is a directory: '${path}'.`);
export const ReadOnlyProperty = (property: string) => entry('ReadOnlyProperty', `"${property}" is a ReadOnly property.`);

/** An out or ref parameter given a value, not a `[ref]` (ExtendedTypeSystem.NonRefArgumentToRefParameter); `position` counts from 1. */
export const NonRefArgumentToRefParameter = (position: number) =>
  entry('NonRefArgumentToRefParameterMsg', `Argument: '${position}' should be a System.Management.Automation.PSReference. Use [ref].`);

/** A property setter that failed (ExtendedTypeSystem.ExceptionWhenSetting). */
export const ExceptionWhenSetting = (property: string, message: string) => entry('CatchFromBaseAdapterSetValue', `Exception setting "${property}": "${message}"`);

/** `Nope::/tmp`: a provider-qualified path whose provider does not exist. */
export const ProviderNotFound = (provider: string) => entry('ProviderNotFound', `Cannot find a provider with the name '${provider}'.`);

/**
 * spo-shell's own: `Env:HOME` (or `Environment::HOME`) given to a command that works on the FileSystem
 * provider only (Resolve-Path, Copy-Item, Add-Content, Set-Location ...; Get-Item and the other item and
 * content cmdlets read those drives: cmdlets/session-providers.ts).
 */
export const ProviderNotSupported = (provider: string, drive?: string) =>
  entry(
    'ProviderNotSupported',
    `${drive ? `The '${drive}' drive belongs to PowerShell's ${provider} provider` : `PowerShell's ${provider} provider is not available here`}: spo-shell runs this command on the file system only.`,
  );

// ---- FileSystem provider links (FileSystemProviderStrings.resx; New-Item -ItemType SymbolicLink/HardLink/Junction) ----

/** A link's path that is taken, without -Force (FileSystemProviderStrings.SymlinkItemExists). */
export const SymLinkExists = (path: string) => entry('SymLinkExists', `Cannot create link because the path already exists: ${path}.`);

/** A link with no -Value/-Target (FileSystemProviderStrings.ArgumentNull on the target). */
export const LinkTargetNotSpecified = (path: string) => entry('ArgumentNull', `Link '${path}' cannot be created because the target Value was not specified.`);

/** A hard link's or junction's target that is not there (FileSystemProviderStrings.ItemNotFound). */
export const LinkItemNotFound = (path: string) => entry('ItemNotFound', `Could not find item ${path}.`);

/** A hard link to a folder (FileSystemProviderStrings.ItemNotFile). */
export const ItemNotFile = (path: string) => entry('ItemNotFile', `A file is required for the operation. The item '${path}' is not a file.`);

/** A junction to a file (FileSystemProviderStrings.ItemNotDirectory). */
export const ItemNotDirectory = (path: string) => entry('ItemNotDirectory', `A directory is required for the operation. The item '${path}' is not a directory.`);

/** A junction's relative target (FileSystemProviderStrings.NotAbsolutePath). */
export const NotAbsolutePath = () => entry('NotAbsolutePath', 'Creating a junction requires an absolute path for the target.');

// ---- FileSystem provider content (FileSystemProviderStrings.resx; -AsByteStream) ------------------------

/** Get-/Set-/Add-Content -AsByteStream with -Encoding: a warning. */
export const EncodingNotUsed = "Encoding not used when '-AsByteStream' specified.";
/** Get-Content -Raw with -TotalCount or -Tail (FileSystemProviderStrings.NoRawWith...): it ends the statement. */
export const RawAndParameter = (parameter: string) => `The 'Raw' and '${parameter}' parameters cannot be specified in the same command.`;
/** Set-/Add-Content -AsByteStream given a value that is not a [byte]. */
export const ByteEncodingError = 'Cannot proceed with byte encoding. When using byte encoding the content must be of type byte.';

// ---- Preference variables (the Suspend value; about_Preference_Variables) -----------------------

export const SuspendActionPreferenceReserved = () =>
  'The Suspend ActionPreference value is reserved for future use and is not supported at this time. For more information about preference variables, see the Help topic, "about_Preference_Variables."';

// ---- Operators (RunTimeErrors / ParserOps) ------------------------------------------------------

export const AddHashTableToNonHashTable = () => entry('AddHashTableToNonHashTable', 'A hash table can only be added to another hash table.');

export const DuplicateKey = (key: string) => entry('System.ArgumentException', `Item has already been added. Key in dictionary: '${key}'  Key being added: '${key}'`);

export const DivideByZero = () => entry('RuntimeException', 'Attempted to divide by zero.');

// .NET failures of `*` on a string or an array, which PowerShell reports as OperationStopped.
export const InsufficientMemory = () => entry('System.OutOfMemoryException', 'Insufficient memory to continue the execution of the program.');

// The repeated text's length overflows an Int32 before any allocation is tried.
export const RepeatLengthOutOfRange = () => entry('System.ArgumentOutOfRangeException', "Specified argument was out of the range of valid values. (Parameter 'length')");

export const ArrayDimensionsExceeded = () => entry('System.OutOfMemoryException', 'Array dimensions exceeded supported range.');

export const NegativeRepeatCount = (times: number) =>
  entry('System.ArgumentOutOfRangeException', `times ('${times}') must be a non-negative value. (Parameter 'times')\nActual value was ${times}.`);

export const DecimalOverflow = () => entry('System.OverflowException', 'Value was either too large or too small for a Decimal.');

export const RangeTooBig = () => entry('RangeTooBig', 'The range is too big. Ranges are limited to 50,000,000 elements.');

export const FormatError = (inner: string) => entry('FormatError', `Error formatting a string: ${inner}.`);

export const InvalidRegularExpression = (pattern: string) => entry('InvalidRegularExpression', `The regular expression pattern ${pattern} is not valid.`);

// ---- Conversions (ExtendedTypeSystem.resx; the inner .NET texts as .NET words them) ---------------
// Names follow the .resx where this table is sure of them; the enum-name texts come from
// EnumExpressionEvaluator / EnumMinimumDisambiguation and carry descriptive names.

/** InvalidCastExceptionWithInnerException: `Cannot convert value "{0}" to type "{1}". Error: "{2}"`. */
export const InvalidCastExceptionWithInnerException = (value: string, type: string, inner: string) =>
  `Cannot convert value "${value}" to type "${type}". Error: "${inner}"`;

/** InvalidCastException: `Cannot convert the "{0}" value of type "{1}" to type "{2}".` */
export const InvalidCastException = (value: string, valueType: string, type: string) =>
  `Cannot convert the "${value}" value of type "${valueType}" to type "${type}".`;

/** The same without a printable value (a SecureString target). */
export const InvalidCastExceptionNoValue = (valueType: string, type: string) => `Cannot convert the value of type "${valueType}" to type "${type}".`;

/** An enum value that is not defined; `value` is `value "x"` or `null`. */
export const InvalidCastExceptionEnumerationValue = (value: string, type: string, names: readonly string[]) =>
  `Cannot convert ${value} to type "${type}" due to enumeration values that are not valid. Specify one of the following enumeration values and try again. The possible enumeration values are "${names.join(',')}".`;

export const EnumAmbiguousIdentifier = (name: string, matches: readonly string[]) =>
  `The identifier name ${name} cannot be processed because it is either too similar or identical to the following enumerator names: ${matches.join(', ')}. Use a more specific identifier name.`;

export const EnumNoMatch = (name: string, names: readonly string[]) =>
  `Unable to match the identifier name ${name} to a valid enumerator name. Specify one of the following enumerator names and try again:\n${names.join(', ')}`;

/** .NET's OverflowException text for Int32. */
export const Int32Overflow = () => 'Value was either too large or too small for an Int32.';

/** .NET's FormatException text for a number that does not parse. */
export const NumberFormat = (text: string) => `The input string '${text}' was not in a correct format.`;

/** A [bool] (or [switch]) parameter given something other than a Boolean or a number. */
export const BooleanParameterConversion = (value: string, type = 'System.Boolean') =>
  `Cannot convert value "${value}" to type "${type}". Boolean parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.`;

// ---- Evaluator (RunTimeErrors / ParserStrings raised at run time) --------------------------------

export const IndexOutOfRange = () => entry('IndexOutOfRange', 'Index was outside the bounds of the array.');
/** .NET's InvalidCastException of a value cast to a multidimensional array type (`[int[,]](1,2)`). */
export const CastToMultidimensionalArray = (from: string, to: string) => `Unable to cast object of type '${from}' to type '${to}'.`;
/** SessionStateStrings.AliasNotWritable: Set-Alias, Set-Item or `$alias:x = ` on a ReadOnly (without -Force) or Constant alias. */
export const AliasNotWritable = (name: string) => `Alias is not writeable because alias ${name} is read-only or constant and cannot be written to.`;
/** SessionStateStrings.AliasAllScopeOptionCannotBeRemoved: Set-Alias/New-Alias over an AllScope alias without -Option AllScope. */
export const AliasAllScopeOptionCannotBeRemoved = (name: string) => `The AllScope option cannot be removed from the alias '${name}'.`;
/** SessionStateStrings.AliasNotRemovable: Remove-Item on a ReadOnly (without -Force) or Constant alias. */
export const AliasNotRemovable = (name: string) => `Alias was not removed because alias ${name} is constant or read-only.`;
/** .NET's CultureNotFoundException for a culture number it does not know (`[cultureinfo]99999`). */
export const CultureIdNotSupported = (id: number) => `Culture is not supported. (Parameter 'culture')\n${id} (0x${id.toString(16).padStart(4, '0')}) is an invalid culture identifier.`;
/** spo-shell's own: a multidimensional array cannot be made (docs/language.md). */
export const MultidimensionalArrayNotSupported = (type: string, jagged: string) => `Multidimensional arrays ([${type}]) are not supported by spo-shell; use a jagged array ([${jagged}]) instead.`;
/** .NET's ArgumentOutOfRangeException of a list's indexer (`$arrayList[9] = 1`). */
// OrderedDictionary's positional indexer, assigned past its end.
export const OrderedIndexOutOfRange = () => entry('System.ArgumentOutOfRangeException', "Specified argument was out of the range of valid values. (Parameter 'index')");

export const ListIndexOutOfRange = () => "Index was out of range. Must be non-negative and less than the size of the collection. (Parameter 'index')";

export const NullArray = () => entry('NullArray', 'Cannot index into a null array.');

export const CannotIndex = (typeName: string) => entry('CannotIndex', `Unable to index into an object of type "${typeName}".`);

export const DuplicateKeyInHashLiteral = (key: string) => entry('DuplicateKeyInHashLiteral', `Duplicate keys '${key}' are not allowed in hash literals.`);

/** `$true * 1`, `$true -shl 1`: no operator for the operand types. */
export const OperationNotDefined = (left: string, op: string, right: string) =>
  entry('NotDefined', `The operation '[${left}] ${op} [${right}]' is not defined.`);
/** A comparison whose right operand does not convert to the left operand's type (ExtendedTypeSystem.ComparisonFailure). */
export const ComparisonFailure = (left: string, right: string, inner: string) =>
  entry('ComparisonFailure', `Could not compare "${left}" to "${right}". Error: "${inner}"`);
/** `-lt`, `-gt` ... on a left operand that cannot be ordered (ExtendedTypeSystem.NotIcomparable, from the binder). */
export const NotIcomparable = (left: string) => entry('NotIcomparable', `Cannot compare "${left}" because it is not IComparable.`);
/** The same from LanguagePrimitives.Compare (a PSObject's CompareTo, as a PSCustomObject operand reaches it). */
export const NotIcomparableTo = (left: string, right: string) =>
  entry('NotIcomparable', `Cannot compare "${left}" to "${right}" because the objects are not the same type or the object "${left}" does not implement "IComparable".`);
/**
 * spo-shell's own (docs/language.md, deviations): a .NET type spo knows only as what its values are (a base
 * class or interface recorded from pwsh) resolves for -is, -as and casts, but has no static members or
 * constructors in spo-shell; pwsh would run them.
 */
export const TypeMembersNotAvailable = (typeName: string, member: string) =>
  entry('TypeMembersNotAvailable', `spo-shell does not have the static members of [${typeName}] ('${member}'): the type is available only for -is, -as and casts.`);

/**
 * spo-shell's own (docs/language.md, deviations): a [System.Linq.Enumerable] method pwsh lists that spo
 * does not run (linq.ts runs the ones admin scripts call).
 */
export const LinqMethodNotAvailable = (method: string) =>
  entry('LinqMethodNotAvailable', `spo-shell does not have [System.Linq.Enumerable]'s method '${method}': see docs/language.md for the LINQ methods it runs.`);

export const MethodNotFound = (typeName: string, method: string) =>
  entry('MethodNotFound', `Method invocation failed because [${typeName}] does not contain a method named '${method}'.`);

/** `throw` with no value. */
export const ScriptHalted = () => entry('ScriptHalted', 'ScriptHalted');

// ---- Jobs (RemotingErrorIdStrings.resx, as the *-Job cmdlets report them) ------------------------

export const JobWithSpecifiedSessionNotFound = (id: number) =>
  entry('JobWithSpecifiedSessionNotFound', `The command cannot find a job with the job ID ${id}. Verify the value of the Id parameter and then try the command again.`);
export const JobWithSpecifiedNameNotFound = (name: string) =>
  entry('JobWithSpecifiedNameNotFound', `The command cannot find the job because the job name ${name} was not found. Verify the value of the Name parameter, and then try the command again.`);
/** Start-Job -FilePath with `*` or `?` (an ArgumentException of the command, not a PSArgumentException). */
export const FilePathWildcards = () =>
  entry('System.ArgumentException', "Wildcard characters are not supported for the FilePath parameter. Specify a path without wildcard characters. (Parameter 'filePath')");
/** A background job whose -InitializationScript threw: pwsh's child process reports it through remoting. */
export const JobInitializationFailed = (message: string) =>
  entry('JobInitializationFailed', `[localhost] The background process reported an error with the following message: Remote transport error: ${message}.`);
/** Remove-Job of a running job: the text names the parameter that found it (`Job`, `SessionId` for -Id, `Name`). */
export const JobObjectNotFinishedCannotBeRemoved = (id: number, parameter: 'Job' | 'SessionId' = 'Job') =>
  entry('JobObjectNotFinishedCannotBeRemoved', `The command cannot remove the job with the job ID ${id} because the job is not finished. To remove the job, first stop the job, or use the Force parameter. (Parameter '${parameter}')`);
export const JobWithSpecifiedNameNotCompleted = (id: number, name: string) =>
  entry('JobObjectNotFinishedCannotBeRemoved', `The command cannot remove the job with the job ID ${id} and the name ${name} because the job is not finished. To remove the job, first stop the job, or use the Force parameter. (Parameter 'Name')`);
/** Remove-Job of a child job (a background job's Job2): only its parent can be removed. */
export const CannotRemoveJob = () =>
  entry('CannotRemoveJob', 'The command cannot remove the job because it does not exist or because it is a child job. Child jobs can be removed only by removing the parent job.');

// ---- SessionStateStrings: variables removed through $ExecutionContext.SessionState.PSVariable and Remove-Variable ----
export const VariableNotRemovable = (name: string) => `Cannot remove variable ${name} because it is constant or read-only. If the variable is read-only, try the operation again specifying the Force option.`;

/** spo's own: it runs every script in FullLanguage, so $ExecutionContext.SessionState.LanguageMode takes no other mode (docs/language.md). */
export const LanguageModeNotSupported = (mode: string) => `The language mode '${mode}' is not supported by spo-shell: scripts always run in FullLanguage mode.`;
