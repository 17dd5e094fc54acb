import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestPage } from './browsers';

const AXE = join(import.meta.dirname, '..', '..', '..', 'node_modules', 'axe-core', 'axe.min.js');

export interface AxeResult {
  /** `id: help (nodes)` of each rule broken. */
  violations: string[];
  /** The ids of the rules that ran and passed: proof that the scan looked at something. */
  passes: string[];
}

/**
 * An axe-core scan of the part of an extension page at `selector`. An extension
 * page's CSP loads no script from elsewhere, so axe travels inside the evaluated function itself:
 * the drivers send a function's source over the protocol, which the page's CSP does not govern.
 */
export async function axeScan(page: TestPage, selector: string): Promise<AxeResult> {
  const source = readFileSync(AXE, 'utf8');
  // A function made from axe's own source, in the test process only: never in the extension.
  const scan = new Function(
    'selector',
    `${source}
    return axe.run({ include: [[selector]] }).then((result) => ({
      violations: result.violations.map((v) => v.id + ': ' + v.help + ' (' + v.nodes.length + ')'),
      passes: result.passes.map((r) => r.id),
    }));`,
  ) as (selector: string) => Promise<AxeResult>;
  return page.evaluate(scan, selector);
}
