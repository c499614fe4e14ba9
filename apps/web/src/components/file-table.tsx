import { useRef, useState } from 'react';
import { describeFileChange, fileLinesPending, formatChurn } from '../lib/changes';
import { useFocusNewItems } from '../lib/use-focus-new-items';

// A merge or a vendored import can touch thousands of files: the first ones say enough.
const FIRST_FILES = 100;

export interface ChangedFile {
  path: string;
  change: string;
  oldPath: string | null;
  additions: number | null;
  deletions: number | null;
}

/** The files a change touched, what happened to each and its lines added and deleted. */
export function FileTable({
  files,
  captionId,
}: {
  files: readonly ChangedFile[];
  captionId: string;
}) {
  const [showAll, setShowAll] = useState(false);
  const shown = showAll ? files : files.slice(0, FIRST_FILES);
  const body = useRef<HTMLTableSectionElement>(null);
  useFocusNewItems(body, shown.length);
  return (
    <>
      {fileLinesPending(files) && (
        <p className="note">
          Lines added and deleted are not counted yet: a pass after the sync fills them in.
        </p>
      )}
      <div className="table-scroll">
        <table className="data-table file-table stack" aria-labelledby={captionId}>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">Change</span>
              </th>
              <th scope="col">Path</th>
              <th scope="col" className="numeric">
                Added
              </th>
              <th scope="col" className="numeric">
                Deleted
              </th>
            </tr>
          </thead>
          <tbody ref={body}>
            {shown.map((file) => (
              <FileRow key={`${file.oldPath ?? ''}>${file.path}`} file={file} />
            ))}
          </tbody>
        </table>
      </div>
      {shown.length < files.length && (
        <button type="button" className="button show-more" onClick={() => setShowAll(true)}>
          Show all {files.length} files
        </button>
      )}
    </>
  );
}

function FileRow({ file }: { file: ChangedFile }) {
  const words = describeFileChange(file.change);
  const churn = formatChurn(file.additions, file.deletions);
  return (
    <tr tabIndex={-1}>
      <td className="file-change-cell">
        <span className={`file-change file-change-${file.change.toLowerCase()}`} title={words}>
          <span aria-hidden="true">{file.change}</span>
          <span className="visually-hidden">{words}</span>
        </span>
      </td>
      <th scope="row" className="file-path">
        {file.oldPath && file.oldPath !== file.path && (
          <>
            <span className="old-path">{file.oldPath}</span>
            <span aria-hidden="true"> → </span>
            <span className="visually-hidden"> renamed to </span>
          </>
        )}
        {file.path}
      </th>
      <td className={file.additions ? 'numeric added' : 'numeric muted'}>
        {churn.added}
        <span className="visually-hidden"> lines added</span>
      </td>
      <td className={file.deletions ? 'numeric deleted' : 'numeric muted'}>
        {churn.deleted}
        <span className="visually-hidden"> lines deleted</span>
      </td>
    </tr>
  );
}
