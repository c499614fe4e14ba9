/**
 * One line of a git `.mailmap`, in any of its four forms:
 * `Proper Name <commit@email>`, `<proper@email> <commit@email>`,
 * `Proper Name <proper@email> <commit@email>`, `Proper Name <proper@email> Commit Name <commit@email>`.
 */
export interface MailmapEntry {
  properName?: string | undefined;
  properEmail?: string | undefined;
  commitName?: string | undefined;
  commitEmail: string;
  /** Where the entry came from, for the merge's reason: `.mailmap:12`. */
  source: string;
  /** The line as written. */
  text: string;
}

export interface Mailmap {
  readonly entries: readonly MailmapEntry[];
  /** The entry git would apply to this author, or undefined. */
  lookup(name: string | undefined, email: string | undefined): MailmapEntry | undefined;
}

/** Reads a `.mailmap` text. Lines that are not entries are ignored, as git ignores them. */
export function parseMailmap(text: string, sourceName = '.mailmap'): MailmapEntry[] {
  const entries: MailmapEntry[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '' || line.startsWith('#')) {
      continue;
    }
    const entry = parseLine(line);
    if (entry !== undefined) {
      entries.push({ ...entry, source: `${sourceName}:${i + 1}`, text: line });
    }
  }
  return entries;
}

function parseLine(line: string): Omit<MailmapEntry, 'source' | 'text'> | undefined {
  const first = readNameAndEmail(line, 0);
  if (first === undefined) {
    return undefined;
  }
  const second = readNameAndEmail(line, first.next);
  if (second === undefined) {
    // `Proper Name <commit@email>`: the name git should show for that address.
    return first.name ? { properName: first.name, commitEmail: first.email } : undefined;
  }
  return {
    properName: first.name || undefined,
    properEmail: first.email || undefined,
    commitName: second.name || undefined,
    commitEmail: second.email,
  };
}

function readNameAndEmail(
  line: string,
  from: number,
): { name: string; email: string; next: number } | undefined {
  const lt = line.indexOf('<', from);
  if (lt < 0) {
    return undefined;
  }
  const gt = line.indexOf('>', lt + 1);
  if (gt < 0) {
    return undefined;
  }
  const name = line.slice(from, lt).replace(/\s+/g, ' ').trim();
  const email = line.slice(lt + 1, gt).trim();
  if (name.startsWith('#')) {
    return undefined;
  }
  return { name, email, next: gt + 1 };
}

/**
 * Builds a mailmap from entries (of one file or several; later files win, as with git's
 * `mailmap.file` after `.mailmap`). Addresses and names match without case, as in git.
 */
export function createMailmap(entries: readonly MailmapEntry[]): Mailmap {
  const byEmail = new Map<string, { plain?: MailmapEntry; named: Map<string, MailmapEntry> }>();
  for (const entry of entries) {
    const email = entry.commitEmail.toLowerCase();
    let slot = byEmail.get(email);
    if (slot === undefined) {
      slot = { named: new Map() };
      byEmail.set(email, slot);
    }
    if (entry.commitName === undefined) {
      slot.plain = mergeEntries(slot.plain, entry);
    } else {
      const name = entry.commitName.toLowerCase();
      slot.named.set(name, mergeEntries(slot.named.get(name), entry));
    }
  }
  return {
    entries,
    lookup(name, email) {
      if (email === undefined) {
        return undefined;
      }
      const slot = byEmail.get(email.trim().toLowerCase());
      if (slot === undefined) {
        return undefined;
      }
      const named = name === undefined ? undefined : slot.named.get(name.trim().toLowerCase());
      return named ?? slot.plain;
    },
  };
}

// git keeps the name of one line and the address of another when both map the same commit address.
function mergeEntries(previous: MailmapEntry | undefined, next: MailmapEntry): MailmapEntry {
  if (previous === undefined) {
    return next;
  }
  return {
    ...next,
    properName: next.properName ?? previous.properName,
    properEmail: next.properEmail ?? previous.properEmail,
  };
}
