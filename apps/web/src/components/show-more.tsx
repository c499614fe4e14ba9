import { ErrorMessage } from './query-status';

/** The end of a paged list: the next page on demand, or why it failed. */
export function ShowMore({
  hasMore,
  loading,
  error,
  loadMore,
  label,
  describedBy,
}: {
  hasMore: boolean;
  loading: boolean;
  error: Error | undefined;
  loadMore: () => void;
  /** "Show more (20 of 43)". */
  label: string;
  /** The id of the list's heading, so the button says which list it extends. */
  describedBy?: string;
}) {
  if (error) {
    return <ErrorMessage error={error} retry={loadMore} />;
  }
  if (!hasMore) {
    return null;
  }
  return (
    <button
      type="button"
      className="button show-more"
      // Not `disabled` while loading: a disabled button would drop keyboard focus.
      onClick={loadMore}
      aria-busy={loading}
      aria-describedby={describedBy}
    >
      {loading ? 'Loading…' : label}
    </button>
  );
}
