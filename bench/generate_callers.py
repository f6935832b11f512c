#!/usr/bin/env python3
"""Fills a PostgreSQL database with N cabinet customers and their accounts, for the operator bench.

    python3 bench/generate_callers.py --customers N --db postgresql://… --lkk-server BIN
                                      [--seed S] [--work DIR]

The accounts come in the billing import format: bench/generate_billing.py makes a file of
N + N/10 accounts (one period) and `lkk-server import` loads it (which also migrates the database).
Then N customers are written straight into `users` and `account_links` with psql's COPY — the
way a migration from another cabinet would bring them, since registering 100 000 people through
the API would measure the registration, not the search: each customer has one account and every
tenth a second one; surnames from a list of 240 (a few with «ё»), first names and patronymics as
the billing generator's; a unique mobile phone +79…; c<i>@bench.example. Their passwords are not
usable (nobody signs in as them). Deterministic for a seed.

Prints one line: the number of customers, accounts and links written.
"""

import argparse
import csv
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import generate_billing as billing  # noqa: E402

ROOTS = ['Иван', 'Петр', 'Сокол', 'Кузнец', 'Смирн', 'Поп', 'Васил', 'Новик', 'Мороз', 'Волк', 'Лебед', 'Козл',
         'Степан', 'Никол', 'Орл', 'Андре', 'Макар', 'Зайц', 'Павл', 'Семён', 'Голуб', 'Виноград', 'Богдан',
         'Воробь', 'Фёдор', 'Михайл', 'Белов', 'Тарас', 'Белк', 'Комар', 'Киселёв', 'Мартын', 'Беляк',
         'Ткач', 'Гусев', 'Титов', 'Кузьмин', 'Кудряв', 'Баран', 'Куликов']
SUFFIXES = [('ов', 'ова'), ('ин', 'ина'), ('ев', 'ева')]
SURNAMES = [(root + male, root + female) for root in ROOTS for male, female in SUFFIXES]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--customers', type=int, required=True)
    parser.add_argument('--db', required=True, help='postgresql://user:password@host:port/database')
    parser.add_argument('--lkk-server', required=True)
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--work', default=None, help='directory for the billing file and the CSV files')
    args = parser.parse_args()
    n = args.customers
    accounts = n + n // 10
    work = Path(args.work or tempfile.mkdtemp(prefix='lkk-callers-'))
    work.mkdir(parents=True, exist_ok=True)

    billing_file = work / ('billing-%d.json' % accounts)
    subprocess.run([sys.executable, str(Path(__file__).resolve().parent / 'generate_billing.py'),
                    '--accounts', str(accounts), '--seed', str(args.seed), '--output', str(billing_file)],
                   check=True, stdout=subprocess.DEVNULL)
    subprocess.run([args.lkk_server, 'import', str(billing_file), '--db', args.db], check=True,
                   stdout=subprocess.DEVNULL)
    billing_file.unlink()

    numbers = [number for number, _ in billing.account_numbers(accounts, args.seed)]
    rng = random.Random(args.seed)
    users_csv = work / 'users.csv'
    links_csv = work / 'links.csv'
    links = 0
    with open(users_csv, 'w', newline='', encoding='utf-8') as users, \
            open(links_csv, 'w', newline='', encoding='utf-8') as linked:
        u, l = csv.writer(users), csv.writer(linked)
        for i in range(n):
            female = rng.random() < 0.5
            surname = rng.choice(SURNAMES)[1 if female else 0]
            first = rng.choice(billing.FEMALE if female else billing.MALE)
            patronymic = rng.choice(billing.PATRONYMIC)[1 if female else 0]
            email = 'c%d@bench.example' % i
            u.writerow([email, 'not-a-password-hash', surname, first, patronymic, '+79%09d' % i, 'customer', 0])
            l.writerow([email, numbers[i]])
            links += 1
            if i % 10 == 0:
                l.writerow([email, numbers[n + i // 10]])
                links += 1

    script = work / 'load.sql'
    script.write_text(f"""
\\set ON_ERROR_STOP on
\\copy users (email, password_hash, surname, first_name, patronymic, phone, role, created_at) FROM '{users_csv}' CSV
CREATE TEMP TABLE bench_links (email TEXT, number TEXT);
\\copy bench_links FROM '{links_csv}' CSV
INSERT INTO account_links (user_id, account_id, relation, linked_at)
SELECT u.id, a.id, 'owner', 0 FROM bench_links t JOIN users u ON u.email = t.email
JOIN billing_accounts a ON a.number = t.number;
ANALYZE users;
ANALYZE account_links;
ANALYZE billing_accounts;
ANALYZE billing_contracts;
""", encoding='utf-8')
    env = dict(os.environ, PGCLIENTENCODING='UTF8')
    subprocess.run(['psql', '-q', '-d', args.db, '-f', str(script)], check=True, env=env)
    for f in (users_csv, links_csv, script):
        f.unlink()
    print('%d customers, %d accounts, %d links' % (n, accounts, links))


if __name__ == '__main__':
    main()
