import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportRoadmapMarkdown } from './export-markdown';
import { parseRoadmap } from './parse-roadmap';
import { comparable } from './testing/comparable';
import type { RoadmapTask } from './types';

const examples = join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'roadmaps');
const seed = (name: string) => readFileSync(join(examples, name), 'utf8');

function flatten(tasks: RoadmapTask[]): RoadmapTask[] {
  return tasks.flatMap((t) => [t, ...flatten(t.tasks)]);
}

describe.each([
  ['python-org.md', 6, 15],
  ['ipython.rst', 9, 24],
])('the seed %s', (name, topLevel, all) => {
  const first = parseRoadmap(seed(name), { fileName: name });

  it('reads without a problem, every task', () => {
    expect(first.problems).toEqual([]);
    expect(first.tasks).toHaveLength(topLevel);
    expect(flatten(first.tasks)).toHaveLength(all);
  });

  it('gives every task a key of its own', () => {
    const keys = flatten(first.tasks).map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reads the same roadmap back from its Markdown export', () => {
    const markdown = exportRoadmapMarkdown(first);
    const second = parseRoadmap(markdown, { format: 'markdown' });
    expect(second.problems).toEqual([]);
    expect(comparable(second)).toEqual(comparable(first));
    expect(exportRoadmapMarkdown(second)).toBe(markdown);
  });
});

describe('the python.org seed', () => {
  const roadmap = parseRoadmap(seed('python-org.md'), { fileName: 'python-org.md' });
  const byTitle = (title: string) => flatten(roadmap.tasks).find((t) => t.title === title);

  it('reads the legend, the areas and each task as the page writes it', () => {
    expect(roadmap.title).toBe('Roadmap');
    expect(roadmap.legend.map((e) => [e.word, e.status])).toEqual([
      ['open', 'open'],
      ['wip', 'wip'],
      ['done', 'done'],
    ]);
    expect(roadmap.areas.map((a) => a.title)).toEqual(['Generic', 'Documentation', 'Wiki']);
    expect(roadmap.milestones).toEqual([]);
    expect(
      roadmap.tasks.map((t) => [t.priority, t.title, t.status, t.owner ?? null, t.area]),
    ).toEqual([
      [
        'high',
        'Split Python codebase into modules for independent development',
        'open',
        'techtonik',
        'Generic',
      ],
      ['high', 'contribulyzer similar to used in Subversion community', 'open', null, 'Generic'],
      ['medium', 'centralized login.python.org spec', 'open', 'techtonik', 'Generic'],
      ['medium', 'Online editor for Docs', 'open', null, 'Documentation'],
      [
        'high',
        'Mercurial process to maintain and share modifications to MoinMoin installations',
        'wip',
        'techtonik',
        'Wiki',
      ],
      ['medium', 'Roadmap plugin/extensions for MoinMoin', 'open', null, 'Wiki'],
    ]);
  });

  it('nests sub-items, keeps their links and the text under them', () => {
    const split = byTitle('Split Python codebase into modules for independent development');
    const follow = split?.tasks[0];
    expect(follow?.title).toMatch(/^convenient way for interested parties/);
    expect(follow?.body).toBe('(try multiproject Trac)');
    expect(follow?.tasks.map((t) => t.title)).toEqual([
      'bugs',
      'code repository - ! (several views)',
      'use cases - !',
      'discussions',
      'drafts (wiki, google wave)',
      'documentation',
    ]);
    expect(byTitle('centralized login.python.org spec')?.links).toEqual([
      { text: 'spec', url: 'http://code.google.com/p/rainforce/wiki/CentralizedLogin' },
    ]);
    expect(byTitle('Online editor for Docs')?.tasks.map((t) => t.title)).toEqual([
      'depends on centralized login above',
      'need to implement ModerationQueue for anonymous users',
    ]);
  });
});

describe('the IPython seed', () => {
  const roadmap = parseRoadmap(seed('ipython.rst'), { fileName: 'ipython.rst' });

  it('reads releases as milestones and their items with the marks they end with', () => {
    expect(roadmap.title).toBe('Development roadmap');
    expect(roadmap.milestones).toEqual([{ title: '0.11' }, { title: '0.12' }]);
    expect(
      roadmap.tasks.filter((t) => t.milestone).map((t) => [t.milestone, t.status, t.title]),
    ).toEqual([
      ['0.11', 'done', 'Full module and package reorganization'],
      [
        '0.11',
        'done',
        'Removal of the threaded shells and new implementation of GUI support based on `PyOSInputHook`',
      ],
      ['0.11', 'done', 'Refactor the configuration system'],
      [
        '0.11',
        'done',
        "Prepare to refactor IPython's core by creating a new component and application system",
      ],
      ['0.11', 'wip', "Start to refactor IPython's core by turning everything into components"],
      ['0.12', 'open', "Continue to refactor IPython's core by turning everything into components"],
    ]);
  });

  it('reads the areas of work, with their checklists of components', () => {
    expect(roadmap.areas.map((a) => a.title)).toEqual([
      'Refactoring the main IPython core',
      'Process management for `IPython.kernel`',
      'Performance problems',
    ]);
    expect(roadmap.areas[0]?.description).toMatch(/^During the summer of 2009/);
    const [done, open, performance] = roadmap.tasks.filter((t) => t.area);
    expect(done?.status).toBe('done');
    expect(done?.tasks.map((t) => [t.title, t.status])).toEqual([
      ['The main `InteractiveShell` class', 'done'],
      ['The aliases (`IPython.core.aliases`)', 'done'],
      [
        'The display and builtin traps (`IPython.core.display_trap` and `IPython.core.builtin_trap`)',
        'done',
      ],
      ['The prefilter machinery (`IPython.core.prefilter`)', 'done'],
    ]);
    expect(open?.status).toBe('open');
    expect(open?.tasks.map((t) => t.title)).toEqual([
      'Magics',
      'Input and output history management',
      'Prompts',
      'Completers',
      'Logging',
      'Exception handling',
      'Anything else',
    ]);
    expect(performance?.area).toBe('Performance problems');
    expect(performance?.tasks[0]).toMatchObject({
      title: 'The controller stores a large amount of state in Python dictionaries',
      body: expect.stringMatching(/^Under heavy usage, these dicts/),
    });
  });

  it('keeps each key when a task changes its status, owner or priority', () => {
    const edited = seed('ipython.rst')
      .replace('(started)', '(done)')
      .replace(
        '* Refactor the configuration system (done).',
        '* Refactor the configuration system.',
      );
    const again = parseRoadmap(edited, { fileName: 'ipython.rst' });
    expect(flatten(again.tasks).map((t) => t.key)).toEqual(
      flatten(roadmap.tasks).map((t) => t.key),
    );
    const md = parseRoadmap(exportRoadmapMarkdown(roadmap), { format: 'markdown' });
    const moved = exportRoadmapMarkdown(md).replace('- Magics', '- (high) Magics - wip (fperez)');
    const movedKeys = flatten(parseRoadmap(moved).tasks).map((t) => t.key);
    expect(movedKeys).toEqual(flatten(roadmap.tasks).map((t) => t.key));
  });
});
