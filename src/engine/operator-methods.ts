// The .NET operator method behind each arithmetic operator: PowerShell names it in its errors
// ("does not contain a method named 'op_Addition'", "Exception calling "op_Division" ...") for
// numbers, enums, dates and spans, and objects alike.

export const OPERATOR_METHOD: Readonly<Record<string, string>> = { '+': 'op_Addition', '-': 'op_Subtraction', '*': 'op_Multiply', '/': 'op_Division', '%': 'op_Modulus' };
