import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoGithub } from '@moduleboard/connectors/github/demo';
import { countProjects, importProjects } from '@moduleboard/core';
import type { Services } from '../services';

const DEMO_FILE = fileURLToPath(new URL('../../../../examples/demo.yaml', import.meta.url));
const DEMO_GITHUB = fileURLToPath(
  new URL('../../../../examples/github/moduleboard.json', import.meta.url),
);

export interface Demo {
  /** The services to run the demo with: GitHub pointed at the recording when it is served. */
  services: Services;
  close(): Promise<void>;
}

/**
 * The demo (`serve --demo`): its "GitHub" is a recording served on loopback unless GITHUB_API_URL
 * says otherwise, and its projects (examples/demo.yaml) are imported into a database that has
 * none yet. Loaded only when asked for: nothing of it is on the path of a real installation.
 */
export async function openDemo(services: Services): Promise<Demo> {
  const { config, logger } = services;
  const github = config.github.apiUrlGiven ? undefined : await startDemoGithub(DEMO_GITHUB);
  const demo: Demo = {
    services: github
      ? { ...services, config: { ...config, github: { ...config.github, apiUrl: github.url } } }
      : services,
    close: async () => {
      await github?.close();
    },
  };
  if (github) {
    logger.info('demo GitHub recording served', { url: github.url });
  }
  try {
    await importDemo(services);
  } catch (error) {
    await demo.close();
    throw error;
  }
  return demo;
}

async function importDemo({ ctx, logger }: Services): Promise<void> {
  if ((await countProjects(ctx.db)) > 0) {
    return;
  }
  const reports = await importProjects({
    ctx,
    input: {
      text: await readFile(DEMO_FILE, 'utf8'),
      file: 'examples/demo.yaml',
      baseDir: dirname(DEMO_FILE),
    },
  });
  logger.info('imported the demo', { projects: reports.map((r) => r.slug) });
}
