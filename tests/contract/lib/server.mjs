// Runs the real lkk-server on a free loopback port with its own temporary data directory, and
// ends it however this check ends: normally (SIGTERM, then SIGKILL), on an exception, on a
// signal, and — through the kernel's parent-death signal (setpriv) — when Node itself is killed.
// The ready line it waits for (docs/operations.md):
//   LKK_SERVER_READY {"url":"https://127.0.0.1:PORT","ca":"/abs/ca.crt","mailDrop":"/abs/mail",…}
import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

const READY = 'LKK_SERVER_READY ';
const START_TIMEOUT_MS = 60000; // sanitizer builds on a busy 2-core machine start slowly
const OUTPUT_KEEP = 64 * 1024;   // the tail of the server's output, for failure reports

function hasSetpriv() {
    return process.platform === 'linux' && spawnSync('setpriv', ['--help'], {stdio: 'ignore'}).status === 0;
}

export async function startServer(binary, extraArgs) {
    const dataDir = mkdtempSync(join(tmpdir(), 'lkk-contract-'));
    const args = ['--data-dir', dataDir, '--listen', '127.0.0.1', '--port', '0', '--demo', ...extraArgs];
    const [command, commandArgs] = hasSetpriv()
        ? ['setpriv', ['--pdeathsig', 'KILL', '--', binary, ...args]]
        : [binary, args];
    const child = spawn(command, commandArgs, {stdio: ['ignore', 'pipe', 'pipe']});
    let output = '';
    const keep = chunk => {
        output = (output + chunk.toString('utf8')).slice(-OUTPUT_KEEP);
    };
    child.stderr.on('data', keep);

    let exited = null;
    const exit = new Promise(done => child.on('exit', (code, signal) => {
        exited = {code, signal};
        done(exited);
    }));
    const cleanup = () => {
        if (exited === null)
            child.kill('SIGKILL');
        rmSync(dataDir, {recursive: true, force: true});
    };
    process.on('exit', cleanup);
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
        process.on(signal, () => {
            cleanup();
            process.exit(1);
        });
    }

    const ready = await new Promise((resolve, reject) => {
        let stdout = ''; // until the ready line
        const timer = setTimeout(() => reject(new Error(`lkk-server printed no ready line in ${START_TIMEOUT_MS} ms`)),
            START_TIMEOUT_MS);
        child.stdout.on('data', chunk => {
            keep(chunk);
            if (stdout === null)
                return;
            stdout += chunk.toString('utf8');
            const at = stdout.indexOf(READY);
            const end = at < 0 ? -1 : stdout.indexOf('\n', at);
            if (end >= 0) {
                clearTimeout(timer);
                try {
                    resolve(JSON.parse(stdout.slice(at + READY.length, end)));
                } catch (e) {
                    reject(new Error(`unreadable ready line: ${e.message}`));
                }
                stdout = null;
            }
        });
        child.on('error', e => {
            clearTimeout(timer);
            reject(e);
        });
        exit.then(({code, signal}) => {
            clearTimeout(timer);
            reject(new Error(`lkk-server ended before it was ready (code ${code}, signal ${signal})`));
        });
    }).catch(e => {
        e.message += `\n--- lkk-server output ---\n${output}`;
        throw e;
    });

    return {
        url: ready.url,
        ca: ready.ca,
        mailDrop: ready.mailDrop,
        output: () => output,
        running: () => exited === null,
        // Ends the server and says how it ended.
        async stop() {
            if (exited === null) {
                child.kill('SIGTERM');
                const timer = setTimeout(() => child.kill('SIGKILL'), 15000);
                await exit;
                clearTimeout(timer);
            }
            cleanup();
            return exited;
        },
    };
}
