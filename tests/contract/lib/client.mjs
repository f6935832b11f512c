// An HTTPS client for the scenario that names operations by their operationId (so every request
// goes to a path the document has) and checks every answer against the document: the status is
// documented for the operation, the Content-Type is one of its media types (no body where none is
// documented), the body matches the schema, documented headers are there when required and match
// their schemas. Violations are collected; a status other than the step expects ends the run.
import https from 'node:https';
import {readFileSync} from 'node:fs';
import {Contract, formatErrors} from './openapi.mjs';

const REQUEST_TIMEOUT_MS = 30000;

// What the clients of one run found, together.
export class Findings {
    seen = new Map();  // operationId → Set of statuses answered
    violations = [];   // strings
    checked = 0;       // answers
}

export class ContractClient {
    constructor(contract, server, findings) {
        this.contract = contract;
        this.findings = findings;
        this.origin = new URL(server.url).origin;
        // Only the server's own development CA is trusted; certificate checks stay on.
        this.agent = new https.Agent({keepAlive: true, maxSockets: 4, ca: readFileSync(server.ca)});
    }

    close() {
        this.agent.destroy();
    }

    // options: params (path), query (object), token, json (a body to send as JSON), body +
    // contentType (a raw body), headers, expect (the status this step must get, or a list of
    // those it may get: a limit reached after an unknown number of attempts).
    async call(operationId, options) {
        const op = this.contract.operation(operationId);
        const {params = {}, query, token, json, headers = {}, expect} = options;
        const expected = [expect].flat();
        if (expected.length === 0 || !expected.every(s => typeof s === 'number'))
            throw new Error(`${operationId}: a step must say which status it expects`);
        let path = op.path.replace(/\{(\w+)\}/g, (_, name) => {
            if (!(name in params))
                throw new Error(`${operationId}: no value for path parameter ${name}`);
            return encodeURIComponent(String(params[name]));
        });
        if (query)
            path += '?' + new URLSearchParams(query).toString();
        const label = `${op.method} ${op.base}${path} (${operationId}) → ${expected.join('|')}`;

        const sent = {'Accept-Language': options.lang ?? 'ru', ...headers};
        if (token)
            sent.Authorization = `Bearer ${token}`;
        let body = options.body;
        if (json !== undefined) {
            body = JSON.stringify(json);
            sent['Content-Type'] = 'application/json; charset=utf-8';
            // A request the step means to be right must be right by the document too.
            if (expected.every(s => s < 300) && op.request && !op.request(json))
                this.findings.violations.push(`${label}: the request does not match the document's request schema: ` +
                    formatErrors(op.request.errors));
        } else if (options.contentType) {
            sent['Content-Type'] = options.contentType;
        }

        const reply = await this.#send(op.method, op.base + path, sent, body);
        if (!expected.includes(reply.status)) {
            throw new Error(`${label}: the server answered ${reply.status}` +
                ` ${reply.headers['content-type'] ?? ''}\n${reply.text.slice(0, 2000)}`);
        }
        this.#check(op, label, reply);
        const seen = this.findings.seen;
        if (!seen.has(operationId))
            seen.set(operationId, new Set());
        seen.get(operationId).add(String(reply.status));
        return reply;
    }

    // An answer to a raw request the server refused before any operation (refusals.mjs): checked
    // against the operation's documented answer when the request names one that documents the
    // status, else against the Error schema; with the expected error code (API answers) and
    // language (Content-Language, or a page's <html lang>), and Connection: close.
    checkRefusal(label, reply, {operationId, code, lang}) {
        const violations = this.findings.violations;
        if (reply.headers.connection !== 'close')
            violations.push(`${label}: the connection is not closed after a refusal`);
        if (code && reply.json?.error?.code !== code)
            violations.push(`${label}: error code ${reply.json?.error?.code}, not ${code}`);
        // A page says its language in <html lang>, an API answer in Content-Language.
        if ((reply.headers['content-type'] ?? '').startsWith('text/html')) {
            if (lang && !reply.text.includes(`<html lang="${lang}">`))
                violations.push(`${label}: the page is not in ${lang}`);
        } else if (lang && reply.headers['content-language'] !== lang) {
            violations.push(`${label}: Content-Language ${reply.headers['content-language']}, not ${lang}`);
        }
        if (operationId) {
            this.#check(this.contract.operation(operationId), label, reply);
            return;
        }
        this.#conventions(label, reply);
        if (!(reply.headers['content-type'] ?? '').startsWith('application/json'))
            violations.push(`${label}: Content-Type ${reply.headers['content-type']}, not application/json`);
        else if (!this.errorSchema(reply.json))
            violations.push(`${label}: the body does not match the Error schema: ` +
                `${formatErrors(this.errorSchema.errors)}\n    body: ${reply.text.slice(0, 600)}`);
    }

    get errorSchema() {
        return this.contract.schemaValidator('Error');
    }

    // The conventions of info.description, on every answer.
    #conventions(label, reply) {
        this.findings.checked++;
        if (!reply.headers['x-request-id'])
            this.findings.violations.push(`${label}: no X-Request-Id`);
        if (reply.headers['cache-control'] !== 'no-store')
            this.findings.violations.push(`${label}: Cache-Control is ${reply.headers['cache-control']}, not no-store`);
        if (reply.status >= 400 && reply.json?.error && !reply.headers['content-language'])
            this.findings.violations.push(`${label}: an error without Content-Language`);
    }

    #check(op, label, reply) {
        this.#conventions(label, reply);
        const answer = Contract.answerFor(op, reply.status);
        if (!answer) {
            this.findings.violations.push(`${label}: status ${reply.status} is not documented for ${op.id}`);
            return;
        }
        const contentType = reply.headers['content-type'];
        if (answer.content.size === 0) {
            if (reply.text.length > 0)
                this.findings.violations.push(`${label}: a body (${contentType}) where the document has none`);
        } else {
            const mediaType = (contentType ?? '').split(';')[0].trim().toLowerCase();
            if (!answer.content.has(mediaType)) {
                this.findings.violations.push(`${label}: Content-Type ${contentType} is not one of the documented ` +
                    [...answer.content.keys()].join(', '));
            } else {
                const validate = answer.content.get(mediaType);
                const value = mediaType === 'application/json' ? reply.json : reply.text;
                if (value === undefined)
                    this.findings.violations.push(`${label}: the body is not JSON`);
                else if (validate && !validate(value))
                    this.findings.violations.push(`${label}: the body does not match the schema: ${formatErrors(validate.errors)}` +
                        `\n    body: ${reply.text.slice(0, 600)}`);
            }
        }
        for (const [name, header] of answer.headers) {
            const raw = reply.headers[name];
            if (raw === undefined) {
                if (header.required)
                    this.findings.violations.push(`${label}: the documented header ${name} is missing`);
                continue;
            }
            const type = header.schema?.type;
            const value = type === 'integer' || type === 'number' ? Number(raw) : raw;
            if (!header.validate(value))
                this.findings.violations.push(`${label}: header ${name}: ${raw} ${formatErrors(header.validate.errors)}`);
        }
    }

    #send(method, path, headers, body) {
        return new Promise((resolve, reject) => {
            const request = https.request(this.origin + path, {method, headers, agent: this.agent}, response => {
                const chunks = [];
                response.on('data', chunk => chunks.push(chunk));
                response.on('end', () => {
                    const text = Buffer.concat(chunks).toString('utf8');
                    let json;
                    try {
                        json = text ? JSON.parse(text) : undefined;
                    } catch {
                        json = undefined;
                    }
                    resolve({status: response.statusCode, headers: response.headers, text, json});
                });
                response.on('error', reject);
            });
            request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error(`${method} ${path}: no answer`)));
            request.on('error', reject);
            request.end(body);
        });
    }
}
