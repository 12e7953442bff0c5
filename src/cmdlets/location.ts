// The PathInfo object Get-Location and Set-Location -PassThru return (PowerShell shows its Path); $PWD
// holds the same object, so it is built in the engine.

export {
  drivePath,
  drivePathInfo,
  driveLocation,
  forgetDriveLocation,
  locationDriveOf,
  locationForm,
  locationInfo,
  pathInfo,
  setLocationForm,
  type LocationForm,
} from '../engine/automatic-variables.js';
