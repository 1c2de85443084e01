"""Write ``data/lookups/question_months.yaml``: the months' names in the other languages the reading of questions typed
in words reads States' names in (``iccwatch.service.question``: 'le 3 septembre 2024', '3 de septiembre de 2024', 'am 3.
März 2024', '3 września 2024' are read as the English date beside them).

Source: the Unicode CLDR's month names, as Babel ships them offline (``babel.Locale.months``; Babel is needed only to run
this script: ``pip install -e ".[lookups]"``): for each language, the full ("wide") names in their format and stand-alone
forms (Polish writes '3 września' but 'wrzesień' alone), in the language's own locale and in each of its regional locales
Babel has (the Spanish of Peru and Uruguay writes 'setiembre', the German of Austria 'Jänner'), lower-cased, and each
also written without its accents ('fevrier', 'marz'), as questions are often typed. A name that is also the English
name of a month is left out (the reading reads English months itself: German 'April'); a name two months would share
would be left out too (none does).

The languages are those of ``scripts/make_question_state_names.py`` (CLDR_LANGUAGES), read from it: a question that names
a State in one of them may date itself in it. Running the script again with the same Babel writes the same file.

Usage: python scripts/make_question_months.py DATA_DIR
"""

from __future__ import annotations

import importlib.util
import sys
import unicodedata
from importlib.metadata import version
from pathlib import Path

import babel
import babel.core
import babel.localedata
import yaml

HERE = Path(__file__).resolve().parent


def _languages() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location("make_question_state_names", HERE / "make_question_state_names.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.CLDR_LANGUAGES)


def unaccented(word: str) -> str:
    """The word without its combining accents ('février' -> 'fevrier'; 'ł', a letter of its own, stays)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))


def _locales(lang: str) -> list[str]:
    """The language's own locale and its regional ones ('es', 'es_PE', ...), not those of another script."""
    return [lang] + sorted(i for i in babel.localedata.locale_identifiers()
                           if i.startswith(lang + "_") and len(i.split("_")) == 2 and i.split("_")[1].isupper())


def month_names(lang: str, english: list[str]) -> dict[str, list[str]]:
    """The English name of each month -> the language's names of it, lower-cased, with their unaccented forms, English
    names left out."""
    forms: dict[int, set[str]] = {m: set() for m in range(1, 13)}
    for ident in _locales(lang):
        months = babel.Locale.parse(ident).months
        for context in ("format", "stand-alone"):
            for m, name in (months.get(context, {}).get("wide") or {}).items():
                word = str(name).casefold().strip()
                if word:
                    forms[int(m)] |= {word, unaccented(word)}
    owner: dict[str, set[int]] = {}
    for m, words in forms.items():
        for w in words:
            owner.setdefault(w, set()).add(m)
    left_out = {e.casefold() for e in english}
    return {english[m - 1]: sorted(w for w in words if w not in left_out and len(owner[w]) == 1) for m, words in forms.items()}


def main(data_dir: Path) -> None:
    languages = _languages()
    wide = babel.Locale.parse("en").months["format"]["wide"]
    english = [str(wide[m]) for m in range(1, 13)]
    table = {lang: {"name": languages[lang], "months": month_names(lang, english)} for lang in sorted(languages)}
    doc = {
        "about": "The months' names in the other languages whose States' names the reading of questions typed in words "
                 f"reads ({', '.join(languages[k] for k in sorted(languages))}), each read as the English month where a day "
                 "or a year is written beside it ('le 3 septembre 2024', '3 de septiembre de 2024', '3 września 2024'). "
                 "Written by scripts/make_question_months.py from the CLDR's full month names (format and stand-alone, in "
                 "each language's locales), lower-cased, each also without its accents; a name that is also an English "
                 "month's is left out (read as English). Each month is keyed by its English name.",
        "sources": [{"url": "https://cldr.unicode.org/", "publisher": "Unicode Consortium (Common Locale Data Repository)",
                     "kind": "secondary",
                     "note": f"month names (wide; format and stand-alone) in {', '.join(languages[k] for k in sorted(languages))}, "
                             f"as shipped by Babel {version('babel')} (CLDR {babel.core.get_cldr_version()})"}],
        "languages": table,
    }
    (data_dir / "lookups" / "question_months.yaml").write_text(
        yaml.safe_dump(doc, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8")


if __name__ == "__main__":
    main(Path(sys.argv[1]))
