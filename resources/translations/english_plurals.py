#!/usr/bin/env python3
"""Fills the English plural forms in connectlab_en.ts after `cmake --build build --target update_translations`.

Connect Lab's sources write counted words as "%n error(s)"; English needs "1 error" and "2 errors". For every
numerus message this writes the singular (without "(s)") and the plural ("(s)" -> "s"); messages without "(s)"
get their source text twice. Other messages stay unfinished, so they show as written in the source.
tests/core/tst_translations fails when a plural message is left unfilled.
"""
import html
import pathlib
import re

path = pathlib.Path(__file__).with_name("connectlab_en.ts")
text = path.read_text(encoding="utf-8")


def fill(match):
    source = html.unescape(match.group(2))
    singular = source.replace("(s)", "")
    plural = source.replace("(s)", "s")
    forms = "".join(f"\n            <numerusform>{html.escape(f, quote=False)}</numerusform>" for f in (singular, plural))
    return f'{match.group(1)}<translation>{forms}\n        </translation>'


pattern = re.compile(r'(<message numerus="yes">\s*<source>(.*?)</source>\s*)<translation[^>]*>.*?</translation>', re.S)
text = pattern.sub(fill, text)
path.write_text(text, encoding="utf-8")
