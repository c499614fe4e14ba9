import picomatch from 'picomatch';

export type RouteReason = 'path' | 'doc' | 'label' | 'feed' | 'keyword' | 'task';

export interface RoutableModule {
  id: number;
  path: string;
  paths: string[];
  docs: string[];
  labels: string[];
  keywords: string[];
}

export interface RouteLink {
  moduleId: number;
  reason: RouteReason;
}

/** What an item offers to routing; any part may be missing. */
export interface RouteFacts {
  /** Files a change touched. */
  paths?: string[] | undefined;
  /** The repository file a DOC item stands for. */
  docPath?: string | undefined;
  labels?: string[] | undefined;
  title?: string | undefined;
  /** Module paths named explicitly (a feed configured for modules, a task's module). */
  modules?: string[] | undefined;
  explicitReason?: 'feed' | 'task' | undefined;
}

interface CompiledModule {
  id: number;
  code: (path: string) => boolean;
  doc: (path: string) => boolean;
  labels: Set<string>;
  keywords: RegExp | undefined;
}

const NEVER = () => false;

/**
 * A project's routing rules compiled once: which modules an item belongs to, and why. Path
 * answers are cached, since a history touches the same files again and again.
 */
export class Router {
  private readonly compiled: CompiledModule[];
  private readonly byPath = new Map<string, number>();
  private readonly pathCache = new Map<string, RouteLink[]>();
  private readonly anyKeywords: boolean;

  constructor(modules: RoutableModule[]) {
    this.compiled = modules.map((m) => ({
      id: m.id,
      code: m.paths.length > 0 ? picomatch(m.paths, { dot: true }) : NEVER,
      doc: m.docs.length > 0 ? picomatch(m.docs, { dot: true }) : NEVER,
      labels: new Set(m.labels.map((l) => l.toLowerCase())),
      keywords: keywordPattern(m.keywords),
    }));
    this.anyKeywords = this.compiled.some((m) => m.keywords !== undefined);
    for (const m of modules) {
      this.byPath.set(m.path, m.id);
    }
  }

  /** Modules whose path or doc globs match a repository path. */
  forPath(path: string): RouteLink[] {
    let links = this.pathCache.get(path);
    if (!links) {
      links = [];
      for (const m of this.compiled) {
        if (m.code(path)) {
          links.push({ moduleId: m.id, reason: 'path' });
        }
        if (m.doc(path)) {
          links.push({ moduleId: m.id, reason: 'doc' });
        }
      }
      // Bounded so a history with millions of distinct paths cannot grow it without end.
      if (this.pathCache.size > 200_000) {
        this.pathCache.clear();
      }
      this.pathCache.set(path, links);
    }
    return links;
  }

  forLabel(label: string): number[] {
    const key = label.toLowerCase();
    return this.compiled.filter((m) => m.labels.has(key)).map((m) => m.id);
  }

  forTitle(title: string): number[] {
    return this.compiled.filter((m) => m.keywords?.test(title)).map((m) => m.id);
  }

  forModulePath(path: string): number | undefined {
    return this.byPath.get(path);
  }

  /** Every link an item's facts give, without duplicates. */
  route(facts: RouteFacts): RouteLink[] {
    const out: RouteLink[] = [];
    // An item has a handful of links: a scan of them is cheaper than a set of keys, and this
    // runs for every commit of a history.
    const add = (moduleId: number, reason: RouteReason) => {
      for (const link of out) {
        if (link.moduleId === moduleId && link.reason === reason) {
          return;
        }
      }
      out.push({ moduleId, reason });
    };
    for (const path of facts.paths ?? []) {
      for (const link of this.forPath(path)) {
        add(link.moduleId, link.reason);
      }
    }
    if (facts.docPath !== undefined) {
      for (const link of this.forPath(facts.docPath)) {
        if (link.reason === 'doc') {
          add(link.moduleId, 'doc');
        }
      }
    }
    for (const label of facts.labels ?? []) {
      for (const id of this.forLabel(label)) {
        add(id, 'label');
      }
    }
    if (facts.title && this.anyKeywords) {
      for (const id of this.forTitle(facts.title)) {
        add(id, 'keyword');
      }
    }
    for (const path of facts.modules ?? []) {
      const id = this.forModulePath(path);
      if (id !== undefined) {
        add(id, facts.explicitReason ?? 'feed');
      }
    }
    return out;
  }
}

function keywordPattern(keywords: string[]): RegExp | undefined {
  if (keywords.length === 0) {
    return undefined;
  }
  const escaped = keywords.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  // Letters and digits of any script count as word characters, so "io" does not match "ratio".
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${escaped.join('|')})(?![\\p{L}\\p{N}_])`, 'iu');
}
