"""The address rules that doors other than the checker apply before a record holds the address (``monitor ingest``'s
front matter, ``review accept --source-url``). The rules themselves are the record's checks of its sources' addresses."""

from __future__ import annotations


def copied_address_problem(url: str) -> str | None:
    """What the record's checks say of an address copied from a browser or a sentence (tracking parameters, a text
    fragment, pasted punctuation, a host ending in a dot), for the doors that take an address before a record holds it
    (``monitor ingest``'s front matter, ``review accept --source-url``): refused there, naming the option or the file,
    not only once the written record is checked."""
    from iccwatch.dataset.round9_checks import _address_problem as pasted
    from iccwatch.dataset.round10_checks import _address_problem as followed

    return followed(url) or pasted(url)
