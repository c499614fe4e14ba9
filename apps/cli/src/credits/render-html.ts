import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Contributor, obfuscateEmails } from '@moduleboard/contribulyzer';
import type { CreditsResult } from './credits-result';
import { FileSink } from './file-sink';
import { escapeHtml, PAGE_END, pageStart } from './html';
import type { MessageSpool } from './message-spool';
import { REVISION_PLACEHOLDER } from './options';
import { describeCount, roleHeading } from './role-labels';

export interface HtmlSiteInput {
  out: string;
  result: CreditsResult;
  spool: MessageSpool;
  /** `https://svn.example.org/r{revision}`: links Subversion revisions when given. */
  revisionUrl: string | undefined;
}

/** Text from a history, made safe to show: escaped, with addresses hidden from harvesters. */
function show(text: string): string {
  return escapeHtml(obfuscateEmails(text));
}

/** Writes `index.html` (the ranking) and `<id>.html` per contributor into `out`. */
export function writeHtmlSite(input: HtmlSiteInput): void {
  mkdirSync(input.out, { recursive: true });
  writeIndex(input);
  for (const contributor of input.result.contributors) {
    writeContributor(input, contributor);
  }
}

function writeIndex({ out, result }: HtmlSiteInput): void {
  const sink = new FileSink(join(out, 'index.html'));
  try {
    sink.write(pageStart(`Contributors to ${result.repository}`));
    sink.write('<h1>Contributors</h1>\n');
    sink.write(
      `<p class="summary">${show(result.repository)} at <code>${escapeHtml(result.head.slice(0, 12))}</code>: ` +
        `<span data-count="commits">${result.commits}</span> commits, ` +
        `<span data-count="credited">${result.creditedCommits}</span> with credit lines, ` +
        `<span data-count="contributors">${result.contributors.length}</span> contributors.</p>\n`,
    );
    sink.write(
      '<table class="ranking">\n<thead><tr><th class="num">#</th><th>Name</th><th>Username</th>' +
        '<th class="num">Score</th><th>Credits</th></tr></thead>\n<tbody>\n',
    );
    let rank = 0;
    for (const c of result.contributors) {
      rank += 1;
      const counts = Object.entries(c.roles)
        .map(
          ([role, count]) =>
            `<span data-role="${escapeHtml(role)}" data-count="${count}">${escapeHtml(describeCount(role, count))}</span>`,
        )
        .join(', ');
      sink.write(
        `<tr data-id="${escapeHtml(c.id)}" data-score="${c.score}"><td class="num">${rank}</td>` +
          `<td><a href="${escapeHtml(c.id)}.html">${show(c.name)}</a></td>` +
          `<td>${show(c.usernames.join(', '))}</td><td class="num">${c.score}</td><td>${counts}</td></tr>\n`,
      );
    }
    sink.write('</tbody>\n</table>\n');
    sink.write(PAGE_END);
  } finally {
    sink.close();
  }
}

function writeContributor(input: HtmlSiteInput, c: Contributor): void {
  const sink = new FileSink(join(input.out, `${c.id}.html`));
  try {
    sink.write(pageStart(`${c.name} — contributions`));
    sink.write('<p><a href="index.html">All contributors</a></p>\n');
    sink.write(`<h1>${show(c.name)}</h1>\n<dl class="facts">\n`);
    if (c.usernames.length > 0) {
      sink.write(`<dt>Username</dt><dd>${show(c.usernames.join(', '))}</dd>\n`);
    }
    if (c.emails.length > 0) {
      sink.write(`<dt>E-mail</dt><dd>${show(c.emails.join(', '))}</dd>\n`);
    }
    sink.write(`<dt>Score</dt><dd data-score="${c.score}">${c.score}</dd>\n`);
    sink.write(`<dt>Commits</dt><dd data-count="commits">${c.commits.length}</dd>\n</dl>\n`);
    writeRoleTables(sink, input, c);
    writeAsides(sink, c);
    writeIdentities(sink, c);
    writeMessages(sink, input, c);
    sink.write(PAGE_END);
  } finally {
    sink.close();
  }
}

function revisionCell(revision: string | null, pattern: string | undefined): string {
  if (revision === null) {
    return '';
  }
  const number = revision.replace(/^r/, '');
  if (pattern === undefined || !/^\d+$/.test(number)) {
    return escapeHtml(revision);
  }
  const href = pattern.split(REVISION_PLACEHOLDER).join(number);
  return `<a href="${escapeHtml(href)}">${escapeHtml(revision)}</a>`;
}

function asideKey(sha: string, role: string): string {
  return `${sha}\n${role}`;
}

function writeRoleTables(sink: FileSink, input: HtmlSiteInput, c: Contributor): void {
  const asides = new Map<string, string[]>();
  for (const aside of c.asides) {
    const key = asideKey(aside.sha, aside.role);
    asides.set(key, [...(asides.get(key) ?? []), aside.aside]);
  }
  for (const [role, count] of Object.entries(c.roles)) {
    sink.write(
      `<section class="role" data-role="${escapeHtml(role)}" data-count="${count}">\n` +
        `<h2>${escapeHtml(roleHeading(role))} (${count})</h2>\n<table>\n` +
        '<thead><tr><th>Commit</th><th>Revision</th><th>Date</th><th>Subject</th><th>Aside</th></tr></thead>\n<tbody>\n',
    );
    for (const commit of c.commits) {
      if (!commit.roles.includes(role)) {
        continue;
      }
      const info = input.spool.info(commit.sha);
      const aside = asides.get(asideKey(commit.sha, role))?.join(' ') ?? '';
      sink.write(
        `<tr><td><a href="#c-${escapeHtml(commit.sha)}"><code>${escapeHtml(commit.sha.slice(0, 10))}</code></a></td>` +
          `<td>${revisionCell(commit.revision, input.revisionUrl)}</td>` +
          `<td><time datetime="${escapeHtml(info?.date ?? '')}">${escapeHtml((info?.date ?? '').slice(0, 10))}</time></td>` +
          `<td>${show(info?.subject ?? '')}</td><td>${show(aside)}</td></tr>\n`,
      );
    }
    sink.write('</tbody>\n</table>\n</section>\n');
  }
}

function writeAsides(sink: FileSink, c: Contributor): void {
  if (c.asides.length === 0) {
    return;
  }
  sink.write('<section class="asides">\n<h2>Asides</h2>\n<ul>\n');
  for (const aside of c.asides) {
    const where = aside.revision ?? aside.sha.slice(0, 10);
    sink.write(
      `<li><a href="#c-${escapeHtml(aside.sha)}">${escapeHtml(where)}</a> ` +
        `<span class="muted">(${escapeHtml(aside.role)})</span>: ${show(aside.aside)}</li>\n`,
    );
  }
  sink.write('</ul>\n</section>\n');
}

function writeIdentities(sink: FileSink, c: Contributor): void {
  const person = c.person;
  if (person.identityKeys.length < 2) {
    return;
  }
  sink.write('<section class="identities">\n<h2>Identities</h2>\n<ul>\n');
  for (const key of person.identityKeys) {
    sink.write(`<li><code>${show(key)}</code></li>\n`);
  }
  sink.write('</ul>\n<h3>Why they were merged</h3>\n<ul>\n');
  for (const merge of person.merges) {
    sink.write(
      `<li>${escapeHtml(merge.reason)}: ${show(merge.detail)} ` +
        `<span class="muted">(<code>${show(merge.a)}</code> and <code>${show(merge.b)}</code>)</span></li>\n`,
    );
  }
  sink.write('</ul>\n</section>\n');
}

function writeMessages(sink: FileSink, input: HtmlSiteInput, c: Contributor): void {
  sink.write('<section class="messages">\n<h2>Messages</h2>\n');
  for (const commit of c.commits) {
    const info = input.spool.info(commit.sha);
    const heading = [
      `<code>${escapeHtml(commit.sha)}</code>`,
      commit.revision === null ? '' : revisionCell(commit.revision, input.revisionUrl),
      escapeHtml(info?.date ?? ''),
    ]
      .filter((part) => part !== '')
      .join(' · ');
    sink.write(
      `<article id="c-${escapeHtml(commit.sha)}">\n<h3>${heading}</h3>\n` +
        `<pre>${show(input.spool.message(commit.sha))}</pre>\n</article>\n`,
    );
  }
  sink.write('</section>\n');
}
