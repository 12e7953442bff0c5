# Blanks and line breaks between `.` or `::` and a member's name, which pwsh's expression mode reads
# (`$site.` and `Url` on the next line), and where the name is missing: MissingPropertyName at the
# first character that is not a blank, and incomplete input only when nothing but blanks follow.

#### a member name after blanks
$x = 'ab'
$x. Length
$x.  ToUpper()
[int]:: MaxValue
[math]::  Max(2, 3)

#### a member name on the next line
$x = 'ab'
$x.
  Length
$site = [pscustomobject]@{ Url = 'https://contoso.sharepoint.com' }
$site.
    Url.
    Length

#### a missing name before a closing parenthesis
$x = 'ab'
($x.)

#### a missing name before a semicolon
$x.;1

#### a static member missing before a parenthesis
[int]::)

#### a missing name at the end of a line, then more lines
$x.

1

#### the range operator is not a member access
$a = 1
$a..3
