// The conformance scenario: every operation of docs/openapi.yaml against the real lkk-server
// (demo data, test environment), with its success answers and its client errors. The client
// checks each answer against the document; this file only drives the server into each state.
//
// Part 1 sweeps the document itself, so a new operation is covered without a new step: 401
// without a token (secured operations), 403 for a customer where `x-lkk-roles` has no customer,
// 400 for an unknown field (JSON bodies), 413 (over the operation's `x-lkk-max-body-bytes` or
// the server's 64 KiB) and 415 (where documented), 404 for another customer's account (paths
// under /accounts/{id}). Each sweep calls as a role the operation serves.
// Part 2 walks through the cabinet the way a customer (and an operator) does, for the rest.
import {createHmac, randomUUID} from 'node:crypto';
import {MailDrop} from './lib/mail.mjs';

export const CLOCK_START = '2026-11-24T05:00:00Z'; // noon in Tomsk, after the demo bills were issued
const DEMO = {email: 'demo@lkk.example', password: 'Demo1234'};
const SECOND = {email: 'second@lkk.example', password: 'Second1234'};
const OPERATOR = {email: 'operator@lkk.example', password: 'Operator1234'};
const OPERATOR_TOTP = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'; // the demo operator's published secret (base32)
const SUPERVISOR = {email: 'supervisor@lkk.example', password: 'Supervisor1234'};
const SUPERVISOR_TOTP = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ'; // the demo supervisor's, published too
// Demo billing accounts nobody has linked yet (README: the demo's link codes).
const LINKABLE = {number: '100207815', linkCode: '221972'};
const LOCKABLE = {number: '7012099921'};
const PASSWORD = 'Secret123';

// The code of an authenticator app (RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits).
function totp(base32, step) {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    let bits = '';
    for (const c of base32)
        bits += alphabet.indexOf(c).toString(2).padStart(5, '0');
    const secret = Buffer.from(bits.match(/.{8}/g).map(b => parseInt(b, 2)));
    const counter = Buffer.alloc(8);
    counter.writeBigUInt64BE(BigInt(step));
    const mac = createHmac('sha1', secret).update(counter).digest();
    const offset = mac[mac.length - 1] & 0x0f;
    return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1000000).padStart(6, '0');
}

// A body that passes the document's request schema by shape: each required field with a value of
// its type. Enough to get past body parsing to what a sweep is after.
function minimalBody(contract, schema) {
    const s = schema?.$ref ? contract.schemaAt(schema.$ref.split('/').pop()) : schema;
    if (!s || s.type !== 'object')
        return {};
    const body = {};
    for (const name of s.required ?? []) {
        const p = s.properties[name];
        const type = p.$ref ? contract.schemaAt(p.$ref.split('/').pop()).type : p.type;
        body[name] = p.enum ? p.enum[0] : {string: 'x', boolean: true, integer: 1, object: {}, array: []}[type];
    }
    return body;
}

export async function runScenario(client, server) {
    const c = (id, options) => client.call(id, options);
    const contract = client.contract;
    const mail = new MailDrop(server.mailDrop);

    // The server's test clock runs on from where it was set; moving it keeps that.
    let clockSetAt = Date.now();
    let clock = Date.parse(CLOCK_START);
    const advanceClock = async seconds => {
        clock += Date.now() - clockSetAt + seconds * 1000;
        clockSetAt = Date.now();
        await c('setTestClock', {json: {now: new Date(clock).toISOString()}, expect: 204});
    };
    await advanceClock(0);

    const login = async (user, expect = 200, extra = {}) =>
        c('login', {json: {email: user.email, password: user.password, ...extra}, expect});
    const demo = (await login(DEMO)).json.accessToken;
    const second = (await login(SECOND)).json.accessToken;
    // Operators sign in in two steps; the code is the one of the server's time step.
    const serverStep = () => Math.floor((clock + Date.now() - clockSetAt) / 30000);
    let operatorStep = serverStep();
    const operatorChallenge = async () => (await login(OPERATOR, 202)).json.challenge;
    const operator = (await c('completeSignIn', {json: {challenge: await operatorChallenge(),
                                                        code: totp(OPERATOR_TOTP, operatorStep)},
                                                 expect: 200})).json.accessToken;
    const captcha = async () => {
        const r = await c('createCaptcha', {expect: 200});
        return {captchaId: r.json.id, captchaAnswer: r.json.answer};
    };

    const listed = await c('listAccounts', {token: demo, expect: 200});
    const accounts = listed.json.accounts;
    await c('listAccounts', {token: demo, headers: {'If-None-Match': listed.headers.etag}, expect: 304});
    await c('listAccounts', {token: second, headers: {'If-None-Match': listed.headers.etag}, expect: 200});
    const account = number => accounts.find(a => a.number === number).id;
    const epd = account('100103492');
    const requisites = (await c('getRequisites', {token: demo, params: {id: epd}, expect: 200})).json;
    const contractId = requisites.contracts[0].id;
    const form = (await c('getPaymentForm', {token: demo, params: {id: epd}, expect: 200})).json;
    const orderBody = amount => ({items: [{subAccount: form.items[0].subAccount, amount}],
                                  receiptEmail: DEMO.email, consent: true});
    const createOrder = async (body, expect = 201, key = randomUUID()) =>
        c('createPaymentOrder', {token: demo, params: {id: epd}, headers: {'Idempotency-Key': key}, json: body,
                                 expect});

    // An open demo appeal of the ЕПД account: the sweeps' {id} under /appeals and /operator/appeals.
    const demoAppeals = (await c('listAppeals', {token: demo, params: {id: epd}, expect: 200})).json.appeals;
    const openAppeal = demoAppeals.find(a => a.status === 'new').id;

    // ---- Part 1: sweeps over the document ---------------------------------------------------
    const idempotency = {'Idempotency-Key': randomUUID()}; // ignored where not asked for
    const paramsFor = op => ({id: op.path.startsWith('/accounts/') ? epd
                                  : /appeals\/\{id\}/.test(op.path) ? openAppeal : 'no-such-id',
                              contractId, attachmentId: 1, linkId: 0, accountId: epd, appealId: openAppeal});
    // A caller the operation serves: the demo customer, or the demo operator where customers may not.
    const tokenFor = op => (op.roles && !op.roles.includes('customer') ? operator : demo);
    for (const op of contract.operations.values()) {
        const schema = op.requestBody?.content?.['application/json']?.schema;
        const isForm = Boolean(op.requestBody?.content?.['application/x-www-form-urlencoded']);
        const documented = status => op.responses.has(status);
        if (op.secured && documented('401')) {
            await c(op.id, {params: paramsFor(op), headers: idempotency, expect: 401,
                            json: schema ? minimalBody(contract, schema) : undefined});
        }
        if (op.roles && !op.roles.includes('customer') && documented('403')) {
            await c(op.id, {token: demo, params: paramsFor(op), headers: idempotency, expect: 403,
                            json: schema ? minimalBody(contract, schema) : undefined});
        }
        if (schema && documented('400')) {
            await c(op.id, {token: tokenFor(op), params: paramsFor(op), headers: idempotency, expect: 400,
                            json: {...minimalBody(contract, schema), 'no-such-field': 1}});
        }
        if (documented('413') && (schema || isForm)) {
            // the pages' form limit; the operation's own limit; max-body-bytes
            const limit = isForm ? 8 * 1024 : op.maxBodyBytes ?? 64 * 1024;
            await c(op.id, {token: tokenFor(op), params: paramsFor(op), headers: idempotency, expect: 413,
                            body: `{"x":"${'x'.repeat(limit)}"}`,
                            contentType: isForm ? 'application/x-www-form-urlencoded' : 'application/json'});
        }
        if (documented('415') && (schema || isForm)) {
            await c(op.id, {token: tokenFor(op), params: paramsFor(op), headers: idempotency, expect: 415,
                            body: isForm ? '{}' : 'x=1', contentType: isForm ? 'application/json' : 'text/plain'});
        }
        if (op.path.startsWith('/accounts/{id}') && documented('404')) {
            await c(op.id, {token: second, params: paramsFor(op), headers: idempotency, expect: 404,
                            json: schema ? minimalBody(contract, schema) : undefined});
        }
    }

    // ---- Part 2: the cabinet, step by step -------------------------------------------------
    await c('health', {expect: 200});
    await c('getPaymentRules', {expect: 200});

    // Sign-in, tokens, sign-out.
    await c('login', {json: {email: 'not an e-mail', password: 'x'}, expect: 400});
    await login({email: DEMO.email, password: 'Wrong1234'}, 401);
    const remembered = (await login(DEMO, 200, {remember: true})).json;
    const rotated = (await c('refresh', {json: {refreshToken: remembered.refreshToken}, expect: 200})).json;
    await c('refresh', {json: {}, expect: 400});
    await c('logout', {token: rotated.accessToken, expect: 204});
    await c('getProfile', {token: rotated.accessToken, expect: 401});
    // A rotated refresh token presented again ends its whole session.
    const reused = (await login(DEMO, 200, {remember: true})).json;
    const renewed = (await c('refresh', {json: {refreshToken: reused.refreshToken}, expect: 200})).json;
    await c('refresh', {json: {refreshToken: reused.refreshToken}, expect: 401}); // rotated away
    await c('getProfile', {token: renewed.accessToken, expect: 401});
    await c('getProfile', {token: demo, expect: 200});
    // Failed sign-ins for one address: a captcha after 5, then the rate limit.
    const guarded = {email: 'guarded@lkk.example', password: 'Wrong1234'};
    for (let i = 0; i < 5; i++)
        await login(guarded, 401);
    await login(guarded, 403); // captcha_required
    let limited = null;
    for (let i = 0; i < 12 && limited?.status !== 429; i++)
        limited = await login(guarded, [401, 429], await captcha());
    if (limited.status !== 429)
        throw new Error('login: no 429 after 12 failed sign-ins for one address');

    // Registration: a customer of our own for the profile steps.
    const reg = {email: `reg-${randomUUID().slice(0, 8)}@example.org`, password: PASSWORD};
    const registration = async (email, extra = {}, expect = 202) =>
        c('registerUser', {json: {email, password: PASSWORD, surname: 'Петров', firstName: 'Пётр',
                                  agreement: true, ...(await captcha()), ...extra}, expect});
    await registration(reg.email, {agreement: false}, 400);
    await registration(reg.email, {captchaAnswer: 'wrong'}, 403);
    await registration(reg.email, {phone: '+7 913 123-45-67', birthDate: '1990-05-01', sex: 'male'});
    await login(reg, 403); // email_not_confirmed
    await c('resendConfirmation', {json: {email: 'bad'}, expect: 400});
    await c('resendConfirmation', {json: {email: reg.email}, expect: 429}); // the registration's mail was just sent
    const firstCode = MailDrop.code(await mail.next(reg.email));
    await advanceClock(61);
    await c('resendConfirmation', {json: {email: reg.email}, expect: 202});
    const code = MailDrop.code(await mail.next(reg.email)); // a new code for the same registration
    await c('confirmRegistration', {json: {email: reg.email, code: ''}, expect: 400});
    await c('confirmRegistration', {json: {email: reg.email, code: code === '000000' ? '111111' : '000000'},
                                    expect: 422});
    await c('confirmRegistration', {json: {email: `unknown-${reg.email}`, code: firstCode}, expect: 410});
    await c('confirmRegistration', {json: {email: reg.email, code}, expect: 204});
    let regToken = (await login(reg)).json.accessToken;

    // The link in a registration mail confirms too (another new customer).
    const linked = `link-${randomUUID().slice(0, 8)}@example.org`;
    await registration(linked);
    const confirmToken = MailDrop.token(await mail.next(linked), 'confirm');
    // Opening the link only shows the button (mail scanners follow links); its POST confirms.
    await c('confirmLinkPage', {query: {token: confirmToken}, expect: 200});
    await c('confirmLinkPage', {query: {token: confirmToken}, expect: 200});
    const confirmForm = fields => ({body: new URLSearchParams(fields).toString(),
                                    contentType: 'application/x-www-form-urlencoded'});
    await c('submitConfirmPage', {...confirmForm({token: confirmToken}), expect: 200});
    await c('submitConfirmPage', {...confirmForm({token: confirmToken}), expect: 410}); // used
    await c('confirmLinkPage', {query: {token: confirmToken}, expect: 410});
    // The same answer for an address that already has an account; then the per-IP limit.
    await registration(linked);
    let registered = null;
    for (let i = 0; i < 12 && registered?.status !== 429; i++)
        registered = await registration(`many-${i}-${linked}`, {}, [202, 429]);
    if (registered.status !== 429)
        throw new Error('registerUser: no 429 after 12 registrations from one address');

    // Profile.
    await c('updateProfile', {token: regToken, json: {phone: '12'}, expect: 400});
    await c('updateProfile', {token: regToken, expect: 200,
                              json: {patronymic: 'Иванович', marketing: {tomskRts: {enabled: true, email: ''}}}});
    await c('changePassword', {token: regToken, json: {currentPassword: PASSWORD, newPassword: 'short'}, expect: 400});
    await c('changePassword', {token: regToken, json: {currentPassword: 'Wrong1234', newPassword: 'Better123'},
                               expect: 403});
    await c('changePassword', {token: regToken, json: {currentPassword: PASSWORD, newPassword: 'Better123'},
                               expect: 204});
    reg.password = 'Better123';
    // A new e-mail address: the code goes to it.
    const newEmail = `new-${reg.email}`;
    await c('requestEmailChange', {token: regToken, json: {newEmail: 'bad', currentPassword: reg.password},
                                   expect: 400});
    await c('requestEmailChange', {token: regToken, json: {newEmail, currentPassword: 'Wrong1234'}, expect: 403});
    await c('requestEmailChange', {token: regToken, json: {newEmail, currentPassword: reg.password}, expect: 202});
    await c('getProfile', {token: regToken, expect: 200}); // with pendingEmail
    const emailCode = MailDrop.code(await mail.next(newEmail));
    await c('confirmEmailChange', {token: regToken, json: {code: ''}, expect: 400});
    await c('confirmEmailChange', {token: regToken, json: {code: emailCode === '000000' ? '111111' : '000000'},
                                   expect: 422});
    await c('confirmEmailChange', {token: regToken, json: {code: emailCode}, expect: 200});
    await c('confirmEmailChange', {token: regToken, json: {code: emailCode}, expect: 410}); // used
    reg.email = newEmail;

    // Password recovery: by code, then by the link's page.
    const recover = async (email, expect = 202, extra = {}) =>
        c('recoverPassword', {json: {email, ...(await captcha()), ...extra}, expect});
    await recover('bad', 400);
    await recover(reg.email, 403, {captchaAnswer: 'wrong'});
    await recover(reg.email);
    const recovery = MailDrop.code(await mail.next(reg.email));
    await c('confirmRecovery', {json: {email: reg.email, code: recovery, newPassword: 'weak'}, expect: 400});
    await c('confirmRecovery', {json: {email: reg.email, code: recovery === '000000' ? '111111' : '000000',
                                       newPassword: 'Again1234'}, expect: 422});
    await c('confirmRecovery', {json: {email: `unknown-${reg.email}`, code: recovery, newPassword: 'Again1234'},
                                expect: 410});
    await c('confirmRecovery', {json: {email: reg.email, code: recovery, newPassword: 'Again1234'}, expect: 204});
    await c('getProfile', {token: regToken, expect: 401}); // every session was revoked
    await recover(reg.email);
    const pageToken = MailDrop.token(await mail.next(reg.email), 'recover');
    await c('recoverPage', {query: {token: pageToken}, expect: 200});
    await c('recoverPage', {query: {token: 'no-such-token'}, expect: 410});
    const recoverForm = fields => ({body: new URLSearchParams(fields).toString(),
                                    contentType: 'application/x-www-form-urlencoded'});
    await c('submitRecoverPage', {...recoverForm({token: pageToken, password: 'Fourth123', repeat: 'Other1234'}),
                                  expect: 400});
    await c('submitRecoverPage', {...recoverForm({token: pageToken, password: 'Fourth123', repeat: 'Fourth123'}),
                                  expect: 200});
    await c('submitRecoverPage', {...recoverForm({token: pageToken, password: 'Fifth1234', repeat: 'Fifth1234'}),
                                  expect: 410});
    regToken = (await login({email: reg.email, password: 'Fourth123'})).json.accessToken;
    await c('getProfile', {token: regToken, expect: 200});
    // Three recoveries an hour per address, then 429 (this address has had two).
    await recover(reg.email);
    await recover(reg.email, 429);

    // Accounts: linking (as the second customer, who has none).
    const startLink = (number, expect) =>
        c('startLink', {token: second, json: {number, relation: 'owner'}, expect});
    await startLink('12ab', 400);
    await startLink('999999999', 404);
    await c('startLink', {token: demo, json: {number: '100103492', relation: 'owner'}, expect: 409});
    const challengeA = (await startLink(LINKABLE.number, 200)).json.challengeId;
    const challengeB = (await startLink(LINKABLE.number, 200)).json.challengeId;
    const answer = (challengeId, text, expect) =>
        c('confirmLink', {token: second, json: {challengeId, question: 'link_code', answer: text}, expect});
    await answer(challengeA, 'not digits', 400);
    await answer('no-such-challenge', LINKABLE.linkCode, 404);
    await answer(challengeA, '000000', 422);
    const newAccount = (await answer(challengeA, LINKABLE.linkCode, 201)).json.id;
    await answer(challengeB, LINKABLE.linkCode, 409); // linked meanwhile, in "another window"
    await c('getAccount', {token: second, params: {id: newAccount}, expect: 200});
    // The demo customer links it too: the second customer, its holder, sees and removes them.
    const demoChallenge = (await c('startLink', {token: demo, json: {number: LINKABLE.number, relation: 'tenant'},
                                                 expect: 200})).json.challengeId;
    await c('confirmLink', {token: demo, json: {challengeId: demoChallenge, question: 'link_code',
                                                answer: LINKABLE.linkCode}, expect: 201});
    const coHolders = (await c('listCoHolders', {token: second, params: {id: newAccount}, expect: 200})).json.coHolders;
    if (coHolders.length !== 1 || coHolders[0].relation !== 'tenant')
        throw new Error(`listCoHolders: expected the demo customer, got ${JSON.stringify(coHolders)}`);
    const coHolder = {id: newAccount, linkId: coHolders[0].linkId};
    await c('listCoHolders', {token: demo, params: {id: newAccount}, expect: 403});
    await c('removeCoHolder', {token: demo, params: coHolder, expect: 403});
    await c('removeCoHolder', {token: second, params: coHolder, expect: 204});
    await c('removeCoHolder', {token: second, params: coHolder, expect: 404});
    await c('getAccount', {token: demo, params: {id: newAccount}, expect: 404});
    await c('unlinkAccount', {token: second, params: {id: newAccount}, expect: 204});
    await c('getAccount', {token: second, params: {id: newAccount}, expect: 404});
    // Five wrong answers lock the account for this customer.
    const lockChallenge = (await startLink(LOCKABLE.number, 200)).json.challengeId;
    for (let i = 0; i < 4; i++)
        await answer(lockChallenge, '000000', 422);
    await answer(lockChallenge, '000000', 429);
    await startLink(LOCKABLE.number, 429);

    // Account data.
    await c('getAccount', {token: demo, params: {id: epd}, expect: 200});
    await c('getTariffHistory', {token: demo, params: {id: epd, contractId}, expect: 200});
    const otherContract = (await c('getRequisites', {token: demo, params: {id: account('7012045318')}, expect: 200}))
        .json.contracts[0].id;
    await c('getTariffHistory', {token: demo, params: {id: epd, contractId: otherContract}, expect: 404});
    for (const id of ['listMeters', 'getReadingsHistory', 'listPayments']) {
        await c(id, {token: demo, params: {id: epd}, expect: 200});
        await c(id, {token: demo, params: {id: epd}, query: {from: '2026-11-01', to: '2026-12-31'}, expect: 200});
        await c(id, {token: demo, params: {id: epd}, query: {from: '2026-13-01'}, expect: 400});
        await c(id, {token: demo, params: {id: epd}, query: {from: '2026-11-02', to: '2026-11-01'}, expect: 400});
    }
    const bills = await c('listBills', {token: demo, params: {id: epd}, expect: 200});
    await c('listBills', {token: demo, params: {id: epd}, query: {from: '2026-01', to: '2026-11'}, expect: 200});
    // A refresh that finds nothing new: 304 for the ETag of the answer kept.
    await c('listBills', {token: demo, params: {id: epd}, headers: {'If-None-Match': bills.headers.etag}, expect: 304});
    await c('listBills', {token: demo, params: {id: epd}, query: {from: '2026-01', to: '2026-11'},
                          headers: {'If-None-Match': bills.headers.etag}, expect: 200});
    await c('listBills', {token: demo, params: {id: epd}, query: {from: '2026-11', to: '2026-01'}, expect: 400});
    for (const {id} of accounts) {
        await c('getRequisites', {token: demo, params: {id}, expect: 200});
        await c('listMeters', {token: demo, params: {id}, expect: 200});
        await c('getReadingsHistory', {token: demo, params: {id}, expect: 200});
        await c('listBills', {token: demo, params: {id}, expect: 200});
        await c('listPayments', {token: demo, params: {id}, expect: 200});
        await c('getPaymentForm', {token: demo, params: {id}, expect: 200});
    }

    // Readings: one meter's values as they were (no consumption, nothing to confirm).
    let refused = null;
    for (const {id} of accounts) {
        const meters = (await c('getReadingsForm', {token: demo, params: {id}, expect: 200})).json.meters;
        refused ??= meters.filter(m => m.refusal).map(m => ({account: id, meter: m}))[0];
    }
    const readingsForm = (await c('getReadingsForm', {token: demo, params: {id: epd}, expect: 200})).json;
    const meter = readingsForm.meters.find(m => m.accepts && m.lastReading);
    const submission = {submissionId: randomUUID(), meterId: meter.id, values: meter.lastReading.values};
    const submit = (body, expect, id = epd) => c('submitReadings', {token: demo, params: {id}, json: body, expect});
    await submit(submission, 201);
    await submit(submission, 200); // the same submission again: the first answer
    await submit({...submission, confirmRollover: true}, 409);
    await submit({...submission, submissionId: randomUUID(), values: {T9: '1'}}, 400);
    await submit({...submission, submissionId: randomUUID(), meterId: 999999999}, 404);
    await submit({submissionId: randomUUID(), meterId: refused.meter.id,
                  values: Object.fromEntries(refused.meter.zones.map(z => [z, '1']))}, 422, refused.account);
    await c('getReadingsForm', {token: demo, params: {id: epd}, expect: 200}); // with currentSubmission

    // Payments: orders, the sandbox bank, cancelling.
    const key = randomUUID();
    const order = (await createOrder(orderBody(100), 201, key)).json;
    await createOrder(orderBody(100), 200, key); // the same key and body: the same order
    await createOrder(orderBody(200), 409, key);
    await createOrder({...orderBody(100), consent: false}, 400);
    await c('getPaymentOrder', {token: demo, params: {id: order.id}, expect: 200});
    await c('getPaymentOrder', {token: second, params: {id: order.id}, expect: 404});
    await c('cancelPaymentOrder', {token: second, params: {id: order.id}, expect: 404});
    await c('getSandboxPayPage', {params: {id: order.id}, expect: 200});
    await c('getSandboxPayPage', {params: {id: 'no-such-order'}, expect: 404});
    const card = (number, extra = {}) => ({body: new URLSearchParams(
        {card: number, expiry: '12/28', cvc: '123', action: 'pay', ...extra}).toString(),
                                            contentType: 'application/x-www-form-urlencoded'});
    await c('submitSandboxPay', {params: {id: order.id}, ...card('4111 1111 1111 1112'), expect: 400}); // Luhn
    await c('submitSandboxPay', {params: {id: 'no-such-order'}, ...card('4111 1111 1111 1111'), expect: 404});
    await c('submitSandboxPay', {params: {id: order.id}, ...card('4111 1111 1111 1111'), expect: 200});
    await c('submitSandboxPay', {params: {id: order.id}, ...card('4111 1111 1111 1111'), expect: 409});
    await c('getSandboxPayPage', {params: {id: order.id}, expect: 409});
    await c('getPaymentOrder', {token: demo, params: {id: order.id}, expect: 200}); // paid
    await c('cancelPaymentOrder', {token: demo, params: {id: order.id}, expect: 409});
    const slow = (await createOrder(orderBody(150))).json;
    await c('submitSandboxPay', {params: {id: slow.id}, ...card('4000 0000 0000 3220'), expect: 202});
    await c('getPaymentOrder', {token: demo, params: {id: slow.id}, expect: 200}); // processing
    const declined = (await createOrder(orderBody(120))).json;
    await c('submitSandboxPay', {params: {id: declined.id}, ...card('4000 0000 0000 0002'), expect: 200});
    await c('getPaymentOrder', {token: demo, params: {id: declined.id}, expect: 200}); // declined, with a reason
    const cancelled = (await createOrder(orderBody(110))).json;
    await c('cancelPaymentOrder', {token: demo, params: {id: cancelled.id}, expect: 200});
    await advanceClock(120); // past payment-credit-delay: the paid order's payment is credited
    await c('listPayments', {token: demo, params: {id: epd}, query: {from: '2026-11-01', to: '2026-12-31'},
                             expect: 200});
    await c('getAccount', {token: demo, params: {id: epd}, expect: 200});

    await appealSteps(c, {demo, second, operator, epd, openAppeal});
    // The supervisor signs in in two steps as well (its first sign-in: any current step will do).
    const supervisorChallenge = (await login(SUPERVISOR, 202)).json.challenge;
    const supervisor = (await c('completeSignIn', {json: {challenge: supervisorChallenge,
                                                          code: totp(SUPERVISOR_TOTP, serverStep())},
                                                   expect: 200})).json.accessToken;
    await operatorSteps(c, {demo, second, operator, supervisor, epd, contractId, openAppeal, advanceClock,
                            unconfirmed: `many-0-${linked}`});

    await c('getFaq', {expect: 200});
    await c('getFaq', {query: {lang: 'en'}, expect: 200});
    await c('getFaq', {query: {lang: 'de'}, expect: 400});

    await c('setTestClock', {json: {now: '2026-11-24 12:00'}, expect: 400});
    await c('logout', {token: demo, expect: 204});

    // The operator's second factor refused: an unknown challenge, wrong codes, then too many of
    // them (last: it locks the demo operator's second factor for 15 minutes).
    await c('completeSignIn', {json: {challenge: 'no-such-challenge', code: '123456'}, expect: 401});
    const wrong = totp(OPERATOR_TOTP, serverStep() + 5);
    for (let i = 0; i < 2; ++i) {
        const challenge = await operatorChallenge();
        for (let attempt = 0; attempt < 5; ++attempt)
            await c('completeSignIn', {json: {challenge, code: wrong}, expect: 422});
    }
    operatorStep = Math.max(serverStep(), operatorStep + 1);
    await c('completeSignIn', {json: {challenge: await operatorChallenge(), code: totp(OPERATOR_TOTP, operatorStep)},
                               expect: 429});
}

// The operators' workspace: search, a cabinet (the server runs with operator-cabinets-per-hour 1,
// so a second customer's is refused), a reading on the caller's behalf, the supervisors' log and
// the customer's access journal; then the search limit.
async function operatorSteps(c, {demo, second, operator, supervisor, epd, contractId, openAppeal, advanceClock,
                                 unconfirmed}) {
    const op = (id, options) => c(id, {token: operator, ...options});
    const found = (await op('searchCallers', {query: {q: '+7 913 123-45-67'}, expect: 200})).json.customers;
    const caller = found[0].id;
    await op('searchCallers', {query: {q: 'иванова ласточкина'}, expect: 200});
    await op('searchCallers', {query: {q: 'x'}, expect: 400});
    await op('getCallerCabinet', {params: {id: caller}, expect: 200});
    await op('getCallerCabinet', {params: {id: 999999999}, expect: 404});
    const other = (await op('searchCallers', {query: {q: 'second@lkk.example'}, expect: 200})).json.customers[0].id;
    await op('getCallerCabinet', {params: {id: other}, expect: 429});
    // The second customer's readings form counts as opening their cabinet too.
    const challengeId = (await c('startLink', {token: second, json: {number: LINKABLE.number, relation: 'owner'},
                                               expect: 200})).json.challengeId;
    const linked = (await c('confirmLink', {token: second, json: {challengeId, question: 'link_code',
                                                                  answer: LINKABLE.linkCode}, expect: 201})).json.id;
    await op('getCallerReadingsForm', {params: {id: other, accountId: linked}, expect: 429});
    // An appeal registered for the second customer on that account (the demo customer's appeals
    // of the day are used up by now: 429 for them).
    const secondForm = (await c('getAppealForm', {token: second, params: {id: linked}, expect: 200})).json;
    const reason = 'клиент позвонил и попросил';
    const onBehalf = {reason, accountId: linked, providerId: secondForm.providers[0].id,
                      topic: secondForm.topics[0].code, text: 'Клиент сообщает, что показания за ноябрь не учтены.'};
    const register = (id, json, expect, key = randomUUID()) =>
        op('registerCallerAppeal', {params: {id}, headers: {'Idempotency-Key': key}, json, expect});
    const appealKey = randomUUID();
    await register(other, onBehalf, 201, appealKey);
    await register(other, onBehalf, 200, appealKey);
    await register(other, {...onBehalf, text: 'Другой текст'}, 409, appealKey);
    await register(other, {...onBehalf, attachments: [fileOf('photo.jpg', '<html><script>')]}, 422);
    await register(other, {...onBehalf, reason: 'коротко'}, 400);
    await register(other, {...onBehalf, accountId: epd}, 404);
    const demoForm = (await c('getAppealForm', {token: demo, params: {id: epd}, expect: 200})).json;
    await register(caller, {...onBehalf, accountId: epd, providerId: demoForm.providers[0].id}, 429);
    await c('unlinkAccount', {token: second, params: {id: linked}, expect: 204});

    // The other actions on a caller's behalf.
    await op('liftCallerSignInLock', {params: {id: caller}, json: {reason}, expect: 200});
    await op('liftCallerSignInLock', {params: {id: 999999999}, json: {reason}, expect: 404});
    await op('liftCallerLinkLock', {params: {id: caller}, json: {reason, accountNumber: LOCKABLE.number},
                                    expect: 200});
    await op('liftCallerLinkLock', {params: {id: caller}, json: {reason, accountNumber: 'x'}, expect: 400});
    await op('liftCallerLinkLock', {params: {id: caller}, json: {reason, accountNumber: '999999999'}, expect: 404});
    // `unconfirmed` registered long ago and never confirmed: its mail again, then one a minute.
    const late = (await op('searchCallers', {query: {q: unconfirmed}, expect: 200})).json.customers[0].id;
    await op('resendCallerConfirmation', {params: {id: late}, json: {reason}, expect: 202});
    await op('resendCallerConfirmation', {params: {id: late}, json: {reason}, expect: 429});
    await op('resendCallerConfirmation', {params: {id: caller}, json: {reason}, expect: 409});
    await op('resendCallerConfirmation', {params: {id: 999999999}, json: {reason}, expect: 404});

    // The caller's cabinet as the customer reads it: each read, its refusal of a bad query, an
    // account or appeal that is not the caller's, and another customer's (over the limit).
    const cabinetReads = [['getCallerAccount'], ['getCallerRequisites'], ['getCallerTariffHistory', {contractId}],
                          ['listCallerMeters', {}, {from: 'x'}], ['listCallerBills', {}, {from: '2026-13'}],
                          ['getCallerReadingsHistory', {}, {from: 'x'}], ['listCallerPayments', {}, {from: 'x'}],
                          ['listCallerAppeals', {}, {from: 'x'}]];
    for (const [id, extra = {}, badQuery] of cabinetReads) {
        const params = {id: caller, accountId: epd, ...extra};
        await op(id, {params, expect: 200});
        if (badQuery)
            await op(id, {params, query: badQuery, expect: 400});
        await op(id, {params: {...params, accountId: 999999999}, expect: 404});
        await op(id, {params: {...params, id: other}, expect: 429});
    }
    await op('getCallerAppeal', {params: {id: caller, appealId: openAppeal}, expect: 200});
    await op('getCallerAppeal', {params: {id: caller, appealId: 999999999}, expect: 404});
    await op('getCallerAppeal', {params: {id: other, appealId: openAppeal}, expect: 429});

    const form = (await op('getCallerReadingsForm', {params: {id: caller, accountId: epd}, expect: 200})).json;
    await op('getCallerReadingsForm', {params: {id: caller, accountId: 999999999}, expect: 404});
    const meter = form.meters.find(m => m.accepts);
    const values = zone => Object.fromEntries(meter.zones.map(z => [z, zone]));
    const last = meter.lastReading?.values ?? {};
    const next = Object.fromEntries(meter.zones.map(z => [z, String(Math.ceil(Number(last[z] ?? 0)) + 1)]));
    const reading = (json, expect) =>
        op('submitCallerReading', {params: {id: caller, accountId: epd}, json, expect});
    const body = {reason: 'клиент продиктовал по телефону', submissionId: randomUUID(), meterId: meter.id,
                  values: next, confirmHighConsumption: true};
    await reading(body, 201);
    await reading(body, 200);
    await reading({...body, values: values('0'), confirmRollover: false}, 409);
    await reading({...body, submissionId: randomUUID(), values: values('0')}, 422);
    await reading({...body, submissionId: randomUUID(), reason: 'коротко'}, 400);
    await reading({...body, submissionId: randomUUID(), meterId: 999999999}, 404);

    await c('getAuditLog', {token: supervisor, query: {customerId: String(caller), from: '2026-11-01'}, expect: 200});
    await c('getAuditLog', {token: supervisor, query: {limit: '0'}, expect: 400});
    await op('getAuditLog', {expect: 403});
    await c('getAccessJournal', {token: demo, expect: 200});
    await c('getAccessJournal', {token: demo, query: {limit: '0'}, expect: 400});
    await op('getAccessJournal', {expect: 403});

    // 60 searches in a minute, then 429; a minute later, searches again.
    let last429 = null;
    for (let i = 0; i < 61 && last429?.status !== 429; i++)
        last429 = await op('searchCallers', {query: {q: '100103492'}, expect: [200, 429]});
    if (last429.status !== 429)
        throw new Error('the search limit was never reached');
    await advanceClock(61);
}

// A file of `size` bytes that starts like `head` (the type is decided by the first bytes).
function fileOf(name, head, size = 256) {
    const bytes = Buffer.alloc(size, 0x61);
    Buffer.from(head, 'latin1').copy(bytes);
    return {fileName: name, content: bytes.toString('base64')};
}
const PNG = '\x89PNG\r\n\x1a\n';
const PDF = '%PDF-1.4\n';

// Appeals: one with a file, its thread and the file, the operator taking and answering it, the
// customer reading and replying, closing; the refusals; then the daily limits.
async function appealSteps(c, {demo, second, operator, epd, openAppeal}) {
    const form = (await c('getAppealForm', {token: demo, params: {id: epd}, expect: 200})).json;
    const appealBody = (text, attachments) => ({providerId: form.providers[0].id, topic: form.topics[0].code, text,
                                                ...(attachments ? {attachments} : {})});
    const create = (body, expect, key = randomUUID()) =>
        c('createAppeal', {token: demo, params: {id: epd}, headers: {'Idempotency-Key': key}, json: body, expect});
    const key = randomUUID();
    const opened = appealBody('Прошу проверить начисление за ноябрь.', [fileOf('фото счётчика.png', PNG)]);
    const appeal = (await create(opened, 201, key)).json;
    await create(opened, 200, key); // resent: the same appeal
    await create(appealBody('Другой текст'), 409, key);
    await create(appealBody('Фото', [fileOf('photo.jpg', '<html><script>')]), 422);
    await create(appealBody('   '), 400);
    await c('getAppeal', {token: demo, params: {id: appeal.id}, expect: 200});
    await c('getAppeal', {token: second, params: {id: appeal.id}, expect: 404});
    await c('listAppeals', {token: demo, params: {id: epd}, query: {from: '2026-11-01', to: '2026-11-30'}, expect: 200});
    await c('listAppeals', {token: demo, params: {id: epd}, query: {from: '2026-13-01'}, expect: 400});
    const file = {id: appeal.id, attachmentId: appeal.messages[0].attachments[0].id};
    await c('downloadAppealAttachment', {token: demo, params: file, expect: 200});
    await c('downloadAppealAttachment', {token: operator, params: file, expect: 200});
    await c('downloadAppealAttachment', {token: second, params: file, expect: 404});
    await c('downloadAppealAttachment', {token: demo, params: {id: appeal.id, attachmentId: 999999999}, expect: 404});

    // The operator's side.
    const op = (id, options) => c(id, {token: operator, ...options});
    await op('listAppealTopics', {expect: 200});
    await op('listAppealQueue', {query: {status: 'new', assignee: 'nobody', maxAgeHours: '1'}, expect: 200});
    await op('listAppealQueue', {query: {limit: '0'}, expect: 400});
    await op('getOperatorAppeal', {params: {id: appeal.id}, expect: 200});
    await op('getOperatorAppeal', {params: {id: 999999999}, expect: 404});
    await op('takeAppeal', {params: {id: appeal.id}, expect: 200});
    await op('takeAppeal', {params: {id: 999999999}, expect: 404});
    const answerKey = randomUUID();
    const answer = (id, json, expect, k = randomUUID()) =>
        op('answerAppeal', {params: {id}, headers: {'Idempotency-Key': k}, json, expect});
    const answerBody = {text: 'Начисление проверено, акт во вложении.', attachments: [fileOf('Акт сверки.pdf', PDF)]};
    await answer(appeal.id, answerBody, 201, answerKey);
    await answer(appeal.id, answerBody, 200, answerKey);
    await answer(appeal.id, {text: 'x', attachments: [fileOf('a.gif', 'GIF89a')]}, 422);
    await answer(999999999, {text: 'x'}, 404);
    await c('getAccount', {token: demo, params: {id: epd}, expect: 200}); // unreadAppeals

    // The customer reads and replies: back in work.
    await c('markAppealRead', {token: demo, params: {id: appeal.id}, expect: 204});
    await c('markAppealRead', {token: second, params: {id: appeal.id}, expect: 404});
    const reply = (id, json, expect, k = randomUUID(), token = demo) =>
        c('addAppealMessage', {token, params: {id}, headers: {'Idempotency-Key': k}, json, expect});
    const replyKey = randomUUID();
    await reply(appeal.id, {text: 'Спасибо, но сумма всё ещё неверна.'}, 201, replyKey);
    await reply(appeal.id, {text: 'Спасибо, но сумма всё ещё неверна.'}, 200, replyKey);
    await reply(appeal.id, {text: 'Иначе'}, 409, replyKey);
    await reply(appeal.id, {text: 'x', attachments: [fileOf('a.exe', 'MZ')]}, 422);
    await reply(appeal.id, {text: 'чужое'}, 404, randomUUID(), second);

    // Statuses.
    await op('setAppealStatus', {params: {id: appeal.id}, json: {status: 'answered'}, expect: 400});
    await op('setAppealStatus', {params: {id: 999999999}, json: {status: 'closed'}, expect: 404});
    await op('setAppealStatus', {params: {id: appeal.id}, json: {status: 'closed'}, expect: 200});
    await op('takeAppeal', {params: {id: appeal.id}, expect: 409});
    await answer(appeal.id, {text: 'Ещё'}, 409);
    await reply(appeal.id, {text: 'Ещё вопрос'}, 409);
    await op('setAppealStatus', {params: {id: appeal.id}, json: {status: 'in_progress'}, expect: 200});
    await c('closeAppeal', {token: demo, params: {id: appeal.id}, expect: 200});
    await c('closeAppeal', {token: second, params: {id: appeal.id}, expect: 404});

    // The daily limits: 10 new appeals, 50 further messages in any 24 hours.
    let last = null;
    for (let i = 0; i < 12 && last?.status !== 429; i++)
        last = await create(appealBody(`Обращение ${i + 1}`), [201, 429]);
    if (last.status !== 429)
        throw new Error('createAppeal: no 429 after 12 appeals in a day');
    last = null;
    for (let i = 0; i < 52 && last?.status !== 429; i++)
        last = await reply(openAppeal, {text: `Сообщение ${i + 1}`}, [201, 429]);
    if (last.status !== 429)
        throw new Error('addAppealMessage: no 429 after 52 messages in a day');
}
