#!/usr/bin/env python3
"""Generates a valid billing file (docs/billing-import.md, "lkk-billing" version 1) of any size.

    python3 bench/generate_billing.py --accounts N [--periods K] [--seed S] [--now YYYY-MM-DD]
                                      [--epd-share F] --output FILE

N personal accounts, a mix of ЕПД (several providers on one bill) and electricity accounts like
the demo's, with K billing periods (default 1; 48 = four years) of bills, readings and payments
ending with the month of --now. Every file satisfies the importer's rules (sums, charges,
continuity, payments = paid, readings never decreasing) and its arrays are in the order the
streaming importer wants (readings grouped by meter and zone, bills by account, §2 of the doc).

Deterministic: the same arguments give the same bytes (each account draws from its own random
generator seeded with --seed and its index). Streaming: memory does not grow with N; the arrays
are spooled to temporary files next to the output and joined at the end, one element per line.
Standard library only. The reference data (providers, tariffs, arithmetic) is the demo
generator's, resources/demo/generate_demo_billing.py.

Importable: account_numbers(n, seed) lists the account numbers and link codes a file of n
accounts holds, in file order, for tools that make cabinet users to link them to.
"""

import argparse
import datetime as dt
import json
import os
import random
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / 'resources' / 'demo'))
import generate_demo_billing as demo  # noqa: E402  (reference data and integer arithmetic)

ARRAYS = ('accounts', 'contracts', 'meters', 'readings', 'bills', 'payments')

STREETS_CITY = ['Ленина пр.', 'Красноармейская ул.', 'Фрунзе пр.', 'Иркутский тракт', 'Кирова пр.',
                'Учебная ул.', 'Сибирская ул.', 'Никитина ул.', 'Герцена ул.', 'Алтайская ул.']
VILLAGES = [('634583', 'Октябрьское с.', ['Ласточкина ул.', 'Школьная ул.', 'Заречная ул.']),
            ('634507', 'Зональная Станция п.', ['Солнечная ул.', 'Виталия Грачёва ул.']),
            ('634540', 'Корнилово с.', ['Гагарина ул.', 'Совхозная ул.'])]
SURNAMES = [('Иванов', 'Иванова'), ('Петров', 'Петрова'), ('Соколов', 'Соколова'), ('Кузнецов', 'Кузнецова'),
            ('Смирнов', 'Смирнова'), ('Попов', 'Попова'), ('Васильев', 'Васильева'), ('Новиков', 'Новикова')]
MALE = ['Алексей', 'Игорь', 'Пётр', 'Сергей', 'Андрей', 'Дмитрий', 'Николай']
FEMALE = ['Мария', 'Елена', 'Ольга', 'Анна', 'Татьяна', 'Наталья', 'Ирина']
PATRONYMIC = [('Петрович', 'Петровна'), ('Сергеевич', 'Сергеевна'), ('Андреевич', 'Андреевна'),
              ('Викторович', 'Викторовна'), ('Иванович', 'Ивановна')]

# Account kinds and their weights within ЕПД and within electricity.
EPD_KINDS = [('epd-village', 1), ('epd-city', 1)]
ELECTRICITY_KINDS = [('el-single', 5), ('el-two-zone', 3), ('el-rural', 2)]


def pick(rng, weighted):
    total = sum(w for _, w in weighted)
    x = rng.randrange(total)
    for name, w in weighted:
        if x < w:
            return name
        x -= w
    raise AssertionError


def account_rng(seed, index):
    return random.Random(seed * 1000003 + index)


def account_number(kind, index):
    # ЕПД accounts have 9 digits, electricity accounts 10 (as the demo's); none is a demo number.
    return '%09d' % (200000000 + index) if kind.startswith('epd') else '%010d' % (7050000000 + index)


def account_numbers(n, seed=1, epd_share=0.4):
    """[(number, linkCode)] of a file with n accounts made with this seed and share, in file order."""
    return [(m.account['number'], m.account['linkCode'])
            for m in (AccountModel(i, seed, epd_share, [], None, header_only=True) for i in range(n))]


class AccountModel:
    """One account with everything the file holds about it over the given periods."""

    def __init__(self, index, seed, epd_share, periods, now, header_only=False):
        self.rng = account_rng(seed, index)
        rng = self.rng
        epd = rng.random() < epd_share
        self.kind = pick(rng, EPD_KINDS if epd else ELECTRICITY_KINDS)
        self.number = account_number(self.kind, index)
        self.periods = periods
        self.now = now
        self.contracts, self.meters, self.readings, self.payments = [], [], [], []
        self.lines = {}  # period -> provider -> [line]
        self.subs = {}   # provider -> sub-account
        self.account = self.make_account(epd)
        if header_only:
            return
        getattr(self, 'build_' + self.kind.replace('-', '_'))()
        self.bills = self.settle()

    # -- reference entities
    def make_account(self, epd):
        rng = self.rng
        female = rng.random() < 0.5
        surname = rng.choice(SURNAMES)[1 if female else 0]
        owner = '%s %s %s' % (surname, rng.choice(FEMALE if female else MALE),
                              rng.choice(PATRONYMIC)[1 if female else 0])
        flat = str(rng.randrange(1, 200))
        house = str(rng.randrange(1, 150))
        if self.kind in ('epd-village', 'el-rural'):
            postal, locality, streets = rng.choice(VILLAGES)
            street = rng.choice(streets)
            address = {'postalCode': postal, 'region': 'Томская обл.', 'district': 'Томский р-н',
                       'locality': locality, 'street': street, 'house': house, 'flat': flat}
            where = '%s, Томская обл., Томский р-н, %s' % (postal, locality)
        else:
            postal = '6340%02d' % rng.randrange(1, 70)
            street = rng.choice(STREETS_CITY)
            address = {'postalCode': postal, 'region': 'Томская обл.', 'locality': 'г. Томск',
                       'street': street, 'house': house, 'flat': flat}
            where = '%s, Томская обл., г. Томск' % postal
        short = '%s, д.%s, кв.%s' % (street, house, flat)
        address['display'] = short
        address['full'] = '%s, %s' % (where, short)
        total = rng.randrange(250, 1200)  # tenths of m²
        living = rng.randrange(total // 2, total + 1)
        self.total_area = demo.dec_str(total, 1)
        return {'number': self.number, 'kind': 'epd' if epd else 'electricity', 'address': address,
                'owner': owner, 'totalArea': self.total_area, 'livingArea': demo.dec_str(living, 1),
                'residents': rng.randrange(1, 6), 'linkCode': '%06d' % rng.randrange(100000, 1000000)}

    def contract(self, provider, sub, service, kind, tariffs):
        code = '%s-%s' % (sub, kind)
        self.contracts.append({'code': code, 'account': self.number, 'provider': provider, 'subAccount': sub,
                               'service': service, 'serviceKind': kind, 'tariffs': tariffs})
        self.subs[provider] = sub
        return code

    def meter(self, provider, contract, unit, zones, capacity, automatic=False):
        rng = self.rng
        mid = '%s-%s-%d' % (provider, self.number, len(self.meters) + 1)
        installed = dt.date(rng.randrange(2010, 2022), rng.randrange(1, 13), rng.randrange(1, 29))
        verified = installed.replace(year=installed.year + 16)
        self.meters.append({'id': mid, 'number': str(rng.randrange(10 ** 7, 10 ** 8)), 'contract': contract,
                            'unit': unit, 'zones': zones, 'capacity': {'integer': capacity[0], 'fraction': capacity[1]},
                            'verifiedUntil': verified.isoformat(), 'automatic': automatic,
                            'installedAt': installed.isoformat()})
        return mid

    def series(self, meter, zone, scale, start, low, high, source='customer'):
        """Readings of one meter zone (one before the first period, then one per period) and the
        consumption per period in units of the scale."""
        rng = self.rng
        value = start
        before = demo.month_add(self.periods[0], -1)
        self.readings.append(self.reading(meter, zone, before, 20, value, scale, source))
        used = {}
        for p in self.periods:
            use = rng.randrange(low, high + 1)
            day = rng.randrange(15, 26)
            used[p] = use
            if p == self.periods[-1] and day > self.now.day:
                continue  # this month's reading is not in yet: billed anyway (by average)
            value += use
            self.readings.append(self.reading(meter, zone, p, day, value, scale, source))
        return used

    @staticmethod
    def reading(meter, zone, period, day, units, scale, source):
        return {'meter': meter, 'zone': zone, 'date': demo.date_in(period, day), 'period': demo.pstr(period),
                'value': demo.dec_str(units, scale), 'source': source}

    # -- bill lines (money flow added by settle)
    def line(self, period, provider, contract, charged, **extra):
        line = {'contract': contract}
        line.update(extra)
        line['charged'] = charged
        self.lines.setdefault(period, {}).setdefault(provider, []).append(line)

    def metered(self, period, provider, contract, tariff, units, scale, unit, zone=None):
        q = demo.dec_str(units, scale)
        value = demo.tariff_value(TARIFF_HISTORY[tariff], period)
        extra = {'zone': zone} if zone else {}
        extra.update({'unit': unit, 'quantity': q, 'tariff': value})
        self.line(period, provider, contract, demo.charge(value, q), **extra)

    def norm(self, period, provider, contract, tariff, quantity, factor, unit):
        value = demo.tariff_value(TARIFF_HISTORY[tariff], period)
        self.line(period, provider, contract, demo.charge(value, quantity, factor), unit=unit, quantity=quantity,
                  factor=factor, tariff=value, pricePerUnit=demo.charge(value, quantity))

    # -- the five kinds of account
    def build_epd_village(self):
        n = self.number
        heat = self.contract('ztk', '878' + n, 'Отопление (Клов)', 'heating', ['ztk-heat'])
        cold = self.contract('okt', '887' + n, 'Холодная вода', 'cold_water', ['okt-cold'])
        hot = self.contract('okt', '887' + n, 'Горячая вода', 'hot_water', ['okt-hot'])
        sewer = self.contract('okt', '887' + n, 'Водоотведение', 'wastewater', ['okt-sewer'])
        maint = self.contract('ks', '941' + n, 'Содержание жилья', 'maintenance', ['ks-maint'])
        waste = self.contract('ks', '941' + n, 'Вывоз ТБО', 'waste_removal', ['ks-waste'])
        repair = self.contract('ks', '941' + n, 'Текущий ремонт', 'repairs', ['ks-repair'])
        common = self.contract('ks-el', '943' + n, 'Эл.Эн. содерж. общего имущества', 'common_electricity',
                               ['ks-el-common'])
        rng = self.rng
        hw = self.series(self.meter('okt', hot, 'м³', ['T1'], (6, 3)), 'T1', 3, rng.randrange(10 ** 5), 600, 1600)
        cw = self.series(self.meter('okt', cold, 'м³', ['T1'], (6, 3)), 'T1', 3, rng.randrange(10 ** 5), 1000, 2800)
        area = demo.dec(self.total_area)[0]
        for p in self.periods:
            self.norm(p, 'ztk', heat, 'ztk-heat', '0.0280', self.total_area, 'Гкал/м²')
            self.metered(p, 'okt', cold, 'okt-cold', cw[p], 3, 'м³')
            self.metered(p, 'okt', hot, 'okt-hot', hw[p], 3, 'м³')
            self.metered(p, 'okt', sewer, 'okt-sewer', cw[p] + hw[p], 3, 'м³')
            self.metered(p, 'ks', maint, 'ks-maint', area, 1, 'м²')
            self.metered(p, 'ks', waste, 'ks-waste', self.account['residents'], 0, 'чел.')
            self.metered(p, 'ks', repair, 'ks-repair', area, 1, 'м²')
            self.metered(p, 'ks-el', common, 'ks-el-common', 1500 + rng.randrange(300), 2, 'кВт·ч')

    def build_epd_city(self):
        n = self.number
        heat = self.contract('trts', '703' + n, 'Отопление', 'heating', ['trts-heat'])
        hot = self.contract('trts', '703' + n, 'Горячая вода', 'hot_water', ['trts-hot'])
        el = self.contract('tes', '800' + n, 'Электроэнергия', 'electricity', ['tes-city'])
        rng = self.rng
        hw = self.series(self.meter('trts', hot, 'м³', ['T1'], (5, 3)), 'T1', 3, rng.randrange(10 ** 5), 2500, 5200)
        kwh = self.series(self.meter('tes', el, 'кВт·ч', ['T1'], (6, 2), automatic=True), 'T1', 2,
                          rng.randrange(10 ** 7), 16000, 30000, source='automatic')
        for p in self.periods:
            self.norm(p, 'trts', heat, 'trts-heat', '0.0000' if p[1] in (6, 7, 8) else '0.0220', self.total_area,
                      'Гкал/м²')
            self.metered(p, 'trts', hot, 'trts-hot', hw[p], 3, 'м³')
            self.metered(p, 'tes', el, 'tes-city', kwh[p], 2, 'кВт·ч')

    def build_el_single(self):
        el = self.contract('tes', self.number, 'Электроэнергия', 'electricity', ['tes-city'])
        used = self.series(self.meter('tes', el, 'кВт·ч', ['T1'], (6, 1)), 'T1', 1, self.rng.randrange(10 ** 6), 900,
                           1900)
        for p in self.periods:
            self.metered(p, 'tes', el, 'tes-city', used[p], 1, 'кВт·ч')

    def build_el_two_zone(self):
        el = self.contract('tes', self.number, 'Электроэнергия', 'electricity', ['tes-city-day', 'tes-city-night'])
        m = self.meter('tes', el, 'кВт·ч', ['T1', 'T2'], (6, 2))
        day = self.series(m, 'T1', 2, self.rng.randrange(10 ** 7), 14000, 26000)
        night = self.series(m, 'T2', 2, self.rng.randrange(10 ** 7), 7000, 14000)
        for p in self.periods:
            self.metered(p, 'tes', el, 'tes-city-day', day[p], 2, 'кВт·ч', zone='T1')
            self.metered(p, 'tes', el, 'tes-city-night', night[p], 2, 'кВт·ч', zone='T2')

    def build_el_rural(self):
        el = self.contract('tes', self.number, 'Электроэнергия', 'electricity', ['tes-rural'])
        used = self.series(self.meter('tes', el, 'кВт·ч', ['T1'], (5, 1)), 'T1', 1, self.rng.randrange(4 * 10 ** 5),
                           1500, 2600)
        for p in self.periods:
            self.metered(p, 'tes', el, 'tes-rural', used[p], 1, 'кВт·ч')

    # -- money: payments, paid, debts and penalties per line, period by period
    def settle(self):
        rng = self.rng
        habit = rng.random()  # < 0.7 pays in full, < 0.9 pays part, else a debtor
        state = {}            # (contract, zone) -> [debt, penalties]
        bills = []
        for p in self.periods:
            blocks = []
            for provider, lines in self.lines.get(p, {}).items():
                keys = [(l['contract'], l.get('zone', '')) for l in lines]
                for k in keys:
                    state.setdefault(k, [rng.randrange(-5000, 300000), 0])
                debt = sum(state[k][0] for k in keys)
                credited = 0
                last = p == self.periods[-1]
                if debt > 0 and habit < 0.9:
                    amount = debt if habit < 0.7 else demo.round_div(debt, 2)
                    day = rng.randrange(3, 21)
                    if last and day >= self.now.day:
                        self.pay(p, provider, max(1, self.now.day - 1), amount, 'processing')
                    else:
                        self.pay(p, provider, day, amount, 'credited')
                        credited = amount
                remaining = credited
                for k, l in zip(keys, lines):
                    part = min(remaining, max(0, state[k][0]))
                    l['_paid'] = part
                    remaining -= part
                lines[0]['_paid'] += remaining
                for k, l in zip(keys, lines):
                    start, pen = state[k]
                    paid = l.pop('_paid')
                    charged = l.pop('charged')
                    end = start - paid + charged
                    if habit >= 0.9 and start > 0:
                        pen += demo.round_div(start * 3, 1000)
                    l.update({'debtStart': start, 'paid': paid, 'charged': charged, 'socialSupport': 0,
                              'adjustments': 0, 'debtEnd': end, 'penalties': pen, 'totalToPay': end + pen})
                    state[k] = [end, pen]
                block = {'provider': provider, 'subAccount': self.subs[provider]}
                for f in ('debtStart', 'paid', 'charged', 'socialSupport', 'adjustments', 'debtEnd', 'penalties',
                          'totalToPay'):
                    block[f] = sum(l[f] for l in lines)
                block['services'] = lines
                blocks.append(block)
            bills.append({'account': self.number, 'period': demo.pstr(p),
                          'totalToPay': sum(b['totalToPay'] for b in blocks),
                          'penalties': sum(b['penalties'] for b in blocks), 'providers': blocks})
        return bills

    def pay(self, period, provider, day, amount, status):
        p = {'id': 'B%s-%s-%s-%d' % (self.number, demo.pstr(period).replace('-', ''), provider, len(self.payments)),
             'date': demo.date_in(period, day), 'account': self.number, 'provider': provider,
             'subAccount': self.subs[provider], 'amount': amount, 'status': status}
        if status == 'credited':
            p['period'] = demo.pstr(period)
        self.payments.append(p)


# Tariff histories from 2010 on, so any reasonable --periods finds a value in force.
TARIFF_HISTORY = {code: [('2010-01-01', base)] + demo.tariff_history(code, base)
                  for code, _, _, _, base in demo.TARIFFS}


def tariffs_json():
    out = []
    for code, name, unit, zone, _ in demo.TARIFFS:
        t = {'code': code, 'name': name, 'unit': unit}
        if zone:
            t['zone'] = zone
        history = sorted(set(TARIFF_HISTORY[code]), reverse=True)
        t['history'] = [{'from': s, 'value': v, 'period': 'month'} for s, v in history]
        out.append(t)
    return out


def providers_json(seed):
    rng = random.Random(seed)
    out = []
    for code, name, bank, opcode in demo.PROVIDERS:
        bank_name, bic = demo.BANKS[bank]
        out.append({'code': code, 'name': name, 'inn': demo.inn10(rng), 'kpp': '701701001', 'bankName': bank_name,
                    'bic': bic, 'settlementAccount': demo.settlement_account(rng, bic),
                    'correspondentAccount': demo.correspondent_account(bic), 'operationCode': opcode})
    return out


def dumps(value):
    return json.dumps(value, ensure_ascii=False, separators=(',', ':'))


class Spool:
    """One array's elements in a temporary file, one per line, joined into the output at the end."""

    def __init__(self, directory):
        self.file = tempfile.TemporaryFile('w+', encoding='utf-8', dir=directory)
        self.count = 0

    def add(self, value):
        self.file.write((',\n' if self.count else '\n') + dumps(value))
        self.count += 1

    def copy_to(self, out):
        self.file.seek(0)
        while True:
            chunk = self.file.read(1 << 20)
            if not chunk:
                break
            out.write(chunk)
        self.file.close()


def generate(out_path, accounts, periods=1, seed=1, now=dt.date(2026, 11, 26), epd_share=0.4):
    """Writes the file; returns the number of elements per array."""
    last = (now.year, now.month)
    period_list = [demo.month_add(last, -(periods - 1 - i)) for i in range(periods)]
    out_path = Path(out_path)
    spools = {name: Spool(out_path.resolve().parent) for name in ARRAYS}
    for i in range(accounts):
        m = AccountModel(i, seed, epd_share, period_list, now)
        spools['accounts'].add(m.account)
        for name, items in (('contracts', m.contracts), ('meters', m.meters), ('readings', m.readings),
                            ('bills', m.bills), ('payments', m.payments)):
            for item in items:
                spools[name].add(item)
    providers, tariffs = providers_json(seed), tariffs_json()
    with open(out_path, 'w', encoding='utf-8') as out:
        out.write('{"format":"lkk-billing","version":1,"generatedAt":%s,"periodUpTo":%s,"source":%s,\n' % (
            dumps('%sT03:00:00+07:00' % now.isoformat()), dumps(demo.pstr(last)),
            dumps('bench/generate_billing.py --accounts %d --periods %d --seed %d' % (accounts, periods, seed))))
        for name, items in (('providers', providers), ('tariffs', tariffs)):
            out.write('"%s":[\n%s\n],\n' % (name, ',\n'.join(dumps(x) for x in items)))
        for name in ARRAYS:
            out.write('"%s":[' % name)
            spools[name].copy_to(out)
            out.write('\n]%s\n' % (',' if name != ARRAYS[-1] else ''))
        out.write('}\n')
    counts = {'providers': len(providers), 'tariffs': len(tariffs),
              'tariff values': sum(len(t['history']) for t in tariffs)}
    counts.update({name: spools[name].count for name in ARRAYS})
    return counts


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--accounts', type=int, required=True, help='number of personal accounts')
    ap.add_argument('--periods', type=int, default=1, help='billing periods up to --now (default 1)')
    ap.add_argument('--seed', type=int, default=1)
    ap.add_argument('--now', default='2026-11-26', help='the current date, YYYY-MM-DD (default 2026-11-26)')
    ap.add_argument('--epd-share', type=float, default=0.4, help='share of ЕПД accounts (default 0.4, as the demo)')
    ap.add_argument('--output', required=True)
    args = ap.parse_args(argv)
    if args.accounts < 0 or args.periods < 1 or not 0 <= args.epd_share <= 1:
        ap.error('--accounts >= 0, --periods >= 1, 0 <= --epd-share <= 1')
    counts = generate(args.output, args.accounts, args.periods, args.seed, dt.date.fromisoformat(args.now),
                      args.epd_share)
    print('%s: %s, %d bytes' % (args.output, ', '.join('%d %s' % (v, k) for k, v in counts.items()),
                                os.path.getsize(args.output)))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
