# Get-Member's parameters as pwsh 7.6.10 reads them: -Name patterns in their own order (a member once
# per pattern it matches), -MemberType as a flags enum read by EnumMultipleTypeConverter (wildcards,
# commas, no prefixes), -View, -Static and -Force (member-extras-data.ts, recorded), one blank line
# between the tables of two types, and Format-List's TypeName.

#### -Name patterns keep their order
'abc' | Get-Member -Name T*,L*,Sp* | Out-String -Width 200

#### -Name lists a member once per pattern that matches it
'abc' | Get-Member -Name Le*,L*
'abc' | Get-Member -Name Length,length,Trim

#### -Name on custom objects keeps the names' order
[pscustomobject]@{b=1;a=2} | Get-Member -Name b,a,ToString

#### one blank line between two types' tables
1,'a' | Get-Member -Name Len*,Comp*
'end'

#### two types' tables with different widths
[pscustomobject]@{abcdefghijkl=1},'a' | Get-Member -MemberType NoteProperty,Property

#### -MemberType Property is not ParameterizedProperty
1,'a' | Get-Member -MemberType Property
'a' | Get-Member -MemberType Properties

#### -MemberType as flags, wildcards and numbers
'a' | Get-Member -MemberType Methods -Name T*
'a' | Get-Member -MemberType 'Property,Method' -Name L*
'a' | Get-Member -MemberType @('Property','Method') -Name L*
'a' | Get-Member -MemberType '*Property' -Name L*,Ch*
'a' | Get-Member -MemberType '[PM]*' -Name L*,Cl*,Ch*
'a' | Get-Member -MemberType ' Property ' -Name L*
'a' | Get-Member -MemberType 4 -Name L*
'a' | Get-Member -MemberType All -Name Len*

#### -MemberType errors
'a' | Get-Member -MemberType Foo
'a' | Get-Member -MemberType prop
'a' | Get-Member -MemberType 'Property, Method'
'a' | Get-Member -MemberType 'Property,'
'a' | Get-Member -MemberType Property,Foo
'a' | Get-Member -MemberType ''

#### -View
'a' | Get-Member -View Base -Name Len*
[datetime]::new(2020, 1, 1) | Get-Member -View Extended
[datetime]::new(2020, 1, 1) | Get-Member -View Adapted -Name D*
[datetime]::new(2020, 1, 1) | Get-Member -View All -Name D*
[pscustomobject]@{a=1} | Get-Member -View Base
[pscustomobject]@{a=1} | Get-Member -View Extended
'a' | Get-Member -View Foo

#### -Static
[string] | Get-Member -Static -Name J*
[datetime] | Get-Member -Static -MemberType Property
'a' | Get-Member -Static | Out-String -Width 250
[math] | Get-Member -Static -Name Ro*
[regex] | Get-Member -Static -Name E*
[pscustomobject]@{a=1} | Get-Member -Static
1,2,'a' | Get-Member -Static -Name E*
[string] | Get-Member -Static -View Extended
[string] | Get-Member -Static -Force -Name J*
[guid] | Get-Member -Static | Out-String -Width 250

#### -Force
'a' | Get-Member -Force -Name get_*
'a' | Get-Member -Force
[pscustomobject]@{a=1; b='x'} | Get-Member -Force
'a' | Get-Member -Force -View Base -Name ps*,Len*
'a' | Get-Member -Force -View Extended
@{a=1} | Get-Member -Force -Name get_*,set_*
[datetime]::new(2020, 1, 1) | Get-Member -Force -Name get_*,ps*
'a' | Get-Member -Force -Name ps* | Format-List Name, Definition

#### Format-List shows the TypeName
'a',1 | Get-Member -Name CompareTo | Format-List
('a' | Get-Member -Name Length).TypeName
