import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { GLOSSARY } from '../core/glossary/index';
import { classifyLines } from './classify-lines';
import { readPage, toCliReport } from './read-page';

/**
 * ClaimLens on the command line, over the same core as the extension:
 *   analyze PAGE.html [--url URL] [--force]   one JSON report
 *   classify [--lang fr|en]                   JSON Lines in, JSON Lines out
 *   glossary                                  every glossary entry as JSON
 * Bad input: a one-line message on stderr and exit code 2.
 */

const USAGE = 'usage: cli.mjs analyze PAGE.html [--url URL] [--force] | classify [--lang fr|en] | glossary';

function fail(message: string): never {
  process.stderr.write(`claimlens: ${message}\n`);
  process.exit(2);
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const v = args[i + 1];
  if (v === undefined || v.startsWith('--')) fail(`${name} needs a value`);
  return v;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function main(argv: string[]): Promise<void> {
  const [command, ...args] = argv;
  if (command === 'analyze') {
    const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--url');
    if (!file) fail(`analyze needs an HTML file; ${USAGE}`);
    let html: string;
    try {
      html = fs.readFileSync(file, 'utf8');
    } catch (e) {
      fail(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? 'error'}`);
    }
    const url = option(args, '--url') ?? pathToFileURL(path.resolve(file)).href;
    process.stdout.write(JSON.stringify(toCliReport(readPage(html, url, args.includes('--force'))), null, 2) + '\n');
  } else if (command === 'classify') {
    const lang = option(args, '--lang');
    if (lang !== undefined && lang !== 'fr' && lang !== 'en') fail(`--lang must be fr or en, not ${lang}`);
    const { out, problems } = classifyLines(await readStdin(), lang);
    if (out.length) process.stdout.write(out.join('\n') + '\n');
    if (problems.length) {
      const first = problems[0]!;
      const more = problems.length > 1 ? ` (and ${problems.length - 1} more bad lines)` : '';
      fail(`line ${first.line}: ${first.message}${more}`);
    }
  } else if (command === 'glossary') {
    process.stdout.write(JSON.stringify(GLOSSARY, null, 2) + '\n');
  } else {
    fail(command ? `unknown command ${command}; ${USAGE}` : USAGE);
  }
}

main(process.argv.slice(2)).catch((e: unknown) => fail(e instanceof Error ? e.message : String(e)));
