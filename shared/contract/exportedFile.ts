/** A file main produced for the user to save: the renderer offers it as a download or save dialog. */
export interface ExportedFile {
  readonly fileName: string;
  readonly mediaType: string;
  readonly contentBase64: string;
  readonly sha256: string;
}

export const docxMediaType =
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
