import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const manifest = (dir: string) =>
  JSON.parse(readFileSync(join(ROOT, '.output', dir, 'manifest.json'), 'utf8')) as Record<
    string,
    unknown
  > & { icons: Record<string, string>; description: string; version: string };

describe('store readiness', () => {
  it.each(['chrome-mv3', 'firefox-mv2'])('%s manifest meets the stores\u2019 rules', (dir) => {
    const m = manifest(dir);
    expect(m.version).toBe(pkg.version);
    // The Chrome Web Store's limit for the description.
    expect(m.description.length).toBeLessThanOrEqual(132);
    for (const size of ['16', '32', '48', '128']) {
      const icon = m.icons[size];
      expect(icon, `icon ${size}`).toBeTruthy();
      expect(existsSync(join(ROOT, '.output', dir, icon ?? ''))).toBe(true);
    }
    // Only what the extension uses (README, Permissions): storage for the settings and the
    // library; scripting for the popup and the shortcuts to ask the page (and, in Chromium, to
    // register the added articles' watch); the host permissions (MV2 lists them among the
    // permissions).
    if (dir === 'chrome-mv3') {
      expect(m.permissions).toEqual(['storage', 'scripting']);
      expect(m.host_permissions).toEqual(['<all_urls>']);
    } else {
      expect(m.permissions).toEqual(['storage', 'scripting', '<all_urls>']);
      expect(m.host_permissions).toBeUndefined();
    }
    expect(JSON.stringify(m)).not.toMatch(/unsafe-eval|https?:\/\/(?!\*)/);
  });

  it('the Firefox manifest declares its id and that it collects no data', () => {
    const gecko = (
      manifest('firefox-mv2').browser_specific_settings as { gecko: Record<string, unknown> }
    ).gecko;
    expect(gecko.id).toBe('fact-context@example.org');
    expect(gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('npm run zip writes both packages and a sources zip', async () => {
    execFileSync('npm', ['run', 'zip'], { cwd: ROOT, stdio: 'pipe' });
    for (const name of ['chrome', 'firefox', 'sources']) {
      expect(existsSync(join(ROOT, '.output', `fact-context-${pkg.version}-${name}.zip`))).toBe(
        true,
      );
    }
    const zip = await JSZip.loadAsync(
      readFileSync(join(ROOT, '.output', `fact-context-${pkg.version}-sources.zip`)),
    );
    const sources = Object.keys(zip.files);
    expect(sources).toContain('package-lock.json');
    expect(sources).toContain('src/article/article.txt');
    expect(sources.some((f) => f.startsWith('node_modules/') || f.startsWith('.output/'))).toBe(
      false,
    );
  });
});
