export interface PathStep {
  /** The folder's own name. */
  label: string;
  /** The path from the repository's root down to it. */
  path: string;
}

/** Each folder of a repository path, from the root down: lib, lib/parser, lib/parser/rules. */
export function pathTrail(path: string): PathStep[] {
  const names = path.split('/').filter((name) => name !== '');
  return names.map((label, index) => ({ label, path: names.slice(0, index + 1).join('/') }));
}

/** The folder every path sits in ("" when they share none): where a listing is. */
export function commonFolder(paths: readonly string[]): string {
  const [first, ...rest] = paths.map((path) => path.split('/').slice(0, -1));
  if (!first) {
    return '';
  }
  let length = first.length;
  for (const folders of rest) {
    let same = 0;
    while (same < length && folders[same] === first[same]) {
      same++;
    }
    length = same;
  }
  return first.slice(0, length).join('/');
}
