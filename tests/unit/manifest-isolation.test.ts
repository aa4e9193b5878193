import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * A page script cannot reach the worker: the built manifests (what ships, dist/ from
 * `npm run build`) open no channel to web pages. `externally_connectable` would let any matching
 * page call `runtime.sendMessage(ourId)`; a web-accessible resource could be framed or fetched by
 * a page and talk to the worker as an extension page; a content script in the MAIN world would
 * share the page's globals. None may appear.
 */

const BROWSERS = ['chrome', 'firefox'] as const;

function manifest(browser: (typeof BROWSERS)[number]): Record<string, unknown> {
  const file = path.join('dist', browser, 'manifest.json');
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run \`npm run build\` first`);
  return JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

describe.each(BROWSERS)('built %s manifest', (browser) => {
  const m = manifest(browser);

  it('has no externally_connectable and no web-accessible resource', () => {
    expect(m).not.toHaveProperty('externally_connectable');
    expect(m).not.toHaveProperty('web_accessible_resources');
  });

  it('runs its content script only in the isolated world, top frame only', () => {
    const scripts = m.content_scripts as Record<string, unknown>[];
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) {
      expect(s.world ?? 'ISOLATED').toBe('ISOLATED');
      expect(s.all_frames ?? false).toBe(false);
      expect(s.match_about_blank ?? false).toBe(false);
    }
  });

  it('declares no remote code and no host permission beyond the content-script matches', () => {
    expect(m).not.toHaveProperty('host_permissions');
    expect(m).not.toHaveProperty('optional_host_permissions');
    const csp = m.content_security_policy as { extension_pages?: string } | undefined;
    if (csp?.extension_pages) expect(csp.extension_pages).not.toMatch(/https?:|unsafe-eval/);
  });
});
