import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { executableFor } from './browsers';

/**
 * A minimal Marionette client: Firefox's own automation protocol, which can run script in the
 * browser's parent process in every Firefox ESR (WebDriver BiDi reaches it only from 141 on).
 * The privacy test needs that to see which principal started each request; Marionette allows one
 * session per browser, so this drives a Firefox of its own.
 */
export class Marionette {
  private buffer = Buffer.alloc(0);
  private nextId = 0;
  private readonly waiting = new Map<number, (reply: unknown[]) => void>();
  private hello!: () => void;
  private readonly ready = new Promise<void>((resolve) => (this.hello = resolve));

  private constructor(
    private readonly socket: Socket,
    private readonly process: ChildProcess,
    private readonly profile: string,
  ) {
    socket.on('data', (chunk: Buffer) => this.read(chunk));
  }

  static async launch(prefs: Record<string, string | number | boolean>): Promise<Marionette> {
    const profile = mkdtempSync(join(tmpdir(), 'fc-marionette-'));
    const all = { ...prefs, 'marionette.port': 0, 'browser.shell.checkDefaultBrowser': false };
    writeFileSync(
      join(profile, 'user.js'),
      Object.entries(all)
        .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
        .join('\n'),
    );
    const child = spawn(
      executableFor('firefox'),
      [
        '-marionette',
        '-remote-allow-system-access',
        '-headless',
        '-no-remote',
        '-profile',
        profile,
      ],
      { stdio: 'ignore', env: { ...process.env, MOZ_HEADLESS: '1' } },
    );
    // With port 0 Firefox picks a free port and writes it into the profile.
    const portFile = join(profile, 'MarionetteActivePort');
    const until = Date.now() + 30_000;
    while (!existsSync(portFile) || readFileSync(portFile, 'utf8').trim() === '') {
      if (Date.now() > until || child.exitCode !== null) {
        child.kill();
        throw new Error('Firefox did not start Marionette within 30 s');
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const port = Number(readFileSync(portFile, 'utf8').trim());
    const socket = connect(port, '127.0.0.1');
    const client = new Marionette(socket, child, profile);
    await client.ready;
    await client.command('WebDriver:NewSession', { capabilities: {} });
    return client;
  }

  /** Sends a command and gives its value; a WebDriver error becomes a thrown Error. */
  async command(name: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = ++this.nextId;
    const reply = new Promise<unknown[]>((resolve) => this.waiting.set(id, resolve));
    const body = JSON.stringify([0, id, name, params]);
    this.socket.write(`${Buffer.byteLength(body)}:${body}`);
    const [, , error, result] = await reply;
    if (error) throw new Error(`${name}: ${JSON.stringify(error).slice(0, 300)}`);
    return (result as { value?: unknown } | null)?.value ?? result;
  }

  /** Runs `fn(arg)` in the content page (context 'content') or the parent process ('chrome'). */
  async run<R, A>(context: 'content' | 'chrome', fn: (arg: A) => R, arg?: A): Promise<R> {
    await this.command('Marionette:SetContext', { value: context });
    return (await this.command('WebDriver:ExecuteScript', {
      script: `return (${fn.toString()})(arguments[0]);`,
      args: [arg ?? null],
    })) as R;
  }

  async close(): Promise<void> {
    await this.command('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => {});
    this.socket.destroy();
    if (this.process.exitCode === null) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          this.process.kill('SIGKILL');
          resolve();
        }, 10_000);
        this.process.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    rmSync(this.profile, { recursive: true, force: true });
  }

  /** Packets are "<byte length>:<JSON>"; the first is a greeting object, the rest replies. */
  private read(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const colon = this.buffer.indexOf(':');
      if (colon < 0) return;
      const length = Number(this.buffer.subarray(0, colon).toString());
      if (this.buffer.length < colon + 1 + length) return;
      const packet: unknown = JSON.parse(
        this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8'),
      );
      this.buffer = this.buffer.subarray(colon + 1 + length);
      if (Array.isArray(packet)) this.waiting.get(packet[1] as number)?.(packet);
      else this.hello();
    }
  }
}
