#!/usr/bin/env python3
"""docs/billing-import.schema.json accepts the demo file and the documented example and refuses
typical mistakes. Exit 77 (ctest: skipped) when python3-jsonschema is not installed, unless
LKK_TEST_REQUIRE_TOOLS is set (the README's test command): then a missing library fails."""
import copy
import json
import os
import re
import sys
from pathlib import Path

try:
    import jsonschema
except ImportError:
    if os.environ.get('LKK_TEST_REQUIRE_TOOLS'):
        print('LKK_TEST_REQUIRE_TOOLS is set but python3-jsonschema is not installed')
        sys.exit(1)
    print('python3-jsonschema is not installed: skipped')
    sys.exit(77)

root = Path(sys.argv[1])
schema = json.loads((root / 'docs/billing-import.schema.json').read_text(encoding='utf-8'))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

demo = json.loads((root / 'resources/demo/billing.json').read_text(encoding='utf-8'))
doc = (root / 'docs/billing-import.md').read_text(encoding='utf-8')
example = json.loads(re.search(r'## 7\. An example.*?```json\n(.*?)```', doc, re.S).group(1))
failures = []
for name, data in (('demo', demo), ('example', example)):
    errors = list(validator.iter_errors(data))
    if errors:
        failures.append('%s: %s at %s' % (name, errors[0].message, list(errors[0].absolute_path)))


def mutated(change):
    d = copy.deepcopy(demo)
    change(d)
    return d


bad = {
    'money as a float': lambda d: d['bills'][0]['providers'][0].__setitem__('paid', 1.5),
    'quantity as a number': lambda d: d['bills'][0]['providers'][0]['services'][0].__setitem__('quantity', 0.028),
    'unknown field': lambda d: d['accounts'][0].__setitem__('colour', 'red'),
    'missing owner': lambda d: d['accounts'][0].pop('owner'),
    'bad kind': lambda d: d['accounts'][0].__setitem__('kind', 'gas'),
    'short INN': lambda d: d['providers'][0].__setitem__('inn', '123'),
    'processing with a period': lambda d: next(p for p in d['payments'] if p['status'] == 'processing')
                                          .__setitem__('period', '2026-11'),
    'credited without a period': lambda d: d['payments'][0].pop('period'),
    'zones out of order': lambda d: d['meters'][0].__setitem__('zones', ['T2']),
    'version 2': lambda d: d.__setitem__('version', 2),
}
for name, change in bad.items():
    if validator.is_valid(mutated(change)):
        failures.append('the schema accepts: ' + name)

if failures:
    print('\n'.join(failures))
    sys.exit(1)
print('schema: demo and example valid, %d bad variants refused' % len(bad))
