// Parameter-binding messages, named after PowerShell's ParameterBinderStrings.resx entries (and,
// for the validation texts wrapped inside them, Metadata.resx). Each entry pairs the error id with
// its text, so a reviewer can hold this table against the .resx files.

import { ArgumentNotValid, entry, type MessageEntry } from './runtime-strings.js';

export type { MessageEntry };

// ---- ParameterBinderStrings.resx ---------------------------------------------------------------

export const AmbiguousParameter = (typed: string, names: string[]) =>
  entry('AmbiguousParameter', `Parameter cannot be processed because the parameter name '${typed}' is ambiguous. Possible matches include:${names.map((n) => ` -${n}`).join('')}.`);

export const NamedParameterNotFound = (typed: string) =>
  entry('NamedParameterNotFound', `A parameter cannot be found that matches parameter name '${typed}'.`);

export const PositionalParameterNotFound = (argument: string) =>
  entry('PositionalParameterNotFound', `A positional parameter cannot be found that accepts argument '${argument}'.`);

export const MissingArgument = (name: string, typeName: string) =>
  entry('MissingArgument', `Missing an argument for parameter '${name}'. Specify a parameter of type '${typeName}' and try again.`);

export const ParameterAlreadyBound = (typed: string) =>
  entry(
    'ParameterAlreadyBound',
    `Cannot bind parameter because parameter '${typed}' is specified more than once. To provide multiple values to parameters that can accept multiple values, use the array syntax. For example, "-parameter value1,value2,value3".`,
  );

/**
 * `{6}` is the inner exception's message: empty for a Boolean or switch parameter given a value that is
 * neither Boolean nor a number (hence PowerShell's trailing space), "Specified method is not supported."
 * for a list given to a parameter that takes one value.
 */
export const CannotConvertArgument = (argument: string, typeName: string, name: string, inner = '') =>
  entry('CannotConvertArgument', `Cannot convert '${argument}' to the type '${typeName}' required by parameter '${name}'. ${inner}`);

/** NotSupportedException's message, the inner text of CannotConvertArgument for a list given to a one-value parameter. */
export const NotSupported = 'Specified method is not supported.';

/** PSArgumentException("userName") from CredentialAttribute: the argument is neither a PSCredential nor a string. */
export const CredentialUserName = 'userName';

export const CannotConvertArgumentNoMessage = (name: string, inner: string) =>
  entry('CannotConvertArgumentNoMessage', `Cannot bind parameter '${name}'. ${inner}`);

export const ParameterArgumentValidationErrorNullNotAllowed = (name: string) =>
  entry('ParameterArgumentValidationErrorNullNotAllowed', `Cannot bind argument to parameter '${name}' because it is null.`);

export const ParameterArgumentValidationErrorEmptyStringNotAllowed = (name: string) =>
  entry('ParameterArgumentValidationErrorEmptyStringNotAllowed', `Cannot bind argument to parameter '${name}' because it is an empty string.`);

export const ParameterArgumentValidationErrorEmptyArrayNotAllowed = (name: string) =>
  entry('ParameterArgumentValidationErrorEmptyArrayNotAllowed', `Cannot bind argument to parameter '${name}' because it is an empty array.`);

export const ParameterArgumentValidationError = (name: string, inner: string) =>
  entry('ParameterArgumentValidationError', `Cannot validate argument on parameter '${name}'. ${inner}`);

export const ParameterArgumentTransformationError = (name: string, inner: string) =>
  entry('ParameterArgumentTransformationError', `Cannot process argument transformation on parameter '${name}'. ${inner}`);

export const MissingMandatoryParameter = (names: string[]) =>
  entry('MissingMandatoryParameter', `Cannot process command because of one or more missing mandatory parameters:${names.map((n) => ` ${n}`).join('')}.`);

export const AmbiguousParameterSet = () =>
  entry(
    'AmbiguousParameterSet',
    'Parameter set cannot be resolved using the specified named parameters. One or more parameters issued cannot be used together or an insufficient number of parameters were provided.',
  );

export const InputObjectNotBound = () =>
  entry(
    'InputObjectNotBound',
    'The input object cannot be bound to any parameters for the command either because the command does not take pipeline input or the input and its properties do not match any of the parameters that take pipeline input.',
  );

export const InputObjectMissingMandatory = (names: string[]) =>
  entry('InputObjectMissingMandatory', `The input object cannot be bound because it did not contain the information required to bind all mandatory parameters: ${names.map((n) => ` ${n}`).join('')}`);

/** ParameterBindingFailed around a property-setter failure ("Exception setting ..."). */
export const ParameterBindingFailed = (name: string, inner: string) =>
  entry('ParameterBindingFailed', `Cannot bind parameter '${name}' to the target. Exception setting "${name}": "${inner}"`);

// ---- Metadata.resx (validation texts wrapped by ParameterArgumentValidationError) ---------------

export const ValidateRangeTooSmall = (value: number, min: number) =>
  `The ${value} argument is less than the minimum allowed range of ${min}. Supply an argument that is greater than or equal to ${min} and then try the command again.`;

export const ValidateRangePositiveFailure = (value: number) => `The argument "${value}" cannot be validated because its value is not greater than zero.`;

export const ValidateRangeNonNegativeFailure = (value: number) => `The argument "${value}" cannot be validated because its value is not greater than or equal to zero.`;

export const ValidateRangeNegativeFailure = (value: number) => `The argument "${value}" cannot be validated because its value is not less than zero.`;

export const ValidateRangeNonPositiveFailure = (value: number) => `The argument "${value}" cannot be validated because its value is not less than or equal to zero.`;

export const ValidateRangeTooBig = (value: number, max: number) =>
  `The ${value} argument is greater than the maximum allowed range of ${max}. Supply an argument that is less than or equal to ${max} and then try the command again.`;

export const ValidationRangeElementType = (type: string, rangeType: string) =>
  `The argument cannot be validated because its type "${type}" is not the same type (${rangeType}) as the maximum and minimum limits of the parameter. Make sure the argument is of type ${rangeType} and then try the command again.`;

export const ValidateSetFailure = (value: string, set: string[]) =>
  `The argument "${value}" does not belong to the set "${set.join(',')}" specified by the ValidateSet attribute. Supply an argument that is in the set and then try the command again.`;

export const ValidateNotNullOrEmptyFailure = () =>
  'The argument is null or empty. Provide an argument that is not null or empty, and then try the command again.';

export const ValidateNotNullOrEmptyCollectionFailure = () =>
  'The argument is null, empty, or an element of the argument collection contains a null value. Supply a collection that does not contain any null values and then try the command again.';

export const ValidateNotNullFailure = () => 'The argument is null. Provide a valid value for the argument, and then try running the command again.';

export const ValidateNotNullCollectionFailure = () =>
  'The argument has a null value, or an element of the argument collection contains a null value. Provide a collection that does not contain any null values, and then try the command again.';

export const ValidatePatternFailure = (value: string, pattern: string) =>
  `The argument "${value}" does not match the "${pattern}" pattern. Supply an argument that matches "${pattern}" and try the command again.`;

export const ValidateLengthMinLengthFailure = (length: number, min: number) =>
  `The character length (${length}) of the argument is too short. Specify an argument with a length that is greater than or equal to "${min}", and then try the command again.`;

export const ValidateLengthMaxLengthFailure = (length: number, max: number) =>
  `The character length of the ${length} argument is too long. Shorten the character length of the argument so it is fewer than or equal to "${max}" characters, and then try the command again.`;

export const ValidateCountFailure = (min: number, max: number, count: number) =>
  `The parameter requires at least ${min} value(s) and no more than ${max} value(s) - ${count} value(s) were provided.`;

export const ValidateScriptFailure = (value: string, script: string) =>
  `The "${script}" validation script for the argument with value "${value}" did not return a result of True. Determine why the validation script failed, and then try the command again.`;

export const ArgumentPathInvalid = () => ArgumentNotValid('path');
export const ValidateVariableName = (value: string) => `Cannot validate argument '${value}' because it is not a valid variable name.`;
