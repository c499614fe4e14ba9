import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

function capture() {
  const lines: string[] = [];
  return { lines, stream: { write: (line: string) => lines.push(line) } };
}

describe('createLogger', () => {
  it('writes one JSON line per record with its time, level, message and fields', () => {
    const out = capture();
    createLogger('info', out.stream).warn('sync failed', { source: 'repo', failures: 2 });
    expect(out.lines).toHaveLength(1);
    const record = JSON.parse(out.lines[0] ?? '');
    expect(record).toMatchObject({
      level: 'warn',
      message: 'sync failed',
      source: 'repo',
      failures: 2,
    });
    expect(new Date(record.time).toISOString()).toBe(record.time);
    expect(out.lines[0]?.endsWith('\n')).toBe(true);
  });

  it('drops records below its level, and everything when silent', () => {
    const out = capture();
    const logger = createLogger('warn', out.stream);
    logger.debug('no');
    logger.info('no');
    logger.error('yes');
    createLogger('silent', out.stream).error('no');
    expect(out.lines.map((l) => JSON.parse(l).message)).toEqual(['yes']);
  });
});
