#!/usr/bin/env python3
"""The operators' load for bench/operators.sh: concurrent operators searching or opening cabinets.

    python3 bench/operator_load.py --url URL --ca CA --tokens T1,T2,… --callers FILE
                                   --kind search|cabinet --seconds S [--seed S]

One thread per token (one operator each, on its own kept-alive HTTPS connection) sends requests
back to back for S seconds: `search` — GET /operator/customers?q= with a query made from a random
caller of FILE (tab-separated: id, phone, e-mail, account number, surname, address), a quarter
each a phone in one of its usual spellings, an account number, an e-mail address, and a surname
prefix with a word of the address; `cabinet` — GET /operator/customers/{id} of a random caller.
Prints one line: requests, non-200 answers, and the client-side p50/p95/p99 in milliseconds.
Standard library only.
"""

import argparse
import http.client
import random
import ssl
import threading
import time
import urllib.parse


def phone_spelling(rng, e164):
    national = e164[2:]
    return rng.choice([
        '+7 %s %s-%s-%s' % (national[:3], national[3:6], national[6:8], national[8:]),
        '8(%s)%s' % (national[:3], national[3:]),
        '7' + national,
        '8 %s %s %s %s' % (national[:3], national[3:6], national[6:8], national[8:]),
    ])


def query(rng, caller):
    _, phone, email, number, surname, address = caller
    kind = rng.randrange(4)
    if kind == 0:
        return phone_spelling(rng, phone)
    if kind == 1:
        return number
    if kind == 2:
        return email.upper() if rng.random() < 0.5 else email
    prefix = surname[:rng.randrange(3, len(surname) + 1)]
    street = address.split(',')[0].split(' ')[0]
    return '%s %s' % (prefix.lower() if rng.random() < 0.5 else prefix, street.lower())


def percentile(sorted_values, p):
    if not sorted_values:
        return float('nan')
    index = min(len(sorted_values) - 1, int(round(p / 100.0 * (len(sorted_values) - 1))))
    return sorted_values[index]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    parser.add_argument('--url', required=True)
    parser.add_argument('--ca', required=True)
    parser.add_argument('--tokens', required=True)
    parser.add_argument('--callers', required=True)
    parser.add_argument('--kind', choices=['search', 'cabinet'], required=True)
    parser.add_argument('--seconds', type=float, default=20)
    parser.add_argument('--seed', type=int, default=1)
    args = parser.parse_args()
    with open(args.callers, encoding='utf-8') as f:
        callers = [line.rstrip('\n').split('\t') for line in f if line.strip()]
    url = urllib.parse.urlsplit(args.url)
    context = ssl.create_default_context(cafile=args.ca)
    latencies, failures, lock = [], [0], threading.Lock()
    deadline = time.monotonic() + args.seconds

    def operator(index, token):
        rng = random.Random(args.seed * 100 + index)
        connection = http.client.HTTPSConnection(url.hostname, url.port, context=context, timeout=30)
        mine, bad = [], 0
        while time.monotonic() < deadline:
            caller = rng.choice(callers)
            if args.kind == 'search':
                path = '/api/v1/operator/customers?q=' + urllib.parse.quote(query(rng, caller))
            else:
                path = '/api/v1/operator/customers/' + caller[0]
            started = time.perf_counter()
            connection.request('GET', path, headers={'Authorization': 'Bearer ' + token})
            response = connection.getresponse()
            response.read()
            mine.append((time.perf_counter() - started) * 1000.0)
            if response.status != 200:
                bad += 1
        connection.close()
        with lock:
            latencies.extend(mine)
            failures[0] += bad

    threads = [threading.Thread(target=operator, args=(i, t)) for i, t in enumerate(args.tokens.split(','))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    latencies.sort()
    print('%d %d %.1f %.1f %.1f' % (len(latencies), failures[0], percentile(latencies, 50), percentile(latencies, 95),
                                    percentile(latencies, 99)))


if __name__ == '__main__':
    main()
