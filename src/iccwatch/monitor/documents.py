"""Documents to ingest, and reading them from text, HTML, PDF files, folders and RSS/Atom feeds."""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict

from iccwatch.errors import InputError
from iccwatch.model.common import PartialDate

SUFFIXES = {".txt": "text", ".md": "text", ".html": "html", ".htm": "html", ".pdf": "pdf", ".xml": "feed", ".rss": "feed", ".atom": "feed"}


class Document(BaseModel):
    """One document with its source: where it came from, who published it and when."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str
    url: str | None = None
    path: str | None = None
    title: str | None = None
    publisher: str | None = None
    date: PartialDate | None = None
    language: str | None = None
    text: str


class DocumentError(InputError):
    """A document could not be read; the message names it."""


#: Each language's function words and weekday names, lower case (``function_words_of``): what decides a short text's
#: language. A caller with a store passes its spec's (``Spec.function_words``, from the store's lookups); None is the data
#: folder's (``function_words``).
Words = Mapping[str, frozenset[str]]


def make_document(text: str, *, url: str | None = None, path: str | None = None, title: str | None = None,
                  publisher: str | None = None, date: str | None = None, language: str | None = None,
                  words: Words | None = None, detect: bool = True) -> Document:
    """A document of ``text``; its language, when not given, detected (``words``: see ``detect_language``; ``detect=False``:
    left None for the caller to detect once it has its store's words, as ``monitor ingest`` does: ``with_language``)."""
    text = text.strip()
    digest = hashlib.sha256((url or path or "").encode() + b"\0" + text.encode()).hexdigest()[:16]
    return Document(id=digest, url=url, path=path, title=title, publisher=publisher, date=date,
                    language=language or (detect_language(text, words) if detect else None), text=text)


def with_language(document: Document, words: Words | None) -> Document:
    """The document with its language detected with ``words`` when it has none (one made with ``detect=False``)."""
    if document.language:
        return document
    return document.model_copy(update={"language": detect_language(document.text, words)})


def headline(document: Document) -> str | None:
    """The document's title when it is a headline: not the file name it was given for want of one ("local.txt" read
    without front matter is titled "local", which is no headline), nor a slug ("putin-arrives-in-madrid")."""
    t = (document.title or "").strip()
    if not t:
        return None
    if document.path and t == Path(document.path).stem:
        return None
    if re.fullmatch(r"[\w.-]+", t) and re.search(r"[-_]", t):
        return None
    return t


#: A text of at most this many words is short: the detector's answer on it is checked against the languages' function words.
SHORT_TEXT_WORDS = 40
#: Below this probability the detector is unsure of its first answer, whatever the text's length.
SURE_DETECTION = 0.9


def detect_language(text: str, words: Words | None = None) -> str | None:
    """ISO 639-1 code of the text's language (langdetect, seeded for repeatable answers). When the text is short or the
    detector unsure of its first answer, the languages' function words decide if they clearly can (``function_words_language``;
    session 29: 'Vladimir Poutine se rendra en Mongolie mardi, a annoncé vendredi le Kremlin' was read as Italian, and an
    English sentence of fifteen words as Indonesian); a long text the detector is sure of keeps its answer. ``words``: the
    function words of the caller's store (``Spec.function_words``); None: the data folder's, read once (``function_words``)."""
    if not text.strip():
        return None
    try:
        from langdetect import DetectorFactory, detect_langs

        DetectorFactory.seed = 0
        found = detect_langs(text[:2000])
    except Exception:  # langdetect raises on text without features; the language stays unknown
        found = []
    first = found[0] if found else None
    table = function_words() if words is None else words
    if first is None or len(text.split()) <= SHORT_TEXT_WORDS or first.prob < SURE_DETECTION:
        guess = function_words_language(text, table)
        if guess is not None:
            return guess
    return first.lang if first is not None else None


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


def function_words_language(text: str, table: Words) -> str | None:
    """The language whose function words ``text`` holds most (``table``: each language's words, lower case), if it holds at
    least two and more than any other language's; None when no language clearly leads. A word several languages share
    counts for each of them (so it decides nothing)."""
    words = [w.lower() for w in WORD.findall(text[:2000])]
    counts = sorted(((sum(w in vocabulary for w in words), lang) for lang, vocabulary in table.items()), reverse=True)
    if not counts or counts[0][0] < 2 or (len(counts) > 1 and counts[1][0] >= counts[0][0]):
        return None
    return counts[0][1]


def function_words_of(table: Mapping[str, Any] | None) -> dict[str, frozenset[str]]:
    """Each language's function words and weekday names, lower case, from the monitor_words lookup table as the loader
    gives it, already checked (``function_words`` and each language's ``weekdays``); empty when the table gives none."""
    words = ((table or {}).get("function_words") or {}).get("words") or {}
    out = {lang: {w.lower() for w in ws} for lang, ws in words.items()}
    for lang, entry in ((table or {}).get("languages") or {}).items():
        days = ((entry or {}).get("weekdays") or {}).get("names") or {}
        if lang in out:
            out[lang] |= {w.lower() for names in days.values() for w in names}
    return {lang: frozenset(v) for lang, v in out.items()}


def function_words(data_dir: Path | None = None) -> dict[str, frozenset[str]]:
    """(session 41) The function words of a caller with no store (a bare ``make_document``): those of the data folder
    (``data_dir``; by default ICCWATCH_DATA's or the checkout's, the folder a store would be built from), its
    lookups/monitor_words.yaml read and checked by the loader (``dataset.loader.load_lookup``, the store's own reading), once
    per folder in a process. Empty when the file is absent; a malformed file is an error naming the file and the field."""
    import os

    # the folder named by its setting, not resolved per document (``default_data_dir`` looks for the checkout's files)
    return _function_words(str(data_dir) if data_dir is not None else os.environ.get("ICCWATCH_DATA") or "")


@functools.lru_cache(maxsize=4)
def _function_words(data_dir: str) -> dict[str, frozenset[str]]:
    from iccwatch.dataset.loader import load_lookup
    from iccwatch.settings import default_data_dir

    return function_words_of(load_lookup(Path(data_dir) if data_dir else default_data_dir(), "monitor_words"))


def html_to_text(html: str) -> tuple[str, str | None]:
    """Main text and title of an HTML page (scripts, styles, navigation and footers dropped)."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node is not None else None
    for sel in ("script", "style", "nav", "footer", "header", "aside", "form", "noscript"):
        for node in tree.css(sel):
            node.decompose()
    root = tree.css_first("article") or tree.css_first("main") or tree.body
    if root is None:
        return "", title
    blocks = [n.text(separator=" ", strip=True) for n in root.css("h1, h2, h3, p, li, blockquote")]
    text = "\n".join(b for b in blocks if b) or root.text(separator=" ", strip=True)
    return re.sub(r"[ \t]+", " ", text), title


def pdf_to_text(path: Path) -> str:
    from pypdf import PdfReader

    return "\n".join((page.extract_text() or "") for page in PdfReader(str(path)).pages)


#: Text files read by ``read_file_once`` in this process, by (path, bytes, modification time): reading one detects its
#: language, most of the cost of reading a half of the real-news set, and the evaluation, the filters' training and
#: their tests read the same files more than once (each half whole, then its first batch; the dev half's features
#: for each model fitted). The key holds everything ``read_path`` reads from the file (its text, and its modification
#: time, the date of a document whose front matter gives none), so a changed file is read again. Documents are
#: frozen, so the same object can be handed out twice.
_DOCUMENTS: dict[tuple[Any, ...], Document] = {}


def read_file_once(path: Path, words: Words | None = None) -> Document:
    """The one document of a text file, as ``read_path`` reads it, read once per content (and function words, which
    detect its language: ``words``, see ``detect_language``) in this process."""
    try:
        key = (str(path), path.read_bytes(), path.stat().st_mtime_ns, None if words is None else frozenset(words.items()))
    except OSError:
        (doc,) = read_path(path, words=words)  # read_path names the file in its error
        return doc
    cached = _DOCUMENTS.get(key)
    if cached is not None:
        return cached
    (doc,) = read_path(path, words=words)
    if len(_DOCUMENTS) >= 4096:
        _DOCUMENTS.clear()
    _DOCUMENTS[key] = doc
    return doc


def read_path(path: Path, *, publisher: str | None = None, date: str | None = None, words: Words | None = None,
              detect: bool = True) -> list[Document]:
    """Documents from a file or every readable file under a folder (``words``, ``detect``: see ``make_document``)."""
    if path.is_dir():
        docs: list[Document] = []
        for p in sorted(path.rglob("*")):
            if p.is_file() and p.suffix.lower() in SUFFIXES:
                docs += read_path(p, publisher=publisher, date=date, words=words, detect=detect)
        return docs
    if not path.exists():
        raise DocumentError(f"{path}: no such file or folder")
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise DocumentError(f"{path}: unsupported file type (use .txt, .md, .html, .pdf, or an RSS/Atom .xml)")
    title: str | None
    try:
        if kind == "feed":
            xml = _decoded(path.read_bytes(), path, _XML_ENCODING)
            _binary(xml, path)
            return read_feed(xml, source=str(path), words=words, detect=detect)
        if kind == "pdf":
            text, title = pdf_to_text(path), path.stem
        elif kind == "html":
            page = _decoded(path.read_bytes(), path, _HTML_CHARSET)
            _binary(page, path)
            text, title = html_to_text(page)
        else:
            raw = path.read_text(encoding="utf-8")
            _binary(raw, path)
            meta, text = split_front_matter(raw, str(path))
            if meta:
                if not text.replace("\ufeff", "").strip():
                    raise DocumentError(f"{path}: no text found after the front matter")
                # round twenty-five: an option the front matter contradicts was dropped without a word (the file's won)
                for key, given in (("date", date), ("publisher", publisher)):
                    if given is not None and meta.get(key) and str(meta[key]).strip() != given.strip():
                        raise DocumentError(f"{path}: its front matter's {key} {str(meta[key])[:80]!r} is not --{key} {given[:80]!r}: "
                                            f"the file tells one, the option another; correct one or leave the option out (not ingested)")
                return [make_document(text, url=meta.get("url"), path=str(path), title=meta.get("title") or path.stem,
                                      publisher=meta.get("publisher") or publisher, date=meta.get("date") or date or _mtime(path),
                                      language=meta.get("language"), words=words, detect=detect)]
            title = path.stem
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        if isinstance(exc, DocumentError):
            raise
        raise DocumentError(f"{path}: cannot read: {exc}") from None
    if not text.replace("\ufeff", "").strip():  # round twenty-three: a file of only a byte-order mark was queued as a document
        raise DocumentError(f"{path}: no text found")
    return [make_document(text, path=str(path), title=title, publisher=publisher, date=date or _mtime(path), words=words, detect=detect)]


#: Keys a text file's YAML front matter may carry: where the saved article came from and when.
FRONT_MATTER_KEYS = ("url", "date", "title", "publisher", "language")


def split_front_matter(raw: str, source: str) -> tuple[dict[str, str], str]:
    """A text's YAML header (between two ``---`` lines at its top) and the text after it.

    Returns ({}, raw) when there is no header. A header that is not a mapping, carries a key outside
    FRONT_MATTER_KEYS, or a date that is not ISO 8601 is an error naming the file and the field.
    """
    from iccwatch.dataset.yaml_io import load_yaml
    from iccwatch.model.dates import DateSpan

    body = raw.lstrip("\ufeff")
    if not body.startswith("---"):
        return {}, raw
    lines = body.split("\n")
    if lines[0].strip() != "---":
        return {}, raw
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        raise DocumentError(f"{source}: front matter opened with '---' but never closed")
    try:
        meta = load_yaml("\n".join(lines[1:end])) or {}
    except Exception as exc:  # the YAML parser's own message says where
        raise DocumentError(f"{source}: front matter is not valid YAML: {exc}") from None
    if not isinstance(meta, dict):
        raise DocumentError(f"{source}: front matter must be a mapping of {', '.join(FRONT_MATTER_KEYS)}")
    unknown = sorted(set(map(str, meta)) - set(FRONT_MATTER_KEYS))
    if unknown:
        raise DocumentError(f"{source}: front matter field {unknown[0]!r} is not one of {', '.join(FRONT_MATTER_KEYS)}")
    out: dict[str, str] = {}
    for k, v in meta.items():
        if v is None:
            continue
        if not isinstance(v, str):
            raise DocumentError(f"{source}: front matter field {k!r} must be quoted text (got {type(v).__name__}: {v!r})")
        out[k] = v.strip()
    if "date" in out:
        try:
            DateSpan.parse(out["date"])
        except ValueError as exc:
            raise DocumentError(f"{source}: front matter field 'date': {exc}") from None
    return out, "\n".join(lines[end + 1:])


def _mtime(path: Path) -> str:
    return dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC).date().isoformat()


#: A document type declaration whose internal subset declares an entity (general or parameter): no feed needs one.
#: Only there: an article's text may quote "<!ENTITY" in a CDATA section.
_DECLARES_ENTITIES = re.compile(r"<!DOCTYPE[^>\[]*\[[^\]]*<!ENTITY")


def one_plain_line(text: str, most: int) -> bool:
    """Whether ``text`` is one line of plain text a person writes (a publisher, a reviewer, a reason): not blank, at most
    ``most`` characters, no control character, tab or line break (Cc, Zl, Zp) and no format character such as a
    direction mark or a zero-width letter (Cf), which would be kept in the audit log, the record or a terminal."""
    return bool(text.strip()) and len(text) <= most and not any(unicodedata.category(c) in ("Cc", "Cf", "Zl", "Zp") for c in text)


#: The most items one feed is read with (each item is a document, its language detected and its facts extracted).
MAX_FEED_ITEMS = 1_000
_FEED_ITEM = re.compile(r"<(?:item|entry)[\s>/]", re.I)


#: Where a page or a feed names its encoding, in its first bytes: HTML's ``<meta charset=...>`` (or the
#: ``http-equiv`` form's ``charset=``), XML's declaration ``<?xml ... encoding="..."?>``.
_HTML_CHARSET = re.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]{0,200}?encoding\s*=\s*["']([A-Za-z0-9_.:-]{1,40})["']""")
#: As browsers do (the WHATWG Encoding Standard), a page labelled Latin-1 or ASCII is read as Windows-1252.
_AS_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1", "us-ascii", "ascii", "iso_8859-1"}
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"),
         (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def _decoded(data: bytes, path: Path, declared: re.Pattern[bytes]) -> str:
    """A page's or a feed's text in the encoding its byte-order mark or its own declaration names, else UTF-8.

    Round twenty-one: pages and feeds were read as UTF-8 with every other byte replaced, so a page in
    Windows-1252 that says so, or one that says UTF-8 and holds Latin-1 bytes, lost its accented letters
    (a name the monitor matches among them) without a word. Bytes the encoding cannot read are an error
    naming the file, the encoding and the byte; an encoding Python does not know is one naming it."""
    import codecs

    bom = next((enc for mark, enc in _BOMS if data.startswith(mark)), None)
    m = None if bom else declared.search(data[:4096])
    label = bom or (m.group(1).decode("ascii").lower() if m else "utf-8")
    encoding = "cp1252" if label in _AS_WINDOWS_1252 else label
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise DocumentError(f"{path}: declares the encoding {label!r}, which is no encoding known here: not read "
                            "(save it as UTF-8, or declare its real encoding)") from None
    if bom is None and encoding.replace("_", "-") in ("utf-16", "utf-32"):
        encoding = "utf-8"  # a declaration of UTF-16 on bytes with no byte-order mark: the NUL check below says what it is
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        said = f"declares {label}" if (bom or m) else "declares no encoding, so it is read as UTF-8"
        raise DocumentError(f"{path}: byte {exc.start} (0x{data[exc.start]:02x}) is not {encoding} text, and the file {said}: "
                            "not read (save it as UTF-8, or declare its real encoding)") from None


def _binary(text: str, path: Path) -> None:
    """Refuse a file holding NUL characters: no text file holds one (a binary file, or UTF-16 without its byte-order mark)."""
    if "\x00" in text:
        raise DocumentError(f"{path}: holds NUL bytes, so it is not a text file (a binary file, or text in UTF-16 without its byte-order "
                            "mark): not read (save it as UTF-8 text)")


def read_feed(xml: str, source: str, words: Words | None = None, detect: bool = True) -> list[Document]:
    """Every entry of an RSS or Atom feed, with its link, title, publisher and date."""
    import feedparser

    if (n := len(_FEED_ITEM.findall(xml))) > MAX_FEED_ITEMS:  # round nineteen: 10,000 items were read for minutes, one by one
        raise DocumentError(f"{source}: {n:,} items, over the limit of {MAX_FEED_ITEMS:,} a feed is read with: not read (split the "
                            "feed, or ingest its pages)")
    if _DECLARES_ENTITIES.search(xml):  # round fourteen: the loose parser read an entity bomb's unexpanded "&i;" as a headline
        raise DocumentError(f"{source}: the feed declares XML entities (<!ENTITY>): not read (a feed needs none; entities can "
                            "expand a small file into a huge one or pull in local files)")
    feed = feedparser.parse(xml)
    if feed.bozo and not feed.entries:
        raise DocumentError(f"{source}: not a readable RSS/Atom feed ({feed.bozo_exception})")
    publisher = feed.feed.get("title")
    docs = []
    for i, e in enumerate(feed.entries):
        given = [f for f in ("published", "updated") if f in e.keys() and e[f]]
        if given and not any(e.get(f"{f}_parsed") for f in given):  # round nineteen: an item dated only by no date was queued undated
            raw_field = given[0]
            raise DocumentError(f"{source}: item {i + 1} ({str(e.get('title', ''))[:60]!r}): its date {str(e.get(raw_field))[:40]!r} "
                                f"({raw_field}) is not a date: not read (correct the feed)")
        body = " ".join(c.get("value", "") for c in e.get("content", [])) or e.get("summary", "")
        text, _ = html_to_text(body) if "<" in body else (body, None)
        text = f"{e.get('title', '')}\n{text}".strip()
        when = e.get("published_parsed") or e.get("updated_parsed")
        date = dt.date(*when[:3]).isoformat() if when else None
        if text:
            docs.append(make_document(text, url=e.get("link"), title=e.get("title"), publisher=publisher, date=date, words=words, detect=detect))
    if feed.bozo and not docs:  # round fourteen: a broken feed whose entries hold no text was "no document", naming nothing
        raise DocumentError(f"{source}: not a readable RSS/Atom feed ({feed.bozo_exception}): no entry with text")
    return docs


def read_url(url: str, timeout: float = 20, words: Words | None = None, detect: bool = True) -> list[Document]:
    """Fetch a feed or a page the user named (the only network use of iccwatch, on request)."""
    import httpx

    try:
        r = httpx.get(url, timeout=timeout, follow_redirects=True)
        r.raise_for_status()
    except httpx.HTTPError as exc:
        raise DocumentError(f"{url}: cannot fetch: {exc}") from None
    ctype = r.headers.get("content-type", "")
    if "xml" in ctype or r.text.lstrip().startswith("<?xml") or "<rss" in r.text[:500] or "<feed" in r.text[:500]:
        return read_feed(r.text, source=url, words=words, detect=detect)
    text, title = html_to_text(r.text)
    return [make_document(text, url=url, title=title, date=dt.date.today().isoformat(), words=words, detect=detect)]
