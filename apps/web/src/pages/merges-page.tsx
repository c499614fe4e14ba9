import { useRef, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useViewer } from '../auth/viewer';
import { Breadcrumb } from '../components/breadcrumb';
import { MergeCard, mergeLabel } from '../components/merge-card';
import { ErrorMessage, Loading, PageError } from '../components/query-status';
import { ShowMore } from '../components/show-more';
import { graphql } from '../generated';
import type { MergeFieldsFragment, MergesListQuery } from '../generated/graphql';
import { hasErrorCode } from '../graphql/errors';
import { useMutation } from '../graphql/use-mutation';
import { usePagedQuery } from '../graphql/use-paged-query';
import { useQuery } from '../graphql/use-query';
import {
  countMerges,
  MERGE_FILTERS,
  type MergeFilter,
  mergeFilterVariable,
  readMergeFilter,
} from '../lib/merges';
import { contributorsHref, mergesHref, projectHref, signInHref } from '../lib/paths';
import { useFocusNewItems } from '../lib/use-focus-new-items';
import { usePageTitle } from '../lib/use-page-title';
import { NotFoundPage } from './not-found-page';

const PAGE_SIZE = 20;

const MergesProjectDoc = graphql(`
  query MergesProject($slug: String!) {
    project(slug: $slug) {
      id
      slug
      name
    }
  }
`);

const MergesListDoc = graphql(`
  query MergesList($slug: String!, $undone: Boolean, $first: Int!, $after: String) {
    identityMerges(project: $slug, undone: $undone, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...MergeFields
      }
    }
  }
`);

const MergeCountsDoc = graphql(`
  query MergeCounts($slug: String!) {
    all: identityMerges(project: $slug, first: 1) {
      totalCount
    }
    active: identityMerges(project: $slug, undone: false, first: 1) {
      totalCount
    }
    undone: identityMerges(project: $slug, undone: true, first: 1) {
      totalCount
    }
  }
`);

const UndoMergeDoc = graphql(`
  mutation UndoMerge($id: ID!) {
    undoIdentityMerge(input: { id: $id }) {
      merge {
        ...MergeFields
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

const RedoMergeDoc = graphql(`
  mutation RedoMerge($id: ID!) {
    redoIdentityMerge(input: { id: $id }) {
      merge {
        ...MergeFields
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

function selectMerges(data: MergesListQuery) {
  return data.identityMerges;
}

/** The identity merges of a project, for administrators to check and undo. */
export function MergesPage() {
  const slug = useParams().project ?? '';
  const result = useQuery(MergesProjectDoc, { slug });
  const project = result.status === 'success' ? result.data.project : undefined;
  usePageTitle(
    ...(project ? ['Identity merges', project.name] : [result.status === 'error' ? 'Error' : null]),
  );
  if (result.status === 'loading') {
    return <Loading what="Loading the merges…" />;
  }
  if (result.status === 'error') {
    return <PageError error={result.error} retry={result.retry} />;
  }
  if (!project) {
    return <NotFoundPage title="Project not found" message={`No project is called “${slug}”.`} />;
  }
  return (
    <>
      <Breadcrumb
        trail={[
          { label: 'Projects', href: '/' },
          { label: project.name, href: projectHref(project.slug) },
          { label: 'Contributors', href: contributorsHref(project.slug) },
        ]}
        current="Identity merges"
      />
      <header className="page-header">
        <h1>Identity merges</h1>
        <p className="lead">
          Why names and addresses were taken for one person. Undo a merge that joined two people:
          they are counted apart at once, and stay apart after the next sync.
        </p>
      </header>
      <MergeReview project={project.slug} />
    </>
  );
}

function MergeReview({ project }: { project: string }) {
  const [search] = useSearchParams();
  const filter = readMergeFilter(search);
  const { first, nodes, hasMore, loadingMore, moreError, loadMore } = usePagedQuery({
    document: MergesListDoc,
    variables: { slug: project, undone: mergeFilterVariable(filter), first: PAGE_SIZE },
    select: selectMerges,
    requestPolicy: 'cache-and-network',
  });
  const counts = useMergeCounts(project);
  const list = useRef<HTMLOListElement>(null);
  useFocusNewItems(list, nodes.length);
  const { pending, errors, announcement, toggle } = useMergeToggle(counts.refresh);

  if (first.status === 'error' && hasErrorCode(first.error, 'FORBIDDEN')) {
    return <AdminsOnly />;
  }
  const total = first.status === 'success' ? first.data.identityMerges.totalCount : 0;
  return (
    <section aria-labelledby="merges-title">
      <h2 id="merges-title" className="visually-hidden">
        Merges
      </h2>
      <MergeFilterNav project={project} filter={filter} counts={counts.known} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
      {first.status === 'loading' && <Loading what="Loading the merges…" />}
      {first.status === 'error' && <ErrorMessage error={first.error} retry={first.retry} />}
      {first.status === 'success' && (
        <p className={total === 0 ? 'empty' : 'muted'}>
          {total === 0
            ? {
                all: 'No identities were merged.',
                active: 'No active merges.',
                undone: 'No undone merges.',
              }[filter]
            : `${nodes.length < total ? `${nodes.length} of ` : ''}${countMerges(total)}, newest first.`}
        </p>
      )}
      {nodes.length > 0 && (
        <ol className="merge-list" ref={list}>
          {nodes.map((merge) => (
            <li key={merge.id} tabIndex={-1}>
              <MergeCard
                merge={merge}
                project={project}
                busy={pending[merge.id] ?? false}
                errors={errors[merge.id] ?? []}
                onToggle={() => toggle(merge)}
              />
            </li>
          ))}
        </ol>
      )}
      <ShowMore
        hasMore={hasMore}
        loading={loadingMore}
        error={moreError}
        loadMore={loadMore}
        label={`Show more merges (${nodes.length} of ${total})`}
        describedBy="merges-title"
      />
    </section>
  );
}

/**
 * How many merges each filter shows. A merge undone elsewhere changes them, so they are asked
 * again on every visit and after each change; meanwhile the last ones stay on screen.
 */
function useMergeCounts(project: string) {
  const counts = useQuery(
    MergeCountsDoc,
    { slug: project },
    { requestPolicy: 'cache-and-network' },
  );
  const known: Record<MergeFilter, number> | undefined =
    counts.status === 'success'
      ? {
          all: counts.data.all.totalCount,
          active: counts.data.active.totalCount,
          undone: counts.data.undone.totalCount,
        }
      : undefined;
  return { known, refresh: counts.retry };
}

function MergeFilterNav({
  project,
  filter,
  counts,
}: {
  project: string;
  filter: MergeFilter;
  counts: Record<MergeFilter, number> | undefined;
}) {
  return (
    <nav aria-label="Which merges" className="view-nav">
      <ul>
        {MERGE_FILTERS.map((f) => (
          <li key={f.filter}>
            <Link
              to={`${mergesHref(project)}${f.filter === 'all' ? '' : `?show=${f.filter}`}`}
              aria-current={f.filter === filter ? 'page' : undefined}
            >
              {f.label}
              {counts && (
                <>
                  {' '}
                  <span className="heading-count">{counts[f.filter]}</span>
                </>
              )}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * Undoing and redoing merges: each answer replaces the merge shown (the cache holds merges by
 * id, so every list showing it changes at once), and the counts are asked again.
 */
function useMergeToggle(afterChange: () => void) {
  const undo = useMutation(UndoMergeDoc);
  const redo = useMutation(RedoMergeDoc);
  const [pending, setPending] = useState<Record<string, boolean>>({});
  const [errors, setErrors] = useState<Record<string, readonly string[]>>({});
  const [announcement, setAnnouncement] = useState('');

  const send = async (merge: MergeFieldsFragment): Promise<readonly string[]> => {
    const outcome = merge.undone ? await redo({ id: merge.id }) : await undo({ id: merge.id });
    if (!outcome.ok) {
      return outcome.error.messages;
    }
    const data = outcome.data;
    const payload = 'redoIdentityMerge' in data ? data.redoIdentityMerge : data.undoIdentityMerge;
    const next = payload?.merge;
    if (!payload || payload.errors.length > 0 || !next) {
      const messages = payload?.errors.map((e) => e.message) ?? [];
      return messages.length > 0
        ? messages
        : ['The server did not say what became of the merge. Reload the page.'];
    }
    setAnnouncement(
      next.undone
        ? `Undone: ${mergeLabel(next)} are counted apart.`
        : `Redone: ${mergeLabel(next)} are counted as one again.`,
    );
    afterChange();
    return [];
  };

  const toggle = async (merge: MergeFieldsFragment) => {
    if (pending[merge.id]) {
      return;
    }
    setPending((now) => ({ ...now, [merge.id]: true }));
    setErrors((now) => ({ ...now, [merge.id]: [] }));
    const failure = await send(merge);
    setPending((now) => ({ ...now, [merge.id]: false }));
    if (failure.length > 0) {
      setErrors((now) => ({ ...now, [merge.id]: failure }));
    }
  };
  return { pending, errors, announcement, toggle };
}

function AdminsOnly() {
  const { viewer } = useViewer();
  const location = useLocation();
  return (
    <div className="error notice" role="alert">
      <p className="error-title">Only administrators can review identity merges.</p>
      {viewer ? (
        <p>
          You are signed in as {viewer.name || 'someone'}, who is not an administrator of this site.
        </p>
      ) : (
        <p>
          <Link to={signInHref(`${location.pathname}${location.search}`)}>Sign in</Link> with an
          administrator’s account to see them.
        </p>
      )}
    </div>
  );
}
