#!/usr/bin/env python3
"""Generates the two small files the demo appeals carry (docs/appeals.md, "Demo data").

    python3 resources/demo/generate_demo_appeal_files.py [--output-dir DIR]

appeal-meter.png   a 240x120 picture of an electricity meter's display reading 04521
appeal-answer.pdf  a one-page PDF, "Reconciliation statement" (Latin text: the standard Helvetica
                   font of PDF readers has no Cyrillic, and embedding a font would make it large)

Deterministic: only the standard library, no clock, the same bytes on every run.
"""
import argparse
import os
import struct
import zlib

WIDTH, HEIGHT = 240, 120

# Seven-segment digits: which of the segments a b c d e f g are lit.
SEGMENTS = {
    '0': 'abcdef', '1': 'bc', '2': 'abged', '3': 'abgcd', '4': 'fgbc',
    '5': 'afgcd', '6': 'afgedc', '7': 'abc', '8': 'abcdefg', '9': 'abcdfg',
}


def meter_png():
    background, body, glass, lit = (236, 239, 244), (60, 64, 72), (24, 40, 32), (120, 255, 160)
    pixels = [[background] * WIDTH for _ in range(HEIGHT)]

    def fill(x0, y0, x1, y1, colour):
        for y in range(max(0, y0), min(HEIGHT, y1)):
            for x in range(max(0, x0), min(WIDTH, x1)):
                pixels[y][x] = colour

    fill(10, 10, 230, 110, body)
    fill(22, 30, 218, 90, glass)
    digit_w, digit_h, stroke = 26, 44, 5
    for i, digit in enumerate('04521'):
        x, y = 34 + i * 36, 38
        lit_segments = SEGMENTS[digit]
        parts = {
            'a': (x, y, x + digit_w, y + stroke),
            'g': (x, y + digit_h // 2 - stroke // 2, x + digit_w, y + digit_h // 2 + stroke - stroke // 2),
            'd': (x, y + digit_h - stroke, x + digit_w, y + digit_h),
            'f': (x, y, x + stroke, y + digit_h // 2),
            'b': (x + digit_w - stroke, y, x + digit_w, y + digit_h // 2),
            'e': (x, y + digit_h // 2, x + stroke, y + digit_h),
            'c': (x + digit_w - stroke, y + digit_h // 2, x + digit_w, y + digit_h),
        }
        for name in lit_segments:
            fill(*parts[name], lit)
    raw = b''.join(b'\x00' + bytes(c for p in row for c in p) for row in pixels)

    def chunk(kind, data):
        return (struct.pack('>I', len(data)) + kind + data +
                struct.pack('>I', zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack('>IIBBBBB', WIDTH, HEIGHT, 8, 2, 0, 0, 0)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', header) + chunk(b'IDAT', zlib.compress(raw, 9)) +
            chunk(b'IEND', b''))


def answer_pdf():
    lines = [
        (20, 'Reconciliation statement'),
        (12, 'Account 100103492, provider MUP ZhKKh "Oktyabrskoye"'),
        (12, 'Cold water, November 2026: reading 04521 accepted on 25.11.2026.'),
        (12, 'Charges recalculated from the reading; the difference is credited'),
        (12, 'to the next bill. No further action is needed.'),
        (10, 'LKK Desktop demo data - fictitious document.'),
    ]
    text = ['BT']
    y = 780
    for size, line in lines:
        escaped = line.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
        text.append(f'/F1 {size} Tf 72 {y} Td ({escaped}) Tj -72 -{y} Td')
        y -= 30 if size > 12 else 20
    text.append('ET')
    stream = '\n'.join(text).encode('ascii')
    objects = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
        b'/Resources << /Font << /F1 5 0 R >> >> >>',
        b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'\nendstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ]
    out = b'%PDF-1.4\n'
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f'{number} 0 obj\n'.encode() + body + b'\nendobj\n'
    xref = len(out)
    out += f'xref\n0 {len(objects) + 1}\n0000000000 65535 f \n'.encode()
    for offset in offsets:
        out += f'{offset:010d} 00000 n \n'.encode()
    out += f'trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n'.encode()
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument('--output-dir', default=os.path.dirname(os.path.abspath(__file__)))
    args = parser.parse_args()
    for name, content in (('appeal-meter.png', meter_png()), ('appeal-answer.pdf', answer_pdf())):
        with open(os.path.join(args.output_dir, name), 'wb') as f:
            f.write(content)


if __name__ == '__main__':
    main()
