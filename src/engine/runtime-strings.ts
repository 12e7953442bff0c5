// Runtime messages of the evaluator, named after PowerShell's resources: RuntimeException-family
// texts (ParserStrings/RunTimeErrors via ParserOps), ExtendedTypeSystem.resx (conversions, members)
// and the other tables the engine speaks for. Each entry pairs the error id with its text, so a
// reviewer can hold this table against the .resx files; pure texts (wrapped by another entry)
// are plain functions.

export interface MessageEntry {
  errorId: string;
  message: string;
}

const entry = (errorId: string, message: string): MessageEntry => ({ errorId, message });

// ---- WildcardPattern (Resources: WildcardPatternException) -------------------------------------

export const WILDCARD_PATTERN_NOT_VALID = (pattern: string) => `The specified wildcard character pattern is not valid: ${pattern}`;

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

// ---- Preference variables (the Suspend value; about_Preference_Variables) -----------------------

export const SuspendActionPreferenceReserved = () =>
  'The Suspend ActionPreference value is reserved for future use and is not supported at this time. For more information about preference variables, see the Help topic, "about_Preference_Variables."';

// ---- Operators (RunTimeErrors / ParserOps) ------------------------------------------------------

export const AddHashTableToNonHashTable = () => entry('AddHashTableToNonHashTable', 'A hash table can only be added to another hash table.');

export const DuplicateKey = (key: string) => entry('DuplicateKey', `Item has already been added. Key in dictionary: '${key}'  Key being added: '${key}'`);

export const DivideByZero = () => entry('RuntimeException', 'Attempted to divide by zero.');

export const RangeTooBig = () => entry('RangeTooBig', 'The range is too big. Ranges are limited to 50,000,000 elements.');

export const FormatError = (inner: string) => entry('FormatError', `Error formatting a string: ${inner}.`);

export const InvalidRegularExpression = (pattern: string) => entry('InvalidRegularExpression', `The regular expression pattern ${pattern} is not valid.`);
