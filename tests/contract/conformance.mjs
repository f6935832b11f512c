// Response conformance of the real lkk-server to docs/openapi.yaml (ctest contract_conformance).
// usage: node conformance.mjs <repository root> <lkk-server binary>
// Fails when an answer does not match the document, when an operation of the document has no
// step (or a documented 2xx/4xx status was never answered), when the document's error codes
// and shared/ErrorCodes.h differ, or when an operation's x-lkk-roles are not the roles the
// server's route table serves (`lkk-server --print-routes`).
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {Contract} from './lib/openapi.mjs';
import {ContractClient, Findings} from './lib/client.mjs';
import {startServer} from './lib/server.mjs';
import {CLOCK_START, runScenario} from './scenario.mjs';
import {checkRefusals} from './refusals.mjs';

const [root, binary] = process.argv.slice(2);
if (!root || !binary) {
    console.error('usage: node conformance.mjs <repository root> <lkk-server binary>');
    process.exit(2);
}
const started = Date.now();
const contract = new Contract(join(root, 'docs/openapi.yaml'));
const problems = [];

// The Error schema's codes are exactly the server's (shared/ErrorCodes.h).
const header = readFileSync(join(root, 'shared/ErrorCodes.h'), 'utf8');
const serverCodes = new Set([...header.matchAll(/constexpr char \w+\[\] =\s*"(\w+)"/g)].map(m => m[1]));
const documentedCodes = new Set(contract.schemaAt('Error', 'properties', 'error', 'properties', 'code', 'enum'));
for (const code of serverCodes) {
    if (!documentedCodes.has(code))
        problems.push(`error code ${code} (shared/ErrorCodes.h) is missing from the Error schema's enum`);
}
for (const code of documentedCodes) {
    if (!serverCodes.has(code))
        problems.push(`error code ${code} of the Error schema is not in shared/ErrorCodes.h`);
}

// The roles the document names are the ones the server serves.
const printed = spawnSync(binary, ['--print-routes'], {encoding: 'utf8'});
if (printed.status !== 0)
    problems.push(`lkk-server --print-routes failed: ${printed.stderr}`);
for (const line of (printed.stdout ?? '').trim().split('\n')) {
    const [method, path, roles] = line.split(' ');
    const op = [...contract.operations.values()].find(o => o.method === method && o.base + o.path === path);
    if (!op?.roles)
        continue;
    const documented = [...op.roles].sort().join(',');
    const served = roles.split(',').sort().join(',');
    if (documented !== served)
        problems.push(`${method} ${path} (${op.id}): x-lkk-roles is ${documented}, the server serves ${served}`);
}

// The scenario's server, and one without the test options for what only such a server answers;
// they start side by side.
const [server, plain] = await Promise.all([
    startServer(binary, ['--environment', 'test', '--test-expose-captcha', '--test-clock', CLOCK_START,
                         '--test-fast-password-hashing', '--access-token-ttl', '86400',
                         '--sandbox-slow-seconds', '5', '--payment-credit-delay', '60',
                         '--operator-cabinets-per-hour', '1']),
    startServer(binary, ['--environment', 'test']),
]);
const findings = new Findings();
const client = new ContractClient(contract, server, findings);
const plainClient = new ContractClient(contract, plain, findings);
let scenarioError = null;
try {
    await runScenario(client, server);
    await checkRefusals(client, server);
    await plainClient.call('setTestClock', {json: {now: CLOCK_START}, expect: 404});
} catch (e) {
    scenarioError = e;
} finally {
    client.close();
    plainClient.close();
}
for (const s of [server, plain]) {
    const running = s.running();
    const ended = await s.stop();
    if (scenarioError && !running)
        problems.push(`an lkk-server had ended (code ${ended.code}, signal ${ended.signal}); its output:\n` +
            s.output());
}
if (scenarioError)
    problems.push(`the scenario stopped: ${scenarioError.stack ?? scenarioError}`);
problems.push(...findings.violations);

// Every operation, and every 2xx and 4xx it documents, was answered (after a whole run only).
for (const op of scenarioError ? [] : contract.operations.values()) {
    const seen = findings.seen.get(op.id) ?? new Set();
    if (seen.size === 0) {
        problems.push(`${op.method} ${op.base}${op.path} (${op.id}): no scenario step`);
        continue;
    }
    for (const status of op.responses.keys()) {
        if (/^[24]/.test(status) && !seen.has(status))
            problems.push(`${op.method} ${op.base}${op.path} (${op.id}): documented ${status} never answered`);
    }
}

const seconds = ((Date.now() - started) / 1000).toFixed(1);
console.log(`contract: ${contract.operations.size} operations, ${findings.checked} answers checked ` +
    `against docs/openapi.yaml in ${seconds} s`);
if (problems.length) {
    console.log(`\n${problems.length} problem(s):`);
    for (const p of problems)
        console.log(`- ${p}`);
    process.exit(1);
}
console.log('contract: every answer matches the document');
