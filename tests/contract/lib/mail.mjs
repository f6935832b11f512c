// The server's mail drop (--demo writes every mail as an .eml file): the codes and links that
// registration, recovery and e-mail changes send. Mail goes out from a queue after the answer,
// so a mail is waited for by polling, in short steps.
import {readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {setTimeout as sleep} from 'node:timers/promises';

const WAIT_MS = 20000;
const POLL_MS = 25;

export class MailDrop {
    constructor(directory) {
        this.directory = directory;
        this.taken = new Set();
    }

    // The next mail to `to` not taken yet: {subject, text}.
    async next(to) {
        const deadline = Date.now() + WAIT_MS;
        for (;;) {
            const mail = this.#take(to);
            if (mail)
                return mail;
            if (Date.now() > deadline)
                throw new Error(`no mail to ${to} in ${this.directory}`);
            await sleep(POLL_MS);
        }
    }

    #take(to) {
        let names;
        try {
            names = readdirSync(this.directory).filter(n => n.endsWith('.eml')).sort();
        } catch {
            return null; // not created before the first mail
        }
        for (const name of names) {
            if (this.taken.has(name))
                continue;
            const raw = readFileSync(join(this.directory, name), 'latin1');
            const split = raw.indexOf('\r\n\r\n');
            const headers = '\r\n' + raw.slice(0, split) + '\r\n';
            if (!headers.includes(`\r\nTo: ${to}\r\n`))
                continue;
            this.taken.add(name);
            const text = Buffer.from(raw.slice(split + 4).replace(/\s+/g, ''), 'base64').toString('utf8');
            return {headers, text};
        }
        return null;
    }

    static code(mail) {
        const m = /\b(\d{6})\b/.exec(mail.text);
        if (!m)
            throw new Error(`no code in the mail:\n${mail.text}`);
        return m[1];
    }

    static token(mail, page) {
        const m = new RegExp(`/${page}\\?token=([A-Za-z0-9_%-]+)`).exec(mail.text);
        if (!m)
            throw new Error(`no /${page} link in the mail:\n${mail.text}`);
        return decodeURIComponent(m[1]);
    }
}
