#!/usr/bin/env python3
"""Fails when a translation file is not finished (docs/translations.md).

For every translations/leadloop_<lang>.ts: every message has a translation that is not marked
unfinished, vanished or obsolete; each translation keeps the source's placeholders (%1 ... %n);
a source with a keyboard mnemonic (&File) keeps one; plural messages have the language's number
of forms (Polish and Russian three, Dutch and Swedish two). Prints every problem with its file,
context and source, and exits 1 when there is any.

  tests/i18n/check_translations.py translations/leadloop_*.ts
"""
import re
import sys
import xml.etree.ElementTree as ET

PLURAL_FORMS = {"pl": 3, "ru": 3, "nl": 2, "sv": 2}
PLACEHOLDER = re.compile(r"%(?:n|L?\d+)")
MNEMONIC = re.compile(r"&(?!&)\w")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text or "")))


def check(path):
    problems = []
    root = ET.parse(path).getroot()
    lang = root.get("language", "")
    forms = PLURAL_FORMS.get(lang)
    if forms is None:
        return [f"{path}: unknown language '{lang}'"]
    messages = 0
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            messages += 1
            source = message.findtext("source") or ""
            where = f"{path}: {name}: {source!r}"
            translation = message.find("translation")
            if translation is None:
                problems.append(f"{where}: no translation")
                continue
            kind = translation.get("type")
            if kind in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where}: {kind}")
                continue
            if message.get("numerus") == "yes":
                texts = [f.text or "" for f in translation.findall("numerusform")]
                if len(texts) != forms:
                    problems.append(f"{where}: {len(texts)} plural forms, {lang} needs {forms}")
            else:
                texts = [translation.text or ""]
            for text in texts:
                if not text.strip() and source.strip():
                    problems.append(f"{where}: empty translation")
                elif placeholders(text) != placeholders(source):
                    problems.append(f"{where}: placeholders {placeholders(text)}, "
                                    f"source has {placeholders(source)}: {text!r}")
                elif MNEMONIC.search(source) and not MNEMONIC.search(text):
                    problems.append(f"{where}: the translation lost the mnemonic: {text!r}")
    if messages == 0:
        problems.append(f"{path}: no messages")
    return problems


def main(paths):
    if not paths:
        print(__doc__)
        return 2
    problems = [p for path in paths for p in check(path)]
    for p in problems:
        print(p)
    print(f"{len(paths)} files, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
