import {
  type CreditFilters,
  NO_CREDIT_FILTERS,
  readCreditFilters,
  writeCreditFilters,
} from './credit-filters';
import { moduleHref } from './paths';

/**
 * The views of a module page. They live in the query string (`?view=log&author=Ann`) rather
 * than in path segments: the module path is itself a run of segments, and a module may well be
 * called "log" or "tree".
 */
export type ModuleView = 'items' | 'log' | 'authors' | 'contributors' | 'tree' | 'divergence';

export const MODULE_VIEWS: readonly { view: ModuleView; label: string }[] = [
  { view: 'items', label: 'Items' },
  { view: 'log', label: 'Log' },
  { view: 'authors', label: 'Authors' },
  { view: 'contributors', label: 'Contributors' },
  { view: 'tree', label: 'Tree' },
  { view: 'divergence', label: 'Divergence' },
];

export interface ModuleViewState {
  view: ModuleView;
  /** The log's path filter, or the tree's folder. */
  path: string;
  /** The log's author filter. */
  author: string;
  /**
   * Whether `author` is a whole name (a link from an author's name: "Ann" is not "Joanna")
   * rather than a part of one, as typed in the filter.
   */
  exactAuthor: boolean;
  /** The contributors' role and dates. */
  credits: CreditFilters;
}

function isView(value: string | null): value is ModuleView {
  return MODULE_VIEWS.some((v) => v.view === value);
}

/** A repository path as typed or linked, without surrounding blanks and slashes. */
export function normalizeRepoPath(path: string): string {
  return path.trim().replace(/^\/+|\/+$/g, '');
}

/** What the query string asks for; anything unknown falls back to the items. */
export function readModuleView(search: URLSearchParams): ModuleViewState {
  const view = search.get('view');
  const author = (search.get('author') ?? '').trim();
  return {
    view: isView(view) ? view : 'items',
    path: normalizeRepoPath(search.get('path') ?? ''),
    author,
    exactAuthor: author !== '' && search.get('exact') === '1',
    credits: readCreditFilters(search),
  };
}

/** The query string of a view, "" for the items; empty filters are left out. */
export function moduleViewSearch(state: Partial<ModuleViewState> & { view: ModuleView }): string {
  if (state.view === 'items') {
    return '';
  }
  const search = new URLSearchParams({ view: state.view });
  const path = normalizeRepoPath(state.path ?? '');
  const author = (state.author ?? '').trim();
  if (path && (state.view === 'log' || state.view === 'tree')) {
    search.set('path', path);
  }
  if (author && state.view === 'log') {
    search.set('author', author);
    if (state.exactAuthor) {
      search.set('exact', '1');
    }
  }
  if (state.view === 'contributors') {
    writeCreditFilters(search, state.credits ?? NO_CREDIT_FILTERS);
  }
  return `?${search}`;
}

/** The address of a module's view. */
export function moduleViewHref(
  project: string,
  modulePath: string,
  state: Partial<ModuleViewState> & { view: ModuleView },
): string {
  return `${moduleHref(project, modulePath)}${moduleViewSearch(state)}`;
}
