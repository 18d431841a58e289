/** Every error a user can see; src/render/messages/errors.ts holds the words of each, in every language. */
export type ErrorCode =
  | 'value-not-clock'
  | 'value-not-whole'
  | 'value-not-number'
  | 'value-not-yes-no'
  | 'text-too-long'
  | 'session-shape'
  | 'sessions-over-a-day'
  | 'tag-bad-name'
  | 'tags-bad-names'
  | 'setting-bad-zone'
  | 'setting-unknown'
  | 'setting-bad-list'
  | 'setting-bad-choice'
  | 'setting-not-whole'
  | 'setting-not-number'
  | 'source-setting-unknown'
  | 'source-list-bad'
  | 'db-corrupt'
  | 'db-read-only'
  | 'db-cannot-open'
  | 'db-locked'
  | 'db-disk-full'
  | 'db-io'
  | 'db-foreign'
  | 'db-empty'
  | 'db-older'
  | 'db-is-folder'
  | 'db-missing'
  | 'db-cannot-create'
  | 'db-newer'
  | 'not-a-regular-file'
  | 'folder-missing'
  | 'import-no-paths'
  | 'file-exists'
  | 'backup-missing'
  | 'backup-not-a-file'
  | 'backup-not-recover'
  | 'backup-newer'
  | 'backup-cannot-open'
  | 'backup-damaged'
  | 'backup-disk-full'
  | 'backup-cannot-write'
  | 'no-valid-date'
  | 'implausible-value'
  | 'implausible-session'
  | 'row-invalid'
  | 'csv-cut-last-cell'
  | 'csv-cut-short-number'
  | 'csv-invalid'
  | 'csv-row-short'
  | 'csv-missing-columns'
  | 'csv-other-separator'
  | 'not-utf8'
  | 'cannot-read-missing'
  | 'cannot-read-folder'
  | 'cannot-read'
  | 'cell-not-number'
  | 'cell-not-time'
  | 'cell-not-offset-time'
  | 'unknown-zone'
  | 'json-invalid'
  | 'json-not-array'
  | 'json-not-record'
  | 'json-record-too-long'
  | 'wrong-file-cronometer-servings'
  | 'wrong-file-cronometer'
  | 'wrong-file-myfitnesspal'
  | 'file-of-other-source'
  | 'zip-unreadable'
  | 'zip-broken'
  | 'file-twice'
  | 'files-not-found-other-source'
  | 'files-not-found'
  | 'zip-entry-unreadable'
  | 'zip-entry-damaged'
  | 'export-no-date-column'
  | 'export-excel'
  | 'export-json'
  | 'export-unknown-column'
  | 'at-place'
  | 'export-date-twice'
  | 'date-not-iso'
  | 'export-bad-sources'
  | 'export-bad-value-source'
  | 'export-bad-rest-day'
  | 'export-bad-session-source'
  | 'export-bad-session-id'
  | 'export-unknown-session-type'
  | 'cell-not-boolean'
  | 'cell-empty'
  | 'whoop-not-export'
  | 'json-not-number'
  | 'json-not-time'
  | 'json-missing'
  | 'json-not-object'
  | 'json-not-list'
  | 'json-not-a-time'
  | 'garmin-not-activities'
  | 'garmin-not-file'
  | 'cell-not-list'
  | 'pmsys-session-incomplete'
  | 'pmsys-bad-injuries'
  | 'date-not-dmy'
  | 'pmsys-not-file'
  | 'health-bad-time'
  | 'health-not-number'
  | 'health-unknown-duration-unit'
  | 'health-unknown-hr-unit'
  | 'health-unknown-unit'
  | 'health-unknown-severity'
  | 'health-not-export'
  | 'element-invalid'
  | 'xml-invalid'
  | 'xml-not-utf8'
  | 'xml-element-too-long'
  | 'flag-not-date'
  | 'flag-invalid'
  | 'from-after-to'
  | 'stored-out-of-range'
  | 'log-incomplete'
  | 'log-rest-with-session'
  | 'log-future'
  | 'prompt-session-shape'
  | 'typed-out-of-range'
  | 'typed-ambiguous'
  | 'delete-no-span'
  | 'delete-nothing'
  | 'delete-needs-yes'
  | 'doctor-problems'
  | 'insights-no-tags'
  | 'insights-no-tags-in-range'
  | 'explain-unknown'
  | 'restore-same-file'
  | 'restore-needs-yes'
  | 'restore-an-export'
  | 'import-day-invalid'
  | 'demo-same-file'
  | 'demo-not-demo'
  | 'chart-two-ranges'
  | 'to-needs-from'
  | 'to-or-date'
  | 'nothing-logged'
  | 'report-two-ranges'
  | 'html-not-ours'
  | 'backup-same-file'
  | 'export-excel-json'
  | 'export-nothing'
  | 'cannot-write'
  | 'plan-bad-week'
  | 'plan-date-not-in-week'
  | 'plan-clear-alone'
  | 'plan-session-needs-date'
  | 'plan-rest-and-sessions'
  | 'plan-bad-rest';

/** A few words an error quotes that need translating too (which files an importer reads). */
export type PhraseCode =
  | 'files-apple-health'
  | 'files-cronometer'
  | 'files-fitbit'
  | 'files-garmin'
  | 'files-myfitnesspal'
  | 'files-oura'
  | 'files-pmsys';

/** Words inside an error's message, by code: worded, like the error, when the message is read. */
export class Phrase {
  constructor(readonly code: PhraseCode) {}

  toString(): string {
    return words ? words(this.code, {}) : this.code;
  }
}

/** What a message needs to be worded: texts and numbers as given, phrases, and errors it wraps (worded in turn). */
export type ErrorParams = Readonly<Record<string, string | number | Phrase | Error>>;

type Words = (code: ErrorCode | PhraseCode, params: Record<string, string>) => string;
let words: Words | undefined;

/**
 * The render layer's catalogue (src/render/messages/errors.ts) installs itself here when it is
 * loaded, so core, storage and importers name an error by code and never import any words.
 */
export function setErrorWords(wordsOf: Words): void {
  words = wordsOf;
}

/**
 * An error a user sees: a code and its params. Its message is worded in the run's language by
 * the catalogue, at the moment it is read (cli/main loads the catalogue before it reports).
 */
export abstract class CodedError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly params: ErrorParams = {},
  ) {
    super();
  }
}

// A getter rather than a field: the words depend on the language and catalogue at reading time.
Object.defineProperty(CodedError.prototype, 'message', {
  configurable: true,
  get(this: CodedError): string {
    const texts = Object.fromEntries(
      Object.entries(this.params).map(([name, value]) => [name, value instanceof Error ? value.message : String(value)]),
    );
    return words ? words(this.code, texts) : `${this.code} ${JSON.stringify(texts)}`;
  },
});

/** The user asked for something malformed: exit code 2. */
export class UsageError extends CodedError {
  override name = 'UsageError';
}

/** Bad or missing data, or a database that cannot be used: exit code 1. */
export class DataError extends CodedError {
  override name = 'DataError';
}

/** Nothing to show: not a failure, exit code 0. */
export class NoResults extends CodedError {
  override name = 'NoResults';
}
