// The PathInfo object Get-Location and Set-Location -PassThru return (PowerShell shows its Path); $PWD
// holds the same object, so it is built in the engine.

export { locationForm, locationInfo, pathInfo, setLocationForm, tempDriveLocation, tempDrivePath, tempPathInfo, type LocationForm } from '../engine/automatic-variables.js';
