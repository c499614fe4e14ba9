import { describe, expect, it } from 'vitest';
import { ProjectsFileError, parseProjectsFile } from './projects-file';

function problems(text: string): string[] {
  try {
    parseProjectsFile(text, 'p.yaml');
  } catch (error) {
    if (error instanceof ProjectsFileError) {
      return error.problems.map((p) => `${p.line}:${p.field}: ${p.message}`);
    }
    throw error;
  }
  return [];
}

describe('parseProjectsFile', () => {
  it('reads a valid file, with defaults', () => {
    const file = parseProjectsFile(
      'projects:\n  - slug: demo\n    name: Demo\n    modules: [{ slug: core, paths: ["src/**"] }]\n',
      'p.yaml',
    );
    expect(file.projects[0]).toMatchObject({
      slug: 'demo',
      sources: [],
      modules: [{ slug: 'core', paths: ['src/**'], docs: [], modules: [] }],
    });
  });

  it('reports every broken reference at once, each at its line', () => {
    const text = `projects:
  - slug: demo
    name: Demo
    sources:
      - { kind: feed, file: a.rss, modules: [nowhere] }
      - { kind: feed, file: a.rss }
      - { kind: git, path: ., name: native }
    modules:
      - slug: core
        modules:
          - { path: other/deep }
      - { path: lib/x }
      - { slug: core }
    milestones: [{ title: v1 }]
    tasks:
      - { title: Do it, module: core, milestone: v2 }
      - { title: Do it, module: gone }
  - slug: demo
    name: Again
`;
    expect(problems(text)).toEqual([
      '11:projects[0].modules[0].modules[0].path: "other/deep" is nested under "core" but names another parent',
      '12:projects[0].modules[1].path: "lib/x" names no parent: module "lib" is not declared before it',
      '13:projects[0].modules[2].slug: duplicate module "core"',
      '5:projects[0].sources[0].modules[0]: no module "nowhere" in project "demo"',
      '6:projects[0].sources[1]: duplicate source "feed:a.rss"',
      '7:projects[0].sources[2].name: "native" is reserved for items written in Moduleboard itself',
      '16:projects[0].tasks[0].milestone: no milestone "v2" in project "demo"',
      '17:projects[0].tasks[1].module: no module "gone" in project "demo"',
      '17:projects[0].tasks[1]: duplicate task "do-it"',
      '18:projects[1].slug: duplicate project slug "demo"',
    ]);
  });

  it('reports YAML syntax and schema problems by line', () => {
    expect(problems('projects:\n  - slug: [\n')[0]).toMatch(/^\d+:: YAML syntax: /);
    expect(problems('projects:\n  - slug: Demo!\n    name: D\n    colour: red\n')).toEqual([
      '2:projects[0].slug: must be lower-case letters, digits or "-" (at most 64)',
      '4:projects[0].colour: unknown key',
    ]);
  });
});
