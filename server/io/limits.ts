// The bounds every import is held to. The server takes them from its config
// (IMPORT_* variables); the CLI and the tests from options. Each has a default
// that serves the Västerbotten scale (about a thousand rows) many times over.

export interface ImportLimits {
  /** Largest uploaded file, in bytes (the API; the CLI checks files on disk the same way). */
  maxBytes: number;
  /** Most data rows across all sheets of one import. */
  maxRows: number;
  /** Most characters in one cell (Excel's own limit is 32 767). */
  maxCellChars: number;
  /** Most bytes a zip (an XLSX is one) may unpack to; guards against zip bombs. */
  maxUnzippedBytes: number;
  /** Most problems listed in one report (the count is always complete). */
  maxProblems: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxBytes: 50 * 1024 * 1024,
  maxRows: 100_000,
  maxCellChars: 32_767,
  maxUnzippedBytes: 512 * 1024 * 1024,
  maxProblems: 1000,
};

export const withDefaults = (limits: Partial<ImportLimits> = {}): ImportLimits => ({
  ...DEFAULT_LIMITS,
  ...Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined)),
});
