import { execFileSync } from 'node:child_process';
import { BROWSERS, executableFor } from './browsers';

/** Global setup of the browser run: says which browsers it tests (or how to install one). */
export default function printBrowserVersions(): void {
  const versions = BROWSERS.map((name) =>
    execFileSync(executableFor(name), ['--version'], { encoding: 'utf8' }).trim(),
  );
  console.log(`Browsers under test: ${versions.join('; ')}`);
}
