import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The architecture as a test: each runtime folder may import only what its context can run.
 * (The type-level half is `tsconfig.core.json`: the core compiles with no DOM and no Node types.)
 */

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

function importsOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm), ...text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1]!);
}

/** Folders and what they must not import (by prefix of the resolved path or package name). */
const RULES: { folder: string; forbidden: RegExp; why: string }[] = [
  { folder: 'src/core', forbidden: /^(webextension-polyfill|preact|linkedom|node:|fs$|path$)|src\/(content|background|popup|options|shared|cli)\//, why: 'the core is pure and shared by every context' },
  { folder: 'src/content', forbidden: /^(preact|linkedom|node:)|src\/(background|popup|options|cli)\//, why: 'the content script runs in the page' },
  { folder: 'src/background', forbidden: /^(preact|linkedom|node:)|src\/(content|popup|options|cli)\//, why: 'the worker has no DOM' },
  { folder: 'src/popup', forbidden: /^(linkedom|node:)|src\/(content|background|cli)\//, why: 'the popup talks to other contexts only by messages' },
  { folder: 'src/shared', forbidden: /^(preact|linkedom|node:)|src\/(content|background|popup|options|cli)\//, why: 'shared code sits below every context' },
];

describe('layer boundaries', () => {
  for (const rule of RULES) {
    it(`${rule.folder} imports nothing it must not (${rule.why})`, () => {
      const offenders: string[] = [];
      for (const file of sources(rule.folder)) {
        for (const spec of importsOf(file)) {
          const target = spec.startsWith('.') ? path.relative(process.cwd(), path.resolve(path.dirname(file), spec)) + '/' : spec;
          if (rule.forbidden.test(target)) offenders.push(`${file} -> ${spec}`);
        }
      }
      expect(offenders).toEqual([]);
    });
  }
  it('core sources never name browser globals', () => {
    const hits = sources('src/core').filter((f) => /\b(document|window|browser|chrome)\s*\./.test(fs.readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '')));
    expect(hits).toEqual([]);
  });
});
