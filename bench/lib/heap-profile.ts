import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Share } from './cpu-profile';
import { fromRepo } from './paths';

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

export interface HeapSummary {
  totalBytes: number;
  /** Bytes live when the profile was read, by allocating function. */
  bySite: Share[];
  /** The same, by the nearest of our functions on the allocating stack. */
  byOurFunction: Share[];
}

/**
 * Reads a `.heapprofile` (V8's sampling heap profile): the sampled allocations live when it was
 * read, with the stack that allocated them. (`ms` in the shares holds bytes.)
 */
export function summarizeHeapProfile(path: string): HeapSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as { head: HeapNode };
  const bySite = new Map<string, number>();
  const byOurs = new Map<string, number>();
  let totalBytes = 0;
  const walk = (node: HeapNode, ours: string | undefined) => {
    const here = frameName(node);
    const nearest = isOurs(node.callFrame.url) ? here : ours;
    if (node.selfSize > 0) {
      totalBytes += node.selfSize;
      bySite.set(here, (bySite.get(here) ?? 0) + node.selfSize);
      const key = nearest ?? '(no frame of ours)';
      byOurs.set(key, (byOurs.get(key) ?? 0) + node.selfSize);
    }
    for (const child of node.children) {
      walk(child, nearest);
    }
  };
  walk(profile.head, undefined);
  const sorted = (map: Map<string, number>) =>
    [...map].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
  return { totalBytes, bySite: sorted(bySite), byOurFunction: sorted(byOurs) };
}

function isOurs(url: string): boolean {
  return url.startsWith('file://') && !url.includes('/node_modules/');
}

function frameName(node: HeapNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  if (!url) {
    return functionName || '(native)';
  }
  const file = url.startsWith('file://') ? fromRepo(fileURLToPath(url.split('?')[0] ?? url)) : url;
  const short = file.replace(/^node_modules\/\.pnpm\/[^/]+\/node_modules\//, 'npm ');
  const line = url.includes('/node_modules/') ? `:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'} ${short}${line}`;
}

export function formatHeapProfile(summary: HeapSummary, count: number): string {
  const section = (title: string, shares: Share[]) => [
    `${title}:`,
    ...shares
      .slice(0, count)
      .map((s) => `  ${(s.ms / 1048576).toFixed(1).padStart(8)} MB  ${s.name}`),
  ];
  return [
    `live at the peak (sampled): ${(summary.totalBytes / 1048576).toFixed(1)} MB`,
    ...section('by allocating function', summary.bySite),
    ...section('by the nearest function of ours on the stack', summary.byOurFunction),
  ].join('\n');
}

/** process.memoryUsage() at the highest RSS the probe saw, in MB. */
export function formatMemoryUsage(json: string): string {
  const usage = JSON.parse(json) as Record<string, number>;
  const parts = ['rss', 'heapTotal', 'heapUsed', 'external', 'arrayBuffers'].map(
    (key) => `${key} ${((usage[key] ?? 0) / 1048576).toFixed(0)} MB`,
  );
  return `process.memoryUsage() at the highest RSS: ${parts.join(', ')}`;
}
