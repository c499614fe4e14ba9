import { useRef } from 'react';
import { Link } from 'react-router';
import { ErrorMessage, Loading } from '../../components/query-status';
import { RelativeTime } from '../../components/relative-time';
import { graphql } from '../../generated';
import type { ModuleTreeQuery } from '../../generated/graphql';
import { useQuery } from '../../graphql/use-query';
import { formatChurn, treeLinesPending } from '../../lib/changes';
import { moduleViewHref } from '../../lib/module-views';
import { commonFolder, pathTrail } from '../../lib/path-trail';
import { itemHref } from '../../lib/paths';
import { useFocusWhenLost } from '../../lib/use-focus-when-lost';
import type { ModuleRef } from './module-ref';

const ModuleTreeDoc = graphql(`
  query ModuleTree($id: ID!, $path: String) {
    node(id: $id) {
      __typename
      ... on Module {
        id
        tree(path: $path) {
          path
          name
          isFolder
          changes
          additions
          deletions
          lastChange {
            id
            title
            createdAt
          }
        }
      }
    }
  }
`);

type Entry = Extract<
  NonNullable<ModuleTreeQuery['node']>,
  { __typename: 'Module' }
>['tree'][number];

/**
 * One level of the module's files: folders open here (the folder in the address), files and
 * change counts lead to the log of that path.
 */
export function TreeView({ module, path }: { module: ModuleRef; path: string }) {
  const result = useQuery(ModuleTreeDoc, { id: module.id, path: path || null });
  const entries =
    result.status === 'success' && result.data.node?.__typename === 'Module'
      ? result.data.node.tree
      : [];
  // Without a path the server opens on where the module's paths start; say where that is.
  const folder = path || commonFolder(entries.map((entry) => entry.path));
  const hrefs = {
    tree: (to: string) => moduleViewHref(module.project, module.path, { view: 'tree', path: to }),
    log: (to: string) => moduleViewHref(module.project, module.path, { view: 'log', path: to }),
  };

  return (
    <section aria-labelledby="tree-title" className="view">
      <h2 id="tree-title" className="visually-hidden">
        Tree
      </h2>
      <FolderTrail
        folder={folder}
        path={path}
        treeHref={hrefs.tree}
        ready={result.status === 'success'}
      />
      {result.status === 'loading' && <Loading what="Loading the files…" />}
      {result.status === 'error' && <ErrorMessage error={result.error} retry={result.retry} />}
      {result.status === 'success' && entries.length === 0 && (
        <p className="empty">No change of this module touched anything here.</p>
      )}
      {entries.length > 0 && (
        <>
          {treeLinesPending(entries) && (
            <p className="note">
              Lines added and deleted are not counted yet: a pass after the sync fills them in.
            </p>
          )}
          <TreeTable entries={entries} folder={folder} project={module.project} hrefs={hrefs} />
        </>
      )}
    </section>
  );
}

/**
 * Where this level is, each folder above it a link. "All paths" leads back to where the view
 * opened; when it opened on one folder, that folder is already the top.
 */
function FolderTrail({
  folder,
  path,
  treeHref,
  ready,
}: {
  folder: string;
  path: string;
  treeHref: (to: string) => string;
  ready: boolean;
}) {
  const trail = pathTrail(folder);
  const here = trail.at(-1);
  const current = useRef<HTMLSpanElement>(null);
  useFocusWhenLost(current, path, ready);
  return (
    <nav aria-label="Folder" className="breadcrumb path-trail">
      <ol>
        {(path !== '' || !here) && (
          <li>
            {here ? (
              <Link to={treeHref('')}>All paths</Link>
            ) : (
              <span aria-current="page" tabIndex={-1} ref={current}>
                All paths
              </span>
            )}
          </li>
        )}
        {trail.map((step) => (
          <li key={step.path}>
            {step === here ? (
              <span aria-current="page" tabIndex={-1} ref={current}>
                {step.label}
              </span>
            ) : (
              <Link to={treeHref(step.path)}>{step.label}</Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

interface TreeHrefs {
  tree: (to: string) => string;
  log: (to: string) => string;
}

function TreeTable({
  entries,
  folder,
  project,
  hrefs,
}: {
  entries: readonly Entry[];
  folder: string;
  project: string;
  hrefs: TreeHrefs;
}) {
  return (
    <div className="table-scroll">
      <table className="data-table tree-table stack">
        <caption className="visually-hidden">
          Folders and files {folder ? `in ${folder}` : 'of the module'}
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col" className="numeric">
              Changes
            </th>
            <th scope="col" className="numeric">
              Lines
            </th>
            <th scope="col">Last change</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <TreeRow key={entry.path} entry={entry} project={project} hrefs={hrefs} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A folder (opens here) or a file (its log), its changes, its lines and its last change. */
function TreeRow({ entry, project, hrefs }: { entry: Entry; project: string; hrefs: TreeHrefs }) {
  const churn = formatChurn(entry.additions, entry.deletions);
  const changes = `${entry.changes} ${entry.changes === 1 ? 'change' : 'changes'}`;
  return (
    <tr>
      <th scope="row" className="tree-name">
        {entry.isFolder ? (
          <Link to={hrefs.tree(entry.path)} className="folder">
            {entry.name}/
          </Link>
        ) : (
          <Link to={hrefs.log(entry.path)} className="file" title={`The changes of ${entry.path}`}>
            {entry.name}
          </Link>
        )}
      </th>
      <td className="numeric" data-label="Changes">
        <Link to={hrefs.log(entry.path)} aria-label={`${changes} of ${entry.path}`}>
          {entry.changes}
        </Link>
      </td>
      <td className="numeric churn" data-label="Lines">
        <span className={entry.additions ? 'added' : 'muted'}>{churn.added}</span>{' '}
        <span className={entry.deletions ? 'deleted' : 'muted'}>{churn.deleted}</span>
      </td>
      <td className="last-change" data-label="Last change">
        {entry.lastChange ? (
          <>
            <Link
              to={itemHref(project, entry.lastChange.id)}
              className="clamp"
              title={entry.lastChange.title}
            >
              {entry.lastChange.title}
            </Link>{' '}
            <RelativeTime value={entry.lastChange.createdAt} />
          </>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  );
}
