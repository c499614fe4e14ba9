import { RequestError } from '../graphql/errors';

/** Announced politely, so screen readers hear that something is on its way. */
export function Loading({ what = 'Loading…' }: { what?: string }) {
  return (
    <p className="loading" role="status">
      {what}
    </p>
  );
}

/** A failed request: what the server said, and a way to try again. */
export function ErrorMessage({
  error,
  retry,
  title = 'This could not be loaded',
}: {
  error: Error;
  retry?: (() => void) | undefined;
  /** Null when a heading above already says it. */
  title?: string | null;
}) {
  const messages = error instanceof RequestError ? error.messages : [error.message];
  return (
    <div className="error" role="alert">
      {title && <p className="error-title">{title}</p>}
      <ul className="error-messages">
        {[...new Set(messages)].map((message) => (
          <li key={message}>{message}</li>
        ))}
      </ul>
      {retry && (
        <button type="button" className="button" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** A page whose own data failed to load: still a page, with its heading. */
export function PageError({ error, retry }: { error: Error; retry?: () => void }) {
  return (
    <>
      <h1>This page could not be loaded</h1>
      <ErrorMessage error={error} retry={retry} title={null} />
    </>
  );
}
