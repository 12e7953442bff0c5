#### a function whose parameters name a set takes no automatic positions
function fs { param([Parameter(ParameterSetName="A")]$a, [Parameter(ParameterSetName="A")]$b) "$a|$b" }
fs 1 2
function fm { param([Parameter(ParameterSetName="A")]$a, $b) "$a|$b" }
fm 1
function fa { param([Parameter(ParameterSetName="__AllParameterSets")]$a, $b) "$a|$b" }
fa 1 2
function fts { param([Parameter(ParameterSetName="A")]$a, [Parameter(ParameterSetName="B")]$b) "$a|$b" }
fts 1
fts -a 1 2
function fd { [CmdletBinding(DefaultParameterSetName="A")] param([Parameter(ParameterSetName="A")]$a, [Parameter(ParameterSetName="B")]$b) "$a|$b" }
fd 1
Get-Command fs -Syntax
