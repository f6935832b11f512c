// docs/openapi.yaml (OpenAPI 3.0) as something to check answers against: every operation with its
// method, full path and documented answers, each answer's body schema compiled by ajv.
//
// OpenAPI 3.0 schemas are not quite JSON Schema. Translated here: `nullable: true` widens `type`
// to [type, "null"] (3.0.3: it has no effect without `type`, and an `enum` must list null itself);
// `example` is dropped; `$ref`s into components/schemas point into one compiled copy of them.
import {readFileSync} from 'node:fs';
import {parse} from 'yaml';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'];
const ROOT_ID = 'openapi';
const OAS_ONLY = new Set(['example', 'xml', 'externalDocs', 'discriminator', 'nullable']);
const SCHEMA_MAPS = new Set(['properties']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const SCHEMA_ONE = new Set(['items', 'not', 'additionalProperties']);

export function toJsonSchema(schema, where) {
    if (typeof schema !== 'object' || schema === null)
        return schema; // `additionalProperties: false` and the like
    const out = {};
    for (const [key, value] of Object.entries(schema)) {
        if (OAS_ONLY.has(key))
            continue;
        if (key === '$ref') {
            if (!value.startsWith('#/components/schemas/'))
                throw new Error(`${where}: unsupported $ref ${value}`);
            out.$ref = `${ROOT_ID}#/definitions/${value.slice('#/components/schemas/'.length)}`;
        } else if (SCHEMA_MAPS.has(key)) {
            out[key] = Object.fromEntries(
                Object.entries(value).map(([name, s]) => [name, toJsonSchema(s, `${where}/${key}/${name}`)]));
        } else if (SCHEMA_LISTS.has(key)) {
            out[key] = value.map((s, i) => toJsonSchema(s, `${where}/${key}/${i}`));
        } else if (SCHEMA_ONE.has(key)) {
            out[key] = toJsonSchema(value, `${where}/${key}`);
        } else {
            out[key] = value; // type, format, enum, required, description, …: the same in both
        }
    }
    if (schema.nullable === true) {
        if (typeof schema.type !== 'string')
            throw new Error(`${where}: nullable without a type`);
        out.type = [schema.type, 'null'];
    }
    return out;
}

function resolve(document, node) {
    // Local refs to components other than schemas (responses, parameters, headers).
    while (node && node.$ref) {
        const parts = node.$ref.replace(/^#\//, '').split('/');
        node = parts.reduce((at, part) => at?.[part.replace(/~1/g, '/').replace(/~0/g, '~')], document);
        if (!node)
            throw new Error(`unresolved $ref`);
    }
    return node;
}

export class Contract {
    constructor(file) {
        this.document = parse(readFileSync(file, 'utf8'));
        this.ajv = new Ajv({allErrors: true, strict: true, strictTypes: false});
        addFormats(this.ajv);
        const definitions = {};
        for (const [name, schema] of Object.entries(this.document.components?.schemas ?? {}))
            definitions[name] = toJsonSchema(schema, `#/components/schemas/${name}`);
        this.ajv.addSchema({$id: ROOT_ID, definitions});
        this.operations = new Map();
        const apiBase = new URL(this.document.servers[0].url).pathname.replace(/\/$/, '');
        for (const [path, item] of Object.entries(this.document.paths)) {
            // A path's own servers (the browser pages) replace the API base.
            const base = item.servers ? new URL(item.servers[0].url).pathname.replace(/\/$/, '') : apiBase;
            for (const method of METHODS) {
                const op = item[method];
                if (!op)
                    continue;
                const where = `${method.toUpperCase()} ${path}`;
                if (!op.operationId)
                    throw new Error(`${where}: no operationId`);
                this.operations.set(op.operationId, {
                    id: op.operationId,
                    method: method.toUpperCase(),
                    path,
                    base,
                    secured: (op.security ?? this.document.security ?? []).length > 0,
                    roles: op['x-lkk-roles'] ?? null, // who may call it, when the document says
                    maxBodyBytes: op['x-lkk-max-body-bytes'] ?? null, // its own body limit, if any
                    requestBody: resolve(this.document, op.requestBody) ?? null, // as in the document
                    request: this.#request(op, where),
                    responses: this.#responses(op, where),
                });
            }
        }
    }

    // The validator of a JSON request body, when the operation takes one.
    #request(op, where) {
        const body = resolve(this.document, op.requestBody);
        const json = body?.content?.['application/json'];
        if (!json)
            return null;
        return this.ajv.compile(toJsonSchema(json.schema, `${where} request`));
    }

    #responses(op, where) {
        const out = new Map();
        for (const [status, raw] of Object.entries(op.responses)) {
            const response = resolve(this.document, raw);
            const content = new Map();
            for (const [mediaType, media] of Object.entries(response.content ?? {})) {
                content.set(mediaType, media.schema
                    ? this.ajv.compile(toJsonSchema(resolve(this.document, media.schema), `${where} ${status}`))
                    : null);
            }
            const headers = new Map();
            for (const [name, rawHeader] of Object.entries(response.headers ?? {})) {
                const header = resolve(this.document, rawHeader);
                headers.set(name.toLowerCase(), {
                    required: header.required === true,
                    schema: header.schema,
                    validate: this.ajv.compile(toJsonSchema(header.schema, `${where} ${status} ${name}`)),
                });
            }
            out.set(status, {content, headers});
        }
        return out;
    }

    operation(id) {
        const op = this.operations.get(id);
        if (!op)
            throw new Error(`no operation ${id} in the document`);
        return op;
    }

    // The documented answer for a status: exact, then a range ("4XX"), then default.
    static answerFor(op, status) {
        const s = String(status);
        return op.responses.get(s) ?? op.responses.get(`${s[0]}XX`) ?? op.responses.get('default') ?? null;
    }

    // The compiled validator of one of components/schemas.
    schemaValidator(name) {
        return this.ajv.getSchema(`${ROOT_ID}#/definitions/${name}`);
    }

    // What components/schemas holds at a path: schemaAt('Error', 'properties', 'error').
    schemaAt(...path) {
        return path.reduce((at, part) => at?.[part], this.document.components.schemas);
    }
}

export function formatErrors(errors) {
    return errors.map(e => `${e.instancePath || '(body)'} ${e.message}` +
        (e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : '')).join('; ');
}
