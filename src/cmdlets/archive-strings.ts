// Microsoft.PowerShell.Archive 1.2.7's messages (its ArchiveResources.psd1), kept with the archive
// commands (a lazy chunk) rather than in engine/runtime-strings.ts, which every start loads.

import { entry } from '../engine/runtime-strings.js';

// The module's functions name their errors themselves: the id is the one they throw with.
export const ArchivePathNotFound = (path: string) => `The path '${path}' either does not exist or is not a valid file system path.`;
export const ArchiveFileExists = (path: string) =>
  entry('ArchiveFileExists', `The archive file ${path} already exists. Use the -Update parameter to update the existing archive file or use the -Force parameter to overwrite the existing archive file.`);
export const ArchiveFileIsReadOnly = (path: string) =>
  entry(
    'ArchiveFileIsReadOnly',
    `The attributes of the archive file ${path} is set to 'ReadOnly' hence it cannot be updated. If you intend to update the existing archive file, remove the 'ReadOnly' attribute on the archive file else use -Force parameter to override and create a new archive file.`,
  );
export const ArchiveDuplicatePath = (parameter: string, path: string) =>
  entry('DuplicatePathFound', `The input to ${parameter} parameter contains a duplicate path '${path}'. Provide a unique set of paths as input to ${parameter} parameter.`);
export const ArchiveInvalidDestinationPath = (path: string) => entry('InvalidArchiveFilePath', `The destination path '${path}' does not contain a valid archive file name.`);
export const ArchiveFilePathResolvesToMany = (path: string, parameter: string) =>
  entry(
    'InvalidArchiveFilePath',
    `The archive file path '${path}' specified as input to the ${parameter} parameter is resolving to multiple file system paths. Provide a unique path to the ${parameter} parameter where the archive file has to be created.`,
  );
export const ArchiveExpandedDirResolvesToMany = (path: string) =>
  entry(
    'InvalidDestinationPath',
    `The directory path '${path}' specified as input to the DestinationPath parameter is resolving to multiple file system paths. Provide a unique path to the Destination parameter where the archive file contents have to be expanded.`,
  );
export const ArchiveExpandFileExists = (file: string, archive: string) =>
  entry(
    'ExpandArchiveFileExists',
    `Failed to create file '${file}' while expanding the archive file '${archive}' contents as the file '${file}' already exists. Use the -Force parameter if you want to overwrite the existing directory '${file}' contents when expanding the archive file.`,
  );
export const ArchiveBadEntry = (entryName: string) => `Can not process invalid archive entry '${entryName}'.`;
export const ArchiveAppendExtension = (given: string, path: string) =>
  `The archive file path '${given}' supplied to the DestinationPath parameter does not include .zip extension. Hence .zip is appended to the supplied DestinationPath path and the archive file would be created at '${path}'.`;
export const ArchivePreparingToCompress = 'Preparing to compress...';
export const ArchivePreparingToExpand = 'Preparing to expand...';
export const ArchiveAddItem = (path: string) => `Adding '${path}'.`;
export const ArchiveDeletePartial = (path: string) => `The partially created archive file '${path}' is deleted as it is not usable.`;
export const ArchiveIsEmpty = (path: string) => `The archive file ${path} is empty.`;
export const ArchiveEvaluatingEntries = 'Evaluating the archive file entries for potential issues before expansion.';
export const ArchiveCompletedEvaluatingEntries = 'Completed evaluating the archive file entries for potential issues before expansion.';
export const ArchiveCreated = (path: string) => `Created '${path}'.`;
export const ArchiveEarlyWriteTime = (path: string) =>
  `'${path}' has LastWriteTime earlier than 1980. Compress-Archive will store any files with LastWriteTime values earlier than 1980 as 1/1/1980 00:00.`;

