/** The user asked for something malformed: exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Bad or missing data, or a database that cannot be used: exit code 1. */
export class DataError extends Error {
  override name = 'DataError';
}

/** Nothing to show: not a failure, exit code 0. */
export class NoResults extends Error {
  override name = 'NoResults';
}
