#!/usr/bin/env python3
"""Generates the demo billing file (docs/billing-import.md, format "lkk-billing" version 1).

    python3 resources/demo/generate_demo_billing.py [--now YYYY-MM-DD | --now YYYY-MM] [--output FILE]

Deterministic: a fixed seed and no clock except --now, so the same --now always gives the same
bytes. The committed resources/demo/billing.json is made with --now 2026-11-26 (regenerate with
exactly that to compare). --now defaults to today's date; a bare YYYY-MM means the 26th of it.

Everything is fictitious: people, link codes, meter numbers and bank accounts (the account numbers
and INNs carry valid check digits so banking apps accept them in a QR code, but belong to nobody).
Every amount is integer kopecks and every figure satisfies the invariants that the importer and
tests/billing/tst_demo_data check:
    debtStart - paid + charged + socialSupport + adjustments = debtEnd       (each line)
    totalToPay = debtEnd + penalties                                          (each line, provider)
    charged = round(quantity x tariff [x factor]), half away from zero        (lines with a quantity)
    provider figures = sums of its lines; bill totals = sums of providers
    paid (per sub-account and period) = credited payments of that sub-account and period
    debtStart of a period = debtEnd of the previous one (per line)
"""

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

SEED = 20181206  # the manual's last payment date (docs/manual.md §9.3); any fixed value would do
MONTHS = 48      # billing history: four years up to and including the current month


# ---------------------------------------------------------------- arithmetic (integers only)

def round_div(n, d):
    """n / d rounded half away from zero (d > 0)."""
    q, r = divmod(abs(n), d)
    if 2 * r >= d:
        q += 1
    return q if n >= 0 else -q


def dec(text):
    """'0.0280' -> (280, 4)."""
    neg = text.startswith('-')
    body = text[1:] if neg else text
    if '.' in body:
        i, f = body.split('.')
    else:
        i, f = body, ''
    units = int(i + f) if (i + f) else 0
    return (-units if neg else units), len(f)


def dec_str(units, scale):
    sign = '-' if units < 0 else ''
    s = str(abs(units)).rjust(scale + 1, '0')
    return sign + (s[:-scale] + '.' + s[-scale:] if scale else s)


def charge(tariff, quantity, factor=None):
    qu, qs = dec(quantity)
    fu, fs = dec(factor) if factor else (1, 0)
    return round_div(tariff * qu * fu, 10 ** (qs + fs))


# ---------------------------------------------------------------- requisites with check digits

def inn10(rng, prefix='70'):
    digits = [int(c) for c in prefix] + [rng.randrange(10) for _ in range(9 - len(prefix))]
    w = [2, 4, 10, 3, 5, 9, 4, 6, 8]
    digits.append(sum(a * b for a, b in zip(w, digits)) % 11 % 10)
    return ''.join(map(str, digits))


def account_key(bic_part, account):
    """Control key (9th digit) of a Russian bank account, given the 3 BIC digits it pairs with."""
    acc = account[:8] + '0' + account[9:]
    s = sum((int(d) * w) % 10 for d, w in zip(bic_part + acc, [7, 1, 3] * 8))
    return account[:8] + str((s % 10) * 3 % 10) + account[9:]


def settlement_account(rng, bic):
    body = '40702810' + '0' + ''.join(str(rng.randrange(10)) for _ in range(11))
    return account_key(bic[-3:], body)


def correspondent_account(bic):
    body = '30101810' + '0' + '00000000' + bic[-3:]
    return account_key('0' + bic[4:6], body)


# ---------------------------------------------------------------- calendar

def month_add(period, n):
    y, m = period
    m += n
    y += (m - 1) // 12
    m = (m - 1) % 12 + 1
    return (y, m)


def pstr(period):
    return '%04d-%02d' % period


def days_in(period):
    nxt = month_add(period, 1)
    return (dt.date(nxt[0], nxt[1], 1) - dt.date(period[0], period[1], 1)).days


def date_in(period, day):
    return dt.date(period[0], period[1], min(day, days_in(period))).isoformat()


# ---------------------------------------------------------------- the reference data

BANKS = {
    'sber': ('ТОМСКОЕ ОТДЕЛЕНИЕ №8616 ПАО СБЕРБАНК', '046902606'),
    'gpb': ('Ф-Л БАНКА ГПБ (АО) В Г. ТОМСКЕ', '046902758'),
    'psb': ('ТОМСКИЙ ФИЛИАЛ ПАО «ПРОМСВЯЗЬБАНК»', '046902728'),
}

PROVIDERS = [
    # code, name, bank, operation code printed on the bill
    ('tes', 'ПАО «Томскэнергосбыт»', 'sber', '800'),
    ('trts', 'АО «ТомскРТС»', 'gpb', '703'),
    ('ztk', 'ООО «ЗТК»', 'sber', '878'),
    ('vvk', 'ООО «ВВК»', 'psb', '879'),
    ('vk', 'ООО «ВК»', 'psb', '880'),
    ('okt', 'МУП ЖКХ «Октябрьское»', 'sber', '887'),
    ('ks', 'ООО «Комсервис+М»', 'gpb', '941'),
    ('ks-el', 'ООО «Комсервис+М» (Эл.Эн. содерж.)', 'gpb', '943'),
]

# Indexation steps applied to every tariff from its 2022-12 value (per mille), as the regulator
# did it: December 2022, July 2024, July 2025, January 2026 (VAT), October 2026.
INDEXATION = [('2024-07-01', 1098), ('2025-07-01', 1119), ('2026-01-01', 1017), ('2026-10-01', 1113)]

TARIFFS = [
    # code, name, unit, zone, value from 2022-12-01 (kopecks per unit)
    ('ztk-heat', 'Октябрьское с., Отопление (Клов), 0,028 Гкал. на м2 (Томский)', 'Гкал', None, 245578),
    ('okt-cold', 'Октябрьское с., Холодное водоснабжение', 'м³', None, 4312),
    ('okt-hot', 'Октябрьское с., Горячее водоснабжение', 'м³', None, 21985),
    ('okt-sewer', 'Октябрьское с., Водоотведение', 'м³', None, 3578),
    ('ks-maint', 'Октябрьское с., Содержание жилья', 'м²', None, 2410),
    ('ks-waste', 'Томский р-н, Обращение с ТКО (вывоз ТБО)', 'чел.', None, 13874),
    ('ks-repair', 'Октябрьское с., Текущий ремонт', 'м²', None, 650),
    ('ks-el-common', 'Томский р-н, Электроэнергия на содержание общего имущества', 'кВт·ч', None, 278),
    ('tes-city', 'г. Томск, население, одноставочный', 'кВт·ч', None, 486),
    ('tes-city-day', 'г. Томск, население, двухзонный, дневная зона', 'кВт·ч', 'T1', 557),
    ('tes-city-night', 'г. Томск, население, двухзонный, ночная зона', 'кВт·ч', 'T2', 308),
    ('tes-rural', 'Томский р-н, сельское население, одноставочный', 'кВт·ч', None, 340),
    ('trts-heat', 'г. Томск, Отопление, 0,0220 Гкал. на м2', 'Гкал', None, 220587),
    ('trts-hot', 'г. Томск, Горячее водоснабжение (закрытая система)', 'м³', None, 23841),
]

# The manual's tariff history of the heating (docs/manual.md §10), kept as the older part of the
# heating tariff's history.
ZTK_HEAT_EARLY = [('2016-10-01', 187621), ('2017-01-01', 187621), ('2017-07-01', 191187),
                  ('2018-01-01', 191187), ('2018-07-01', 194769), ('2019-07-01', 198064),
                  ('2020-07-01', 206382), ('2021-07-01', 214637), ('2022-07-01', 223223)]


def tariff_history(code, base):
    hist = [('2022-12-01', base)]
    v = base
    for start, per_mille in INDEXATION:
        v = round_div(v * per_mille, 1000)
        hist.append((start, v))
    if code == 'ztk-heat':
        hist = ZTK_HEAT_EARLY + hist
    return hist


def tariff_value(history, period):
    first = '%s-01' % pstr(period)
    value = None
    for start, v in history:
        if start <= first:
            value = v
    assert value is not None, (history, period)
    return value


# ---------------------------------------------------------------- the generator

class Generator:
    def __init__(self, now):
        self.rng = random.Random(SEED)
        self.now = now
        self.last = (now.year, now.month)
        self.periods = [month_add(self.last, -(MONTHS - 1 - i)) for i in range(MONTHS)]
        self.providers = []
        self.tariffs = []
        self.tariff_hist = {}
        self.tariff_zone = {}
        self.accounts = []
        self.contracts = []
        self.meters = []
        self.readings = []
        self.bills = {}       # (account, period) -> {provider code -> [line dicts]}
        self.payments = []
        self.pay_seq = 0
        self.provider_sub = {}  # (account, provider) -> sub-account

    # -- reference data
    def make_providers(self):
        for code, name, bank, opcode in PROVIDERS:
            bank_name, bic = BANKS[bank]
            self.providers.append({
                'code': code,
                'name': name,
                'inn': inn10(self.rng),
                'kpp': '701701001',
                'bankName': bank_name,
                'bic': bic,
                'settlementAccount': settlement_account(self.rng, bic),
                'correspondentAccount': correspondent_account(bic),
                'operationCode': opcode,
            })

    def make_tariffs(self):
        for code, name, unit, zone, base in TARIFFS:
            hist = tariff_history(code, base)
            self.tariff_hist[code] = hist
            self.tariff_zone[code] = zone
            t = {'code': code, 'name': name, 'unit': unit}
            if zone:
                t['zone'] = zone
            t['history'] = [{'from': s, 'value': v, 'period': 'month'} for s, v in reversed(hist)]
            self.tariffs.append(t)

    def account(self, number, kind, address, owner, total, living, residents):
        a = {
            'number': number, 'kind': kind, 'address': address, 'owner': owner,
            'totalArea': total, 'livingArea': living, 'residents': residents,
            'linkCode': '%06d' % self.rng.randrange(100000, 1000000),
        }
        self.accounts.append(a)
        return a

    def contract(self, account, provider, sub, service, kind, tariffs):
        code = '%s-%s' % (sub, kind)
        self.contracts.append({
            'code': code, 'account': account, 'provider': provider, 'subAccount': sub,
            'service': service, 'serviceKind': kind, 'tariffs': tariffs,
        })
        self.provider_sub[(account, provider)] = sub
        return code

    def meter(self, mid, number, contract, unit, zones, capacity, verified, automatic, installed):
        self.meters.append({
            'id': mid, 'number': number, 'contract': contract, 'unit': unit, 'zones': zones,
            'capacity': {'integer': capacity[0], 'fraction': capacity[1]},
            'verifiedUntil': verified, 'automatic': automatic, 'installedAt': installed,
        })

    def reading(self, meter, zone, date, period, units, scale, source):
        self.readings.append({'meter': meter, 'zone': zone, 'date': date, 'period': pstr(period),
                              'value': dec_str(units, scale), 'source': source})

    # -- simulation of one metered zone: readings and consumption per period
    def meter_series(self, meter, zone, start_units, scale, low, high, periods, source='customer',
                     stop_after=None, day_range=(15, 25)):
        """Returns {period: consumption units or None (no reading: billed by average)}."""
        value = start_units
        before = month_add(periods[0], -1)
        self.reading(meter, zone, date_in(before, 20), before, value, scale, source)
        out = {}
        history = []
        for p in periods:
            use = self.rng.randrange(low, high + 1)
            day = self.rng.randrange(day_range[0], day_range[1] + 1)
            stopped = stop_after is not None and p > stop_after
            in_future = p == self.last and day > self.now.day
            if stopped or in_future:
                out[p] = None
                continue
            value += use
            history.append(use)
            out[p] = use
            self.reading(meter, zone, date_in(p, day), p, value, scale, source)
        return out

    def average(self, series, period):
        past = [series[p] for p in sorted(series) if p < period and series[p] is not None][-3:]
        return round_div(sum(past), len(past)) if past else 0

    # -- a bill line; the money flow is filled in later by settle()
    def line(self, account, period, provider, contract, charged, **extra):
        line = {'contract': contract}
        line.update(extra)
        line['charged'] = charged
        self.bills.setdefault((account, period), {}).setdefault(provider, []).append(line)
        return line

    def metered_line(self, account, period, provider, contract, tariff, units, scale, zone=None, unit='м³'):
        q = dec_str(units, scale)
        value = tariff_value(self.tariff_hist[tariff], period)
        extra = {}
        if zone:
            extra['zone'] = zone
        extra.update({'unit': unit, 'quantity': q, 'tariff': value})
        return self.line(account, period, provider, contract, charge(value, q), **extra)

    def norm_line(self, account, period, provider, contract, tariff, quantity, factor, unit):
        value = tariff_value(self.tariff_hist[tariff], period)
        return self.line(account, period, provider, contract, charge(value, quantity, factor), unit=unit,
                         quantity=quantity, factor=factor, tariff=value, pricePerUnit=charge(value, quantity))

    def pay(self, account, provider, period, day, amount, status='credited'):
        self.pay_seq += 1
        p = {'id': 'DEMO-%s-%05d' % (pstr(period).replace('-', ''), self.pay_seq), 'date': date_in(period, day),
             'account': account, 'provider': provider, 'subAccount': self.provider_sub[(account, provider)],
             'amount': amount, 'status': status}
        if status == 'credited':
            p['period'] = pstr(period)
        self.payments.append(p)
        return p

    def settle(self, account, provider, opening, policy, penalty_rate=None):
        """Runs the money flow of one provider's lines over all periods.

        opening: {contract/zone key: (debt, penalties)} at the start of the history.
        policy(period, debt_start_total, charged_prev_total) -> list of (day, amount, status).
        penalty_rate: per mille per month on overdue debt (debt at start beyond last month's charge).
        """
        state = {}
        charged_prev = {}
        for p in self.periods:
            lines = self.bills.get((account, p), {}).get(provider, [])
            if not lines:
                continue
            keys = [(l['contract'], l.get('zone', '')) for l in lines]
            for k in keys:
                if k not in state:
                    state[k] = list(opening.get(k, (0, 0)))
            debt_start_total = sum(state[k][0] for k in keys)
            plan = policy(p, debt_start_total, sum(charged_prev.get(k, 0) for k in keys))
            credited = 0
            for day, amount, status in plan:
                self.pay(account, provider, p, day, amount, status)
                if status == 'credited':
                    credited += amount
            # Allocate the credited sum to lines in order, up to each line's positive debt; the
            # rest (an overpayment) goes to the first line.
            remaining = credited
            alloc = []
            for k in keys:
                part = min(remaining, max(0, state[k][0]))
                alloc.append(part)
                remaining -= part
            alloc[0] += remaining
            for k, line, paid in zip(keys, lines, alloc):
                debt, pen = state[k]
                social = line.pop('_social', 0)
                adj = line.pop('_adj', 0)
                charged = line['charged']
                end = debt - paid + charged + social + adj
                if penalty_rate:
                    overdue = debt - charged_prev.get(k, 0)
                    if overdue > 0:
                        pen += round_div(overdue * penalty_rate, 1000)
                ordered = {kk: vv for kk, vv in line.items() if kk != 'charged'}
                line.clear()
                line.update(ordered)
                line.update({'debtStart': debt, 'paid': paid, 'charged': charged, 'socialSupport': social,
                             'adjustments': adj, 'debtEnd': end, 'penalties': pen, 'totalToPay': end + pen})
                state[k] = [end, pen]
                charged_prev[k] = charged

    # ------------------------------------------------------------ account 1: the manual's ЕПД (docs/domain.md §8)
    def epd_oktyabrskoye(self):
        num = '100103492'
        self.account(num, 'epd', {
            'postalCode': '634583', 'region': 'Томская обл.', 'district': 'Томский р-н',
            'locality': 'Октябрьское с.', 'street': 'Ласточкина ул.', 'house': '13', 'flat': '11',
            'display': 'Ласточкина ул., д.13, кв.11',
            'full': '634583, Томская обл., Томский р-н, Октябрьское с., Ласточкина ул., д.13, кв.11',
        }, 'Иванова Мария Петровна', '60.6', '60.6', 1)
        heat = self.contract(num, 'ztk', '878100103492', 'Отопление (Клов)', 'heating', ['ztk-heat'])
        vvk = self.contract(num, 'vvk', '879100103492', 'Водоснабжение (до 01.01.2019)', 'other', [])
        vk = self.contract(num, 'vk', '880100103492', 'Пени ВК', 'penalties', [])
        cold = self.contract(num, 'okt', '887100103492', 'Холодная вода', 'cold_water', ['okt-cold'])
        hot = self.contract(num, 'okt', '887100103492', 'Горячая вода', 'hot_water', ['okt-hot'])
        sewer = self.contract(num, 'okt', '887100103492', 'Водоотведение', 'wastewater', ['okt-sewer'])
        maint = self.contract(num, 'ks', '941100103492', 'Содержание жилья', 'maintenance', ['ks-maint'])
        waste = self.contract(num, 'ks', '941100103492', 'Вывоз ТБО', 'waste_removal', ['ks-waste'])
        repair = self.contract(num, 'ks', '941100103492', 'Текущий ремонт', 'repairs', ['ks-repair'])
        common = self.contract(num, 'ks-el', '943100103492', 'Эл.Эн. содерж. общего имущества',
                               'common_electricity', ['ks-el-common'])

        # Two hot and two cold meters, 6.3 digits, as in the manual (docs/manual.md §8, §10).
        self.meter('okt-517480', '517480', hot, 'м³', ['T1'], (6, 3), '2030-03-15', False, '2018-03-15')
        self.meter('okt-521362', '521362', hot, 'м³', ['T1'], (6, 3), '2030-03-15', False, '2018-03-15')
        self.meter('okt-927210', '927210', cold, 'м³', ['T1'], (6, 3), '2029-07-05', False, '2017-07-05')
        self.meter('okt-927213', '927213', cold, 'м³', ['T1'], (6, 3), '2029-07-05', False, '2017-07-05')
        h1 = self.meter_series('okt-517480', 'T1', 174000, 3, 600, 1600, self.periods)
        h2 = self.meter_series('okt-521362', 'T1', 118000, 3, 300, 1000, self.periods)
        c1 = self.meter_series('okt-927210', 'T1', 221000, 3, 1000, 2800, self.periods)
        c2 = self.meter_series('okt-927213', 'T1', 369000, 3, 500, 1800, self.periods)

        def used(series, p):
            return series[p] if series[p] is not None else self.average(series, p)

        recalc_period = self.periods[15]
        for p in self.periods:
            self.norm_line(num, p, 'ztk', heat, 'ztk-heat', '0.0280', '60.6', 'Гкал/м²')
            self.line(num, p, 'vvk', vvk, 0)
            self.line(num, p, 'vk', vk, 0)
            cw = used(c1, p) + used(c2, p)
            hw = used(h1, p) + used(h2, p)
            c = self.metered_line(num, p, 'okt', cold, 'okt-cold', cw, 3)
            if p == recalc_period:
                c['_adj'] = -41258  # a recalculation after a meter check (перерасчёт)
            self.metered_line(num, p, 'okt', hot, 'okt-hot', hw, 3)
            self.metered_line(num, p, 'okt', sewer, 'okt-sewer', cw + hw, 3)
            self.metered_line(num, p, 'ks', maint, 'ks-maint', 606, 1, unit='м²')
            self.metered_line(num, p, 'ks', waste, 'ks-waste', 1, 0, unit='чел.')
            self.metered_line(num, p, 'ks', repair, 'ks-repair', 606, 1, unit='м²')
            self.metered_line(num, p, 'ks-el', common, 'ks-el-common', 1642 + self.rng.randrange(-150, 151), 2,
                              unit='кВт·ч')

        rng = self.rng
        now = self.now
        last = self.last

        def day(p, lo, hi):
            d = rng.randrange(lo, hi + 1)
            return d if p != last else max(1, min(d, now.day - 1))

        def ztk_policy(p, debt, prev):
            # Pays 15 000 now and then, plus the odd 1,00 (as in the manual's «Оплаты», docs/manual.md §9.3).
            out = []
            if rng.random() < 0.3:
                out.append((day(p, 3, 24), 1500000, 'credited'))
            if rng.random() < 0.15:
                for _ in range(rng.randrange(1, 3)):
                    out.append((day(p, 1, 25), 100, 'credited'))
            return out

        def okt_policy(p, debt, prev):
            # A long-standing debtor: 4,00 most months, a few thousand twice a year.
            out = []
            if rng.random() < 0.6:
                out.append((day(p, 1, 25), 400, 'credited'))
            if p[1] in (4, 10):
                out.append((day(p, 5, 20), 500000 + 10000 * rng.randrange(0, 30), 'credited'))
            return out

        def full_policy(p, debt, prev):
            if debt <= 0:
                return []
            if p == last:
                # This month's payment is still on its way from the bank.
                return [(max(1, now.day - 1), debt, 'processing')]
            return [(day(p, 5, 20), debt, 'credited')]

        self.settle(num, 'ztk', {(heat, ''): (3780672, 0)}, ztk_policy, penalty_rate=3)
        self.settle(num, 'vvk', {(vvk, ''): (-238, 0)}, lambda p, d, c: [])
        self.settle(num, 'vk', {(vk, ''): (-213, 0)}, lambda p, d, c: [])
        self.settle(num, 'okt', {(cold, ''): (1281455, 120417), (hot, ''): (2907133, 288046),
                                 (sewer, ''): (932659, 71190)}, okt_policy, penalty_rate=3)
        self.settle(num, 'ks', {}, full_policy)
        self.settle(num, 'ks-el', {}, full_policy)

    # ------------------------------------------------------------ account 2: electricity, two zones
    def electricity_two_zone(self):
        num = '7012045318'
        self.account(num, 'electricity', {
            'postalCode': '634034', 'region': 'Томская обл.', 'locality': 'г. Томск',
            'street': 'Красноармейская ул.', 'house': '114', 'flat': '47',
            'display': 'Красноармейская ул., д.114, кв.47',
            'full': '634034, Томская обл., г. Томск, Красноармейская ул., д.114, кв.47',
        }, 'Иванова Мария Петровна', '54.3', '32.1', 2)
        el = self.contract(num, 'tes', num, 'Электроэнергия', 'electricity', ['tes-city-day', 'tes-city-night'])
        self.meter('tes-39418726', '39418726', el, 'кВт·ч', ['T1', 'T2'], (6, 2), '2031-04-30', False, '2015-04-30')
        day_s = self.meter_series('tes-39418726', 'T1', 1873412, 2, 14000, 26000, self.periods)
        night_s = self.meter_series('tes-39418726', 'T2', 942187, 2, 7000, 14000, self.periods)
        for p in self.periods:
            for zone, series, tariff in (('T1', day_s, 'tes-city-day'), ('T2', night_s, 'tes-city-night')):
                units = series[p] if series[p] is not None else self.average(series, p)
                self.metered_line(num, p, 'tes', el, tariff, units, 2, zone=zone, unit='кВт·ч')
        rng, now, last = self.rng, self.now, self.last

        def policy(p, debt, prev):
            if debt <= 0:
                return []
            if p == last:
                return [(max(1, now.day - 2), debt, 'processing')]
            # Pays the bill in full, in one or two goes.
            d = rng.randrange(3, 15)
            if rng.random() < 0.25:
                first = round_div(debt, 2)
                return [(d, first, 'credited'), (d + 7, debt - first, 'credited')]
            return [(d, debt, 'credited')]

        self.settle(num, 'tes', {(el, 'T1'): (98745, 0), (el, 'T2'): (28812, 0)}, policy)

    # ------------------------------------------------------------ account 3: expired verification
    def electricity_expired_meter(self):
        num = '7012077104'
        self.account(num, 'electricity', {
            'postalCode': '634507', 'region': 'Томская обл.', 'district': 'Томский р-н',
            'locality': 'Зональная Станция п.', 'street': 'Солнечная ул.', 'house': '8', 'flat': '3',
            'display': 'Солнечная ул., д.8, кв.3',
            'full': '634507, Томская обл., Томский р-н, Зональная Станция п., Солнечная ул., д.8, кв.3',
        }, 'Иванов Пётр Сергеевич', '41.2', '27.5', 2)
        el = self.contract(num, 'tes', num, 'Электроэнергия', 'electricity', ['tes-rural'])
        expiry = '2025-08-31'
        self.meter('tes-20517734', '20517734', el, 'кВт·ч', ['T1'], (5, 1), expiry, False, '2009-08-31')
        stop = (2025, 8)
        series = self.meter_series('tes-20517734', 'T1', 416270, 1, 1500, 2600, self.periods, stop_after=stop)
        for p in self.periods:
            if p > stop:
                # Verification expired: billed by the norm, 150 кВт·ч per resident.
                line = self.norm_line(num, p, 'tes', el, 'tes-rural', '150', '2', 'кВт·ч/чел.')
            else:
                units = series[p] if series[p] is not None else self.average(series, p)
                line = self.metered_line(num, p, 'tes', el, 'tes-rural', units, 1, unit='кВт·ч')
            # A disabled resident: half the charge is paid by the state (меры социальной поддержки).
            line['_social'] = -round_div(line['charged'], 2)
            if p == (2025, 9):
                line['_adj'] = 12744  # last readings were below the real consumption (доначислено)
        rng, last = self.rng, self.last

        def policy(p, debt, prev):
            if debt <= 0 or p == last:
                return []
            return [(rng.randrange(10, 26), debt, 'credited')]

        self.settle(num, 'tes', {}, policy)

    # ------------------------------------------------------------ accounts 4: linked to nobody
    def unlinked_epd(self):
        num = '100207815'
        self.account(num, 'epd', {
            'postalCode': '634021', 'region': 'Томская обл.', 'locality': 'г. Томск',
            'street': 'Иркутский тракт', 'house': '69', 'flat': '25',
            'display': 'Иркутский тракт, д.69, кв.25',
            'full': '634021, Томская обл., г. Томск, Иркутский тракт, д.69, кв.25',
        }, 'Кузнецов Алексей Викторович', '44.8', '29.6', 3)
        heat = self.contract(num, 'trts', '703207815001', 'Отопление', 'heating', ['trts-heat'])
        hot = self.contract(num, 'trts', '703207815001', 'Горячая вода', 'hot_water', ['trts-hot'])
        el = self.contract(num, 'tes', '800207815001', 'Электроэнергия', 'electricity', ['tes-city'])
        self.meter('trts-1187344', '1187344', hot, 'м³', ['T1'], (5, 3), '2028-10-01', False, '2022-10-01')
        self.meter('tes-0112837465', '0112837465', el, 'кВт·ч', ['T1'], (6, 2), '2034-02-28', True, '2018-02-28')
        hw = self.meter_series('trts-1187344', 'T1', 52000, 3, 2500, 5200, self.periods)
        kwh = self.meter_series('tes-0112837465', 'T1', 2271930, 2, 16000, 30000, self.periods, source='automatic',
                                day_range=(1, 1))
        for p in self.periods:
            if p[1] in (6, 7, 8):
                self.line(num, p, 'trts', heat, 0, unit='Гкал/м²', quantity='0.0000', factor='44.8',
                          tariff=tariff_value(self.tariff_hist['trts-heat'], p), pricePerUnit=0)
            else:
                self.norm_line(num, p, 'trts', heat, 'trts-heat', '0.0220', '44.8', 'Гкал/м²')
            self.metered_line(num, p, 'trts', hot, 'trts-hot', hw[p] if hw[p] is not None else self.average(hw, p), 3)
            self.metered_line(num, p, 'tes', el, 'tes-city', kwh[p] if kwh[p] is not None else self.average(kwh, p), 2,
                              unit='кВт·ч')
        rng, last = self.rng, self.last

        def policy(p, debt, prev):
            if debt <= 0 or p == last or rng.random() < 0.1:
                return []
            return [(rng.randrange(8, 24), debt, 'credited')]

        self.settle(num, 'trts', {}, policy, penalty_rate=5)
        self.settle(num, 'tes', {}, policy, penalty_rate=5)

    def unlinked_electricity(self):
        num = '7012099921'
        self.account(num, 'electricity', {
            'postalCode': '634009', 'region': 'Томская обл.', 'locality': 'г. Томск',
            'street': 'Больничный пер.', 'house': '4', 'flat': '1',
            'display': 'Больничный пер., д.4, кв.1',
            'full': '634009, Томская обл., г. Томск, Больничный пер., д.4, кв.1',
        }, 'Соколова Елена Андреевна', '38.0', '18.4', 1)
        el = self.contract(num, 'tes', num, 'Электроэнергия', 'electricity', ['tes-city'])
        self.meter('tes-47110258', '47110258', el, 'кВт·ч', ['T1'], (6, 1), '2032-09-30', False, '2016-09-30')
        s = self.meter_series('tes-47110258', 'T1', 231148, 1, 900, 1900, self.periods)
        for p in self.periods:
            self.metered_line(num, p, 'tes', el, 'tes-city', s[p] if s[p] is not None else self.average(s, p), 1,
                              unit='кВт·ч')
        rng, last = self.rng, self.last

        def policy(p, debt, prev):
            if debt <= 0 or p == last:
                return []
            return [(rng.randrange(5, 28), debt, 'credited')]

        self.settle(num, 'tes', {(el, ''): (31217, 0)}, policy)

    # ------------------------------------------------------------ assembly
    def bills_json(self):
        names = {p['code']: p for p in self.providers}
        out = []
        for account in [a['number'] for a in self.accounts]:
            for p in self.periods:
                per_provider = self.bills.get((account, p))
                if not per_provider:
                    continue
                blocks = []
                for prov in [x[0] for x in PROVIDERS]:
                    lines = per_provider.get(prov)
                    if not lines:
                        continue
                    assert prov in names
                    block = {'provider': prov, 'subAccount': self.provider_sub[(account, prov)]}
                    for f in ('debtStart', 'paid', 'charged', 'socialSupport', 'adjustments', 'debtEnd',
                              'penalties', 'totalToPay'):
                        block[f] = sum(l[f] for l in lines)
                    block['services'] = lines
                    blocks.append(block)
                out.append({'account': account, 'period': pstr(p),
                            'totalToPay': sum(b['totalToPay'] for b in blocks),
                            'penalties': sum(b['penalties'] for b in blocks),
                            'providers': blocks})
        return out

    def build(self):
        self.make_providers()
        self.make_tariffs()
        self.epd_oktyabrskoye()
        self.electricity_two_zone()
        self.electricity_expired_meter()
        self.unlinked_epd()
        self.unlinked_electricity()
        # The importer reads readings in runs per meter and zone in date order, and bills in runs
        # per account in period order (docs/billing-import.md §3.6, §3.7; bills_json keeps those).
        self.readings.sort(key=lambda r: (r['meter'], r['zone'], r['date']))
        self.payments.sort(key=lambda x: (x['account'], x['date'], x['id']))
        return {
            'format': 'lkk-billing',
            'version': 1,
            'generatedAt': '%sT03:00:00+07:00' % self.now.isoformat(),
            'periodUpTo': pstr(self.last),
            'source': 'LKK Desktop demo data (resources/demo/generate_demo_billing.py, seed %d)' % SEED,
            'providers': self.providers,
            'tariffs': self.tariffs,
            'accounts': self.accounts,
            'contracts': self.contracts,
            'meters': self.meters,
            'readings': self.readings,
            'bills': self.bills_json(),
            'payments': self.payments,
        }


def parse_now(text):
    if text is None:
        return dt.date.today()
    if len(text) == 7:
        y, m = map(int, text.split('-'))
        return dt.date(y, m, 26)
    return dt.date.fromisoformat(text)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--now', help='the current date, YYYY-MM-DD or YYYY-MM (default: today)')
    ap.add_argument('--output', default=str(Path(__file__).with_name('billing.json')))
    args = ap.parse_args(argv)
    data = Generator(parse_now(args.now)).build()
    text = json.dumps(data, ensure_ascii=False, indent=1) + '\n'
    Path(args.output).write_text(text, encoding='utf-8')
    print('%s: %d accounts, %d bills, %d readings, %d payments' % (
        args.output, len(data['accounts']), len(data['bills']), len(data['readings']), len(data['payments'])))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
