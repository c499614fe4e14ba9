// In a file of its own, without the lock library, so a command can tell this failure apart
// without loading it.

/** Another running process holds the embedded database. */
export class DataDirInUseError extends Error {
  constructor(dir: string) {
    super(
      `the embedded database in ${dir} is in use by another process; stop it first, or set DATABASE_URL to share a PostgreSQL server`,
    );
    this.name = 'DataDirInUseError';
  }
}
