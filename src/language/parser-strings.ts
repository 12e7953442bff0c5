// The parser's messages, one table like PowerShell's ParserStrings.resx: each entry pairs the
// error id a ParseError reports with its message template ({0}, {1} are the arguments, as in
// .resx). Keys are the .resx resource names, so a reviewer can hold this table against the .resx.
//
// Where spo-shell reports a different id or text than PowerShell 7.6.10 for the same resource,
// the entry says so; the texts here are what spo-shell prints today and the tests check them.
// The last section holds spo-shell's own messages for constructs it does not support yet; they
// have no .resx counterpart.

export interface ParserString {
  /** The ParseError.errorId reported. */
  readonly id: string;
  /** The message; {0}, {1} are replaced by the arguments. */
  readonly template: string;
}

const entry = (id: string, template: string): ParserString => ({ id, template });

export const ParserStrings = {
  // ---- tokens and literals ----
  UnexpectedToken: entry('UnexpectedToken', "Unexpected token '{0}' in expression or statement."),
  BadNumericConstant: entry('BadNumericConstant', 'The numeric constant {0} is not valid.'),
  TerminatorExpectedAtEndOfString: entry('TerminatorExpectedAtEndOfString', 'The string is missing the terminator: {0}.'),
  MissingTerminatorMultiLineComment: entry('MissingTerminatorMultiLineComment', "The terminator '#>' is missing from the multiline comment."),
  /** PowerShell reports a backtick at the end of input as IncompleteString, "Incomplete string token.". */
  IncompleteLineContinuation: entry('IncompleteLineContinuation', 'Incomplete line continuation.'),
  InvalidUnicodeEscapeSequence: entry(
    'InvalidUnicodeEscapeSequence',
    "The Unicode escape sequence is not valid. A valid sequence is `u{ followed by one to six hex digits and a closing '}'.",
  ),
  TooManyDigitsInUnicodeEscapeSequence: entry(
    'TooManyDigitsInUnicodeEscapeSequence',
    'The Unicode escape sequence contains more than the maximum of six hex digits between braces.',
  ),
  InvalidUnicodeEscapeSequenceValue: entry('InvalidUnicodeEscapeSequenceValue', 'The Unicode escape sequence value is out of range. The maximum value is 0x10FFFF.'),
  UnexpectedCharactersAfterHereStringHeader: entry(
    'UnexpectedCharactersAfterHereStringHeader',
    'No characters are allowed after a here-string header but before the end of the line.',
  ),
  WhitespaceBeforeHereStringFooter: entry('WhitespaceBeforeHereStringFooter', 'White space is not allowed before the string terminator.'),

  // ---- variables and subexpressions ----
  InvalidVariableReference: entry(
    'InvalidVariableReference',
    "Variable reference is not valid. '$' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
  ),
  InvalidVariableReferenceWithDrive: entry(
    'InvalidVariableReferenceWithDrive',
    "Variable reference is not valid. ':' was not followed by a valid variable name character. Consider using ${} to delimit the name.",
  ),
  /** PowerShell 7.6.10 prints "${{variable}} reference starting is missing the closing '}}'." here. */
  // pwsh 7.6.10 prints this resource with its doubled braces as they are.
  IncompleteDollarVariableReference: entry('IncompleteDollarVariableReference', "${{variable}} reference starting is missing the closing '}}'."),
  MissingPropertyName: entry('MissingPropertyName', 'Missing property name after reference operator.'),
  EmptyVariableReference: entry('EmptyVariableReference', 'An empty ${} variable reference was found. A name is required inside the braces.'),
  IncompleteDollarSubexpressionReference: entry('IncompleteDollarSubexpressionReference', "$(subexpression) is missing the closing ')'."),
  MissingEndParenthesisInSubexpression: entry('MissingEndParenthesisInSubexpression', "Missing closing ')' in subexpression."),

  // ---- statements and pipelines ----
  InvalidLeftHandSide: entry(
    'InvalidLeftHandSide',
    'The assignment expression is not valid. The input to an assignment operator must be an object that is able to accept assignments, such as a variable or a property.',
  ),
  ExpectedValueExpression: entry('ExpectedValueExpression', "You must provide a value expression following the '{0}' operator."),
  MissingColonInTernaryExpression: entry('MissingColonInTernaryExpression', "Missing ':' in the ternary expression."),
  /** PowerShell 7 accepts `&&` and `||` (pipeline chains); spo-shell keeps Windows PowerShell's verdict. */
  InvalidEndOfLine: entry('InvalidEndOfLine', "The token '{0}' is not a valid statement separator in this version."),
  EmptyPipeElement: entry('EmptyPipeElement', 'An empty pipe element is not allowed.'),
  UnrecognizedToken: entry('UnrecognizedToken', 'Unrecognized token in source text.'),
  ExpressionsMustBeFirstInPipeline: entry('ExpressionsMustBeFirstInPipeline', 'Expressions are only allowed as the first element of a pipeline.'),
  MissingExpression: entry('MissingExpression', "Missing expression after '{0}' in pipeline element."),
  ScriptTooComplicated: entry('ScriptTooComplicated', 'Processing was stopped because the script is too complex.'),

  // ---- commands ----
  MissingArgument: entry('MissingArgument', 'Missing argument in parameter list.'),
  ParameterRequiresArgument: entry('ParameterRequiresArgument', 'Parameter {0} requires an argument.'),
  SplattingNotPermitted: entry(
    'SplattingNotPermitted',
    "The splatting operator '@' cannot be used to reference variables in an expression. '@{0}' can be used only as an argument to a command. To reference variables in an expression use '${0}'.",
  ),
  SplattingNotPermittedInArgumentList: entry(
    'SplattingNotPermittedInArgumentList',
    "Splatted variables like '@{0}' cannot be part of a comma-separated list of arguments.",
  ),

  // ---- expressions ----
  /** PowerShell reports this one as MissingExpressionAfterToken. */
  MissingExpressionAfterToken: entry('MissingExpression', "Missing expression after '{0}'."),
  /** An expression cut off at the end of input (no .resx counterpart of this exact text). */
  MissingExpressionAtEnd: entry('MissingExpression', 'Missing expression.'),
  OperatorRequiresVariableOrProperty: entry('OperatorRequiresVariableOrProperty', "The '{0}' operator works only on variables or on properties."),
  MissingExpressionAfterOperator: entry('MissingExpressionAfterOperator', "Missing expression after unary operator '{0}'."),
  ExpectedExpression: entry('ExpectedExpression', "An expression was expected after '('."),
  MissingEndParenthesisInExpression: entry('MissingEndParenthesisInExpression', "Missing closing ')' in expression."),
  /** PowerShell 7.6.10's text is "Missing ')' in method call.". */
  MissingEndParenthesisInMethodCall: entry('MissingEndParenthesisInMethodCall', "Missing ')' in method call."),
  MissingEndSquareBracket: entry('MissingEndSquareBracket', "Missing ']' after array index expression."),
  MissingEndCurlyBrace: entry('MissingEndCurlyBrace', "Missing closing '}' in statement block or type definition."),
  MissingEqualsInHashLiteral: entry('MissingEqualsInHashLiteral', "Missing '=' operator after key in hash literal."),
  MissingStatementInHashLiteral: entry('MissingStatementInHashLiteral', "Missing statement after '=' in hash literal."),

  // ---- script blocks, functions, param( ), using, #Requires ----
  MissingEndParenthesisInFunctionParameterList: entry('MissingEndParenthesisInFunctionParameterList', "Missing ')' in function parameter list."),
  InvalidFunctionParameter: entry(
    'InvalidFunctionParameter',
    'Parameter declarations are a comma-separated list of variable names with optional initializer expressions.',
  ),
  /** The same text as MissingExpressionAfterToken above, with PowerShell's id (parameter lists). */
  MissingExpressionAfterTokenInList: entry('MissingExpressionAfterToken', "Missing expression after '{0}'."),
  MissingTypename: entry('MissingTypename', "Missing type name after '['."),
  EndSquareBracketExpectedAtEndOfAttribute: entry('EndSquareBracketExpectedAtEndOfAttribute', 'Missing ] at end of attribute or type literal.'),
  UnexpectedAttribute: entry('UnexpectedAttribute', "Unexpected attribute '{0}'."),
  MissingNameAfterKeyword: entry('MissingNameAfterKeyword', 'Missing name after {0} keyword.'),
  MissingTypeBody: entry('MissingTypeBody', "Missing '{0}' body in '{0}' declaration."),
  MemberAlreadyDefined: entry('MemberAlreadyDefined', "The member '{0}' is already defined."),
  EnumeratorValueMustBeConstant: entry('EnumeratorValueMustBeConstant', 'Enumerator value must be a constant value.'),
  MethodHasCodePathNotReturn: entry('MethodHasCodePathNotReturn', 'Not all code path returns value within method.'),
  VariableNotLocal: entry('VariableNotLocal', 'Variable is not assigned in the method.'),
  EnumeratorValueNotInt: entry('EnumeratorValueNotInt', 'Cannot convert the value to type "int".'),
  MissingFunctionBody: entry('MissingFunctionBody', 'Missing function body in function declaration.'),
  OnlyOneParameterListAllowed: entry('OnlyOneParameterListAllowed', 'The param statement cannot be used if arguments were specified in the function declaration.'),
  MissingNamedBlocks: entry('MissingNamedBlocks', "unexpected token '{0}', expected 'begin', 'process', 'end', 'clean', or 'dynamicparam'."),
  MissingNamedStatementBlock: entry('MissingNamedStatementBlock', "Missing statement block after '{0}'."),
  DuplicateKeyInHashLiteral: entry('DuplicateKeyInHashLiteral', "Duplicate keys '{0}' are not allowed in hash literals."),
  OrderedAttributeOnlyOnHashLiteralNode: entry('OrderedAttributeOnlyOnHashLiteralNode', 'The ordered attribute can be specified only on a hash literal node.'),
  DuplicateScriptCommandClause: entry('DuplicateScriptCommandClause', "Script command clause '{0}' has already been defined."),
  MissingUsingStatementDirective: entry('MissingUsingStatementDirective', 'Missing using directive'),
  MissingUsingItemName: entry('MissingUsingItemName', 'Missing using name'),
  UsingMustBeAtStartOfScript: entry('UsingMustBeAtStartOfScript', "A 'using' statement must appear before any other statements in a script."),
  ModuleNotFoundDuringParse: entry('ModuleNotFoundDuringParse', "Could not find the module '{0}'."),
  ScriptRequiresInvalidFormat: entry(
    'ScriptRequiresInvalidFormat',
    'Cannot process the #requires statement because it is not in the correct format.\nThe #requires statement must be in one of the following formats:\n "#requires -shellid <shellID>"\n "#requires -version <major.minor>"\n "#requires -psedition <edition>"\n "#requires -pssnapin <psSnapInName> [-version <major.minor>]"\n "#requires -modules <ModuleSpecification>"\n "#requires -runasadministrator"',
  ),
  // ---- control flow (Parser.cs: IfStatementRule, loops, SwitchStatementRule, TryStatementRule, TrapStatementRule) ----
  MissingOpenParenthesisInIfStatement: entry('MissingOpenParenthesisInIfStatement', "Missing '(' after '{0}' in if statement."),
  IfStatementMissingCondition: entry('IfStatementMissingCondition', "Missing condition in if statement after '{0} ('."),
  MissingEndParenthesisAfterStatement: entry('MissingEndParenthesisAfterStatement', "Missing closing ')' after expression in '{0}' statement."),
  MissingStatementBlock: entry('MissingStatementBlock', 'Missing statement block after {0} ( condition ).'),
  MissingStatementBlockAfterElse: entry('MissingStatementBlockAfterElse', "Missing statement block after 'else' keyword."),
  MissingOpenParenthesisAfterKeyword: entry('MissingOpenParenthesisAfterKeyword', "Missing opening '(' after keyword '{0}'."),
  MissingVariableNameAfterForeach: entry('MissingVariableNameAfterForeach', 'Missing variable name after foreach.\nThe correct form is: foreach ($a in $b) {...}'),
  MissingInInForeach: entry('MissingInInForeach', "Missing 'in' after variable in foreach loop.\nThe correct form is: foreach ($a in $b) {...}"),
  MissingForeachExpression: entry('MissingForeachExpression', 'Missing expression in foreach loop.\nThe correct form is: foreach ($a in $b) {...}'),
  MissingEndParenthesisAfterForeach: entry(
    'MissingEndParenthesisAfterForeach',
    "Missing closing ')' after expression part of foreach loop.\nThe correct form is: foreach ($a in $b) {...}",
  ),
  MissingForeachStatement: entry('MissingForeachStatement', 'Missing statement body in foreach loop.\nThe correct form is: foreach ($a in $b) {...}'),
  KeywordParameterReservedForFutureUse: entry('KeywordParameterReservedForFutureUse', "The {0} '-{1}' parameter is reserved for future use."),
  MissingLoopStatement: entry('MissingLoopStatement', 'Missing statement body in {0} loop.'),
  MissingExpressionAfterKeyword: entry('MissingExpressionAfterKeyword', "Missing expression after '{0}' in loop."),
  MissingWhileOrUntilInDoWhile: entry('MissingWhileOrUntilInDoWhile', 'Missing while or until keyword in do loop.'),
  InvalidSwitchFlag: entry('InvalidSwitchFlag', 'The parameter {0} is not valid for the switch statement.'),
  PipelineValueRequired: entry('PipelineValueRequired', "A switch statement must have one of the following:  '-file file_name' or '( expression )'."),
  MissingEndParenthesisInSwitchStatement: entry('MissingEndParenthesisInSwitchStatement', "Missing ')' after expression in switch statement."),
  MissingCurlyBraceInSwitchStatement: entry('MissingCurlyBraceInSwitchStatement', "Missing '{' in switch statement."),
  MissingSwitchConditionExpression: entry('MissingSwitchConditionExpression', 'Missing condition in switch statement clause.'),
  MissingSwitchStatementClause: entry('MissingSwitchStatementClause', 'Missing statement block in switch statement clause.'),
  MultipleSwitchDefaultClauses: entry('MultipleSwitchDefaultClauses', 'A switch statement can have only one default clause.'),
  MissingTryStatementBlock: entry('MissingTryStatementBlock', 'The Try statement is missing its statement block.'),
  MissingCatchOrFinally: entry('MissingCatchOrFinally', 'The Try statement is missing its Catch or Finally block.'),
  MissingCatchHandlerBlock: entry('MissingCatchHandlerBlock', 'The Catch block is missing its statement block.'),
  EmptyCatchNotLast: entry('EmptyCatchNotLast', 'Catch block must be the last catch block.'),
  MissingTypeLiteralToken: entry('MissingTypeLiteralToken', 'Missing type literal.'),
  MissingFinallyStatementBlock: entry('MissingFinallyStatementBlock', 'The Finally block is missing its statement block.'),
  MissingTrapStatement: entry('MissingTrapStatement', "The 'trap' statement was incomplete. A trap statement requires a body."),
  MissingFileSpecification: entry('MissingFileSpecification', 'Missing file specification after redirection operator.'),
  StreamAlreadyRedirected: entry('StreamAlreadyRedirected', 'The {0} stream for this command is already redirected.'),
  RedirectionNotSupported: entry('RedirectionNotSupported', "The '{0}' operator is reserved for future use."),
  EmptyPipelineChainElement: entry('EmptyPipelineChainElement', 'A pipeline chain operator must be followed by a pipeline.'),

  // ---- spo-shell's own: constructs outside the subset (no .resx counterpart) ----
  UnsupportedUsing: entry('UnsupportedUsing', "'using {0}' is not supported by spo-shell; only 'using namespace' is."),
  UnsupportedStatement: entry(
    'UnsupportedStatement',
    "The '{0}' statement is not supported by spo-shell. Only commands, variables, expressions and assignments can be used.",
  ),
  UnsupportedIncrementOperator: entry('UnsupportedIncrementOperator', "The '{0}' operator is not supported by spo-shell. Use {1} instead."),
  /** `switch -File` reads a file line by line; spo-shell does not offer it. */
  UnsupportedSwitchFile: entry('UnsupportedSwitchFile', "The switch statement's -File option is not supported by spo-shell. Read the file with Get-Content and switch on its lines."),
} as const satisfies Record<string, ParserString>;

/** The message of an entry with its {0}, {1}, ... replaced (other braces, as in `${}`, stay). */
export function formatParserString(entry: ParserString, args: readonly string[]): string {
  if (args.length === 0) return entry.template;
  return entry.template.replace(/\{(\d)\}/g, (whole, n: string) => args[Number(n)] ?? whole);
}
