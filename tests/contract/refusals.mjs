// The requests the server refuses before they reach an operation (docs/openapi.yaml, the
// conventions of info.description; docs/http-server.md, "Limits and refusals"): each is written
// as raw bytes over TLS, since an HTTP client library would not send most of them, and each
// answer is checked against the document like any other — the operation's own answer where the
// request names one that documents the status (413 of login), else the Error schema and the
// conventions every answer follows.
import tls from 'node:tls';
import {readFileSync} from 'node:fs';

const ANSWER_TIMEOUT_MS = 30000;

// One response off the front of `buffer`, or null while it is incomplete.
function parseResponse(buffer) {
    const end = buffer.indexOf('\r\n\r\n');
    if (end < 0)
        return null;
    const lines = buffer.subarray(0, end).toString('latin1').split('\r\n');
    const status = Number(lines[0].split(' ')[1]);
    const headers = {};
    for (const line of lines.slice(1)) {
        const colon = line.indexOf(':');
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    const length = Number(headers['content-length'] ?? 0);
    if (buffer.length < end + 4 + length)
        return null;
    const text = buffer.subarray(end + 4, end + 4 + length).toString('utf8');
    let json;
    try {
        json = text ? JSON.parse(text) : undefined;
    } catch {
        json = undefined;
    }
    return {status, headers, text, json};
}

// Writes `request` (a string or Buffer) and resolves with the first answer.
function exchange(server, request) {
    return new Promise((resolve, reject) => {
        const url = new URL(server.url);
        let buffer = Buffer.alloc(0);
        const socket = tls.connect({host: url.hostname, port: Number(url.port), ca: readFileSync(server.ca),
                                    servername: 'localhost'}, () => socket.write(request));
        const timer = setTimeout(() => {
            socket.destroy();
            reject(new Error('no answer'));
        }, ANSWER_TIMEOUT_MS);
        const done = () => {
            const reply = parseResponse(buffer);
            if (!reply)
                return false;
            clearTimeout(timer);
            socket.destroy();
            resolve(reply);
            return true;
        };
        socket.on('data', chunk => {
            buffer = Buffer.concat([buffer, chunk]);
            done();
        });
        // The server closes after a refusal; a reset may end the stream once the answer is in.
        socket.on('error', e => done() || (clearTimeout(timer), reject(e)));
        socket.on('end', () => done() || (clearTimeout(timer), reject(new Error('closed without an answer'))));
    });
}

const HOST = 'Host: 127.0.0.1\r\n';
const LOGIN = 'POST /api/v1/auth/login HTTP/1.1\r\n' + HOST + 'Content-Type: application/json\r\n';

// what: the probe; request: the raw bytes (Accept-Language goes after the request line); code: the
// error code of an API answer; operationId: the operation whose documented answer applies;
// fields: whether the server had read Accept-Language (the first field) when it refused.
const PROBES = [
    {what: 'a body announced over the limit', request: LOGIN + 'Content-Length: 4000000000\r\n\r\n', status: 413,
     code: 'body_too_large', operationId: 'login', fields: true},
    {what: 'a chunked body over the limit', request: LOGIN + 'Transfer-Encoding: chunked\r\n\r\n20000\r\n',
     status: 413, code: 'body_too_large', operationId: 'login', fields: true},
    {what: 'a form over the page limit', request: 'POST /recover HTTP/1.1\r\n' + HOST +
        'Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 9000\r\n\r\n', status: 413,
     operationId: 'submitRecoverPage', fields: true},
    {what: 'no Host', request: 'GET /api/v1/health HTTP/1.1\r\n\r\n', status: 400, code: 'bad_request',
     fields: true},
    {what: 'a request target over 8 KiB', request: `GET /api/v1/${'x'.repeat(9000)} HTTP/1.1\r\n${HOST}\r\n`,
     status: 414, code: 'uri_too_long'},
    {what: 'header fields over 16 KiB', status: 431, code: 'headers_too_large', fields: true,
     request: `GET /api/v1/health HTTP/1.1\r\n${HOST}X-Big: ${'x'.repeat(17000)}\r\n\r\n`},
    {what: 'an unknown method', request: 'BREW /api/v1/health HTTP/1.1\r\n' + HOST + '\r\n', status: 501,
     code: 'not_implemented'},
    {what: 'an unknown transfer coding', request: LOGIN + 'Transfer-Encoding: gzip, chunked\r\n\r\n', status: 501,
     code: 'not_implemented', fields: true},
    {what: 'HTTP/1.2', request: 'GET /api/v1/health HTTP/1.2\r\n' + HOST + '\r\n', status: 505,
     code: 'http_version_not_supported'},
    {what: 'an unknown expectation', request: LOGIN + 'Expect: tea\r\nContent-Length: 2\r\n\r\n{}', status: 417,
     code: 'expectation_failed', fields: true},
];

export async function checkRefusals(client, server) {
    for (const {what, request, status, code, operationId, fields} of PROBES) {
        for (const lang of ['ru', 'en']) {
            const raw = request.replace('\r\n', `\r\nAccept-Language: ${lang}\r\n`);
            const label = `refusal: ${what} (${lang})`;
            const reply = await exchange(server, raw);
            if (reply.status !== status)
                throw new Error(`${label}: the server answered ${reply.status}\n${reply.text.slice(0, 500)}`);
            // Refused on the request line: the header fields, Accept-Language among them, were never read.
            client.checkRefusal(label, reply, {operationId, code, lang: fields ? lang : 'ru'});
        }
    }
}
