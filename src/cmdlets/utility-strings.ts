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
