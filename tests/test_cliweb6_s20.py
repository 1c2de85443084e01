"""Session 20's walk through the CLI as a user (cliweb6): each test failed before its fix."""

from __future__ import annotations


def test_state_timeline_names_each_instrument_not_its_record_id(cli, facts) -> None:  # noqa: ANN001
    """``iccwatch state X --timeline`` listed each act's instrument by the record's identifier ("rome-statute",
    "apic"); it now gives its short citation, with the full titles in a key below the table."""
    instruments = facts.records.instruments
    # a State whose acts name more than one instrument, each with a citation other than its id
    st = next(s for s in facts.records.states.values()
              if len({a.instrument for a in s.participation}) > 1
              and all(a.instrument in instruments and instruments[a.instrument].citation != a.instrument for a in s.participation))
    code, out, err = cli("state", st.iso3, "--timeline")
    assert code == 0, err
    table = out[out.index("timeline"):]
    for i in {a.instrument for a in st.participation}:
        assert f" {i} " not in table, i
        assert instruments[i].citation in table
        assert " ".join(instruments[i].title.split()[:3]) in " ".join(table.split())
