import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fromRepo } from './paths';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Share {
  name: string;
  ms: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time by where the code lives: a package, one of our files, Node, GC, idle. */
  selfByPlace: Share[];
  /** Time with one of our files anywhere on the stack. */
  inclusiveByFile: Share[];
  /** Time with one of our functions anywhere on the stack. */
  inclusiveByFunction: Share[];
  selfByFunction: Share[];
}

/** Reads a `.cpuprofile` written by `node --cpu-prof` and says where the time went. */
export function summarizeCpuProfile(path: string): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) {
      parent.set(child, node.id);
    }
  }
  const selfPlace = new Map<string, number>();
  const selfFunction = new Map<string, number>();
  const inclusiveFile = new Map<string, number>();
  const inclusiveFunction = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    totalMs += ms;
    const node = byId.get(id);
    if (!node) {
      return;
    }
    add(selfPlace, placeOf(node), ms);
    add(selfFunction, functionOf(node), ms);
    const files = new Set<string>();
    const functions = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at);
      const file = frame && ourFile(frame.callFrame.url);
      if (frame && file) {
        files.add(file);
        functions.add(functionOf(frame));
      }
    }
    for (const file of files) {
      add(inclusiveFile, file, ms);
    }
    for (const fn of functions) {
      add(inclusiveFunction, fn, ms);
    }
  });
  return {
    totalMs,
    selfByPlace: top(selfPlace),
    inclusiveByFile: top(inclusiveFile),
    inclusiveByFunction: top(inclusiveFunction),
    selfByFunction: top(selfFunction),
  };
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function top(map: Map<string, number>): Share[] {
  return [...map].map(([name, ms]) => ({ name, ms })).sort((a, b) => b.ms - a.ms);
}

/** One of this repository's sources (not a dependency), relative to the root. */
function ourFile(url: string): string | undefined {
  if (!url.startsWith('file://') || url.includes('/node_modules/')) {
    return undefined;
  }
  return fromRepo(fileURLToPath(url.split('?')[0] ?? url));
}

function placeOf(node: ProfileNode): string {
  const { functionName, url } = node.callFrame;
  if (!url) {
    // (garbage collector), (idle): waiting for git, the database or I/O; (program): native.
    return functionName || '(anonymous native)';
  }
  const dependency =
    /\/node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)\//.exec(url);
  if (dependency) {
    return `npm ${dependency[1]}`;
  }
  if (url.startsWith('node:')) {
    const parts = url.slice('node:'.length).split('/');
    return `node:${parts[0] === 'internal' ? `internal/${parts[1] ?? ''}` : parts[0]}`;
  }
  return ourFile(url) ?? url;
}

function functionOf(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  // tsx's output keeps no useful line numbers for our files; a dependency's are worth showing.
  const line = url.includes('/node_modules/') ? `:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'}${url ? ` ${placeOf(node)}${line}` : ''}`;
}

export function formatShares(title: string, shares: Share[], totalMs: number, count = 15): string {
  const lines = [`${title}:`];
  for (const share of shares.slice(0, count)) {
    const percent = ((share.ms / totalMs) * 100).toFixed(1).padStart(5);
    lines.push(`  ${(share.ms / 1000).toFixed(2).padStart(7)} s ${percent}%  ${share.name}`);
  }
  return lines.join('\n');
}
