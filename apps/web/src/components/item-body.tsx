/** An item's body, opened on demand: long commit messages must not drown the list. */
export function ItemBody({
  body,
  format,
  label,
  monospace = false,
}: {
  body: string;
  format: string;
  label: string;
  /** Commit messages are laid out for a fixed-width font (aligned lists, trailers). */
  monospace?: boolean;
}) {
  return (
    <details className="item-body">
      <summary>{label}</summary>
      {format === 'html' ? (
        <div
          className="item-body-html"
          // The server sanitizes HTML bodies when it stores them; the app renders them as they are.
          dangerouslySetInnerHTML={{ __html: body }}
        />
      ) : (
        <div className={monospace ? 'item-body-text monospace' : 'item-body-text'}>{body}</div>
      )}
    </details>
  );
}
