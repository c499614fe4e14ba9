import type { Random } from '../lib/random';
import { list } from './words';

/** One file change of a commit, in the terms `git fast-import` takes. */
export type FileChange =
  | { op: 'M'; path: string; content: string }
  | { op: 'D'; path: string }
  | { op: 'R'; from: string; path: string };

interface Folder {
  path: string;
  files: string[];
  /** Makes a new file name that fits the folder (`test_x.py` in a test folder, `x.c` in C). */
  name: (random: Random) => string;
}

const STEMS = list(`
base, events, futures, locks, queues, streams, tasks, transports, utils, config, parser, lexer,
buffer, cache, client, server, props, status, update, merge, diff, log, commit, copy, delete,
checkout, export, lock, info, blame, cat, mergeinfo, revert, resolve, switch, relocate, cleanup,
upgrade, conflicts, tree, node, entries, adm_ops, adm_files, wc_db, pristine, translate, crop,
externals, deprecated, path, dirent_uri, hash, pool, error, string, stream, subst, time, xml,
sqlite, checksum, compress, cmdline, opt, auth, ssl, session, options, getlocks, replay, fetch,
dag, rep_cache, revprops, transaction, pack, recovery, verify, low_level, cached_data, index,
format, encoder, decoder, scanner, codecs, mapping, registry, selector, socket, signal, thread,
process, shared, header, message, policy, generator, feedparser, charset, iterators, errors,
runner, loader, result, case, suite, mock, main, request, response, cookies, handlers, abc, ast,
bisect, calendar, csv, dataclasses, decimal, enum, fractions, functools, glob, gzip, heapq, hmac,
inspect, ipaddress, logging, numbers, operator, pathlib, pickle, platform, pprint, random, re,
sched, secrets, shlex, shutil, statistics, struct, subprocess, tarfile, tempfile, textwrap,
timeit, tokenize, traceback, typing, uuid, warnings, weakref, zipfile, zlib
`);

const PACKAGES = list(`
asyncio, email, json, http, importlib, unittest, xml/etree, multiprocessing, concurrent/futures,
logging, sqlite3, tkinter, idlelib, urllib, venv, ctypes, curses, html, tomllib, wsgiref, xmlrpc,
zoneinfo
`);

const SVN_LIBS = list(`
client, wc, fs_fs, fs_x, fs_base, fs_util, fs, ra, ra_serf, ra_svn, ra_local, repos, subr, delta,
diff, auth_kwallet, auth_gnome_keyring
`);

const NEWS_SECTIONS = list('Library, Core and Builtins, Documentation, Tests, Build, Windows');

type Maker = (random: Random) => string;

const withExt =
  (prefix: string, ext: string): Maker =>
  (random) =>
    `${prefix}${random.pick(STEMS)}${ext}`;

const newsEntry: Maker = (random) =>
  `${2017 + random.int(0, 7)}-${pad(random.int(1, 12))}-${pad(random.int(1, 28))}-${pad(
    random.int(0, 23),
  )}-${pad(random.int(0, 59))}-${pad(random.int(0, 59))}.gh-issue-${random.int(
    60_000,
    130_000,
  )}.${random.hex(6)}.rst`;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Folder layouts of the kind modules route by: CPython-like and Subversion-like trees. */
function layout(): { path: string; name: Maker; files: number }[] {
  const out: { path: string; name: Maker; files: number }[] = [];
  const add = (path: string, name: Maker, files: number) => out.push({ path, name, files });
  for (const pkg of PACKAGES) {
    add(`Lib/${pkg}`, withExt('', '.py'), 14);
    add(`Lib/test/test_${pkg.replace('/', '_')}`, withExt('test_', '.py'), 10);
  }
  add('Lib', withExt('', '.py'), 110);
  add('Lib/test', withExt('test_', '.py'), 200);
  add('Modules', withExt('_', 'module.c'), 70);
  for (const sub of list('_io, _sqlite, _decimal, _ctypes, clinic, _multiprocessing')) {
    add(`Modules/${sub}`, withExt('', '.c'), 12);
  }
  add('Objects', withExt('', 'object.c'), 40);
  add('Python', withExt('', '.c'), 50);
  add('Include', withExt('', '.h'), 60);
  add('Include/internal', withExt('pycore_', '.h'), 50);
  add('Doc/library', withExt('', '.rst'), 180);
  for (const sub of list('howto, reference, tutorial, c-api, using, whatsnew, faq')) {
    add(`Doc/${sub}`, withExt('', '.rst'), 16);
  }
  for (const sub of list('scripts, clinic, msi, build, peg_generator/pegen, i18n')) {
    add(`Tools/${sub}`, withExt('', '.py'), 14);
  }
  for (const section of NEWS_SECTIONS) {
    add(`Misc/NEWS.d/next/${section}`, newsEntry, 6);
  }
  for (const lib of SVN_LIBS) {
    add(`subversion/libsvn_${lib}`, withExt('', '.c'), 30);
    add(`subversion/tests/libsvn_${lib}`, withExt('', '-test.c'), 6);
  }
  add('subversion/include', withExt('svn_', '.h'), 60);
  add('subversion/include/private', withExt('svn_', '_private.h'), 40);
  add('subversion/svn', withExt('', '-cmd.c'), 40);
  for (const tool of list('svnadmin, svnserve, svnlook, svnsync, svnrdump, mod_dav_svn')) {
    add(`subversion/${tool}`, withExt('', '.c'), 10);
  }
  add('subversion/tests/cmdline', withExt('', '_tests.py'), 60);
  add('subversion/bindings/swig/python/tests', withExt('', '.py'), 20);
  add('tools/dev', withExt('', '.py'), 30);
  add('tools/hook-scripts', withExt('', '.py'), 12);
  return out;
}

/**
 * The repository's files, changed a few at a time. Adds and deletes keep the tree near its
 * starting size, so memory stays constant however many commits are written.
 */
export class FileTree {
  private readonly folders: Folder[] = [];
  private readonly contents = new Map<string, string[]>();
  private readonly target: number;
  private tick = 0;

  constructor(private readonly random: Random) {
    for (const { path, name, files } of layout()) {
      this.folders.push({ path, name, files: [] });
      const folder = this.folders[this.folders.length - 1];
      for (let i = 0; folder && i < files; i++) {
        this.addFile(folder);
      }
    }
    this.target = this.contents.size;
    // Hot folders get most changes; shuffle so they are spread over both trees.
    for (let i = this.folders.length - 1; i > 0; i--) {
      const j = random.int(0, i);
      [this.folders[i], this.folders[j]] = [this.folders[j] as Folder, this.folders[i] as Folder];
    }
  }

  get size(): number {
    return this.contents.size;
  }

  /** Every file with its content: the initial import. */
  *all(): Generator<FileChange> {
    for (const [path, lines] of this.contents) {
      yield { op: 'M', path, content: `${lines.join('\n')}\n` };
    }
  }

  /** The changes of one ordinary commit: 1 to 6 files, mostly in one folder. */
  change(): FileChange[] {
    this.tick++;
    const count = this.random.weighted({ 1: 40, 2: 25, 3: 14, 4: 9, 5: 7, 6: 5 });
    const home = this.pickFolder();
    const changes: FileChange[] = [];
    const touched = new Set<string>();
    for (let i = 0; i < Number(count); i++) {
      const folder = i === 0 || this.random.chance(0.6) ? home : this.pickFolder();
      const change = this.changeIn(folder, touched);
      if (change) {
        changes.push(change);
      }
    }
    return changes;
  }

  private changeIn(folder: Folder, touched: Set<string>): FileChange | undefined {
    // Drift back toward the starting size: more deletes when above it, more adds below.
    const drift = (this.contents.size - this.target) / this.target;
    const op = this.random.weighted({
      M: 80,
      A: Math.max(1, 8 - drift * 80),
      D: Math.max(1, 5 + drift * 80),
      R: 5,
    });
    if (op === 'A' || folder.files.length < 2) {
      const path = this.addFile(folder);
      touched.add(path);
      return { op: 'M', path, content: this.text(path) };
    }
    const index = this.random.int(0, folder.files.length - 1);
    const path = `${folder.path}/${folder.files[index]}`;
    if (touched.has(path)) {
      return undefined;
    }
    touched.add(path);
    if (op === 'D') {
      folder.files.splice(index, 1);
      this.contents.delete(path);
      return { op: 'D', path };
    }
    if (op === 'R') {
      const name = this.freshName(folder);
      const to = `${folder.path}/${name}`;
      folder.files[index] = name;
      this.contents.set(to, this.contents.get(path) ?? []);
      this.contents.delete(path);
      touched.add(to);
      return { op: 'R', from: path, path: to };
    }
    this.edit(path);
    return { op: 'M', path, content: this.text(path) };
  }

  private pickFolder(): Folder {
    const folder = this.folders[this.random.skewedIndex(this.folders.length, 0.8)];
    if (!folder) {
      throw new Error('the file tree has no folders');
    }
    return folder;
  }

  private addFile(folder: Folder): string {
    const name = this.freshName(folder);
    folder.files.push(name);
    const path = `${folder.path}/${name}`;
    const comment = /\.(c|h)$/.test(name) ? '/*' : /\.rst$/.test(name) ? '..' : '#';
    this.contents.set(path, [`${comment} ${path}`, this.line()]);
    return path;
  }

  private freshName(folder: Folder): string {
    let name = folder.name(this.random);
    for (let n = 2; this.contents.has(`${folder.path}/${name}`); n++) {
      name = name.replace(/(\.[a-z]+)$/, `${n}$1`);
    }
    return name;
  }

  private edit(path: string): void {
    const lines = this.contents.get(path);
    if (!lines) {
      return;
    }
    if (lines.length > 12 || (lines.length > 2 && this.random.chance(0.5))) {
      lines.splice(this.random.int(1, lines.length - 1), 1, this.line());
    } else {
      lines.push(this.line());
    }
  }

  private line(): string {
    return `${this.random.pick(STEMS)}_${this.tick} = ${this.random.int(0, 99_999)}`;
  }

  private text(path: string): string {
    return `${(this.contents.get(path) ?? []).join('\n')}\n`;
  }
}
