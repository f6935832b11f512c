#!/usr/bin/env python3
"""docs/faq-import.schema.json accepts the demo file and the documented example and refuses
typical mistakes. Exit 77 (ctest: skipped) when python3-jsonschema is not installed, unless
LKK_TEST_REQUIRE_TOOLS is set: then a missing library fails."""
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
schema = json.loads((root / 'docs/faq-import.schema.json').read_text(encoding='utf-8'))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

demo = json.loads((root / 'resources/demo/faq.json').read_text(encoding='utf-8'))
doc = (root / 'docs/faq-import.md').read_text(encoding='utf-8')
example = json.loads(re.search(r'## An example.*?```json\n(.*?)```', doc, re.S).group(1))
failures = []
for name, data in (('demo', demo), ('example', example)):
    errors = list(validator.iter_errors(data))
    if errors:
        failures.append('%s: %s at %s' % (name, errors[0].message, list(errors[0].absolute_path)))


def mutated(change):
    d = copy.deepcopy(demo)
    change(d)
    return d


def question(d, company=0, index=0):
    return d['companies'][company]['questions'][index]


bad = {
    'format': lambda d: d.__setitem__('format', 'lkk-billing'),
    'version 2': lambda d: d.__setitem__('version', 2),
    'unknown field': lambda d: d['companies'][0].__setitem__('colour', 'red'),
    'no companies': lambda d: d.__setitem__('companies', []),
    'upper-case code': lambda d: d['companies'][0].__setitem__('code', 'TES'),
    'missing answer': lambda d: question(d).pop('answer'),
    'answer without Russian': lambda d: question(d)['answer'].pop('ru'),
    'line break in a question': lambda d: question(d)['question'].__setitem__('ru', 'Две\nстроки?'),
    'control character': lambda d: question(d)['answer'].__setitem__('ru', 'a\u0007b'),
    'answer too long': lambda d: question(d)['answer'].__setitem__('ru', 'x' * 8001),
    'empty question': lambda d: question(d)['question'].__setitem__('ru', ''),
    'number for a name': lambda d: d['companies'][0]['name'].__setitem__('ru', 5),
}
for name, change in bad.items():
    if validator.is_valid(mutated(change)):
        failures.append('the schema accepts: ' + name)

if failures:
    print('\n'.join(failures))
    sys.exit(1)
print('schema: demo and example valid, %d bad variants refused' % len(bad))
