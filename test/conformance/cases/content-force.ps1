# Get-Content, Set-Content, Add-Content and Clear-Content -Force on Linux, as pwsh 7.6.10 does them: a
# wildcard matches hidden (dot-named) files only with -Force, and one that matches nothing is the
# provider's ItemNotFound (Clear-Content says nothing). Read-only files need a user whom the file's mode
# binds: test/content-force.test.ts (the corpus runs as root, whom no mode stops; -Force writes anyway).

#### a hidden file: named, it is read and written; by a wildcard only with -Force
$null = New-Item -ItemType Directory ./cf1; Set-Content ./cf1/.hid 1
Get-Content ./cf1/.hid; Get-Content ./cf1/.hid -Force
Get-Content ./cf1/.h* -Force
Set-Content ./cf1/.h* 4 -Force; Get-Content ./cf1/.hid
Add-Content ./cf1/.h* 5 -Force; (Get-Content ./cf1/.hid) -join ','
Get-Content ./cf1/.hid -Force -TotalCount 1
Clear-Content ./cf1/.h* -Force; (Get-Item ./cf1/.hid -Force).Length
Remove-Item ./cf1 -Recurse -Force

#### a wildcard that matches nothing
$null = New-Item -ItemType Directory ./cf2; Set-Content ./cf2/.hid 1
foreach ($c in 'Set-Content', 'Add-Content', 'Get-Content', 'Clear-Content') {
  if ($c -in 'Get-Content', 'Clear-Content') { & $c ./cf2/.h*, ./cf2/x* -ErrorVariable ev -ErrorAction SilentlyContinue }
  else { & $c ./cf2/.h*, ./cf2/x* 1 -ErrorVariable ev -ErrorAction SilentlyContinue }
  "$c $($ev.Count)"
  $ev | ForEach-Object { $_.FullyQualifiedErrorId; $_.CategoryInfo.ToString(); $_.Exception.GetType().FullName; $_.Exception.Message; $_.TargetObject -join '|' }
}
Get-Content ./cf2/.h*
Remove-Item ./cf2 -Recurse -Force

#### a read-only file, as root
$null = New-Item -ItemType Directory ./cf3; Set-Content ./cf3/ro 1; (Get-Item ./cf3/ro).IsReadOnly = $true
Set-Content ./cf3/ro 2; Add-Content ./cf3/ro 3 -Force; (Get-Content ./cf3/ro) -join ','; (Get-Item ./cf3/ro).IsReadOnly
Clear-Content ./cf3/ro -Force; (Get-Item ./cf3/ro).Length; (Get-Item ./cf3/ro).UnixMode
Remove-Item ./cf3 -Recurse -Force
