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


def test_an_unknown_state_or_person_in_an_option_is_said_with_the_option(cli) -> None:  # noqa: ANN001
    """``events --state ZZZ`` said "error: unknown state 'ZZZ' ..." without the option given it, where a bad date says
    "--on: ..."; an unknown State or person given to an option is now said with it (under Click and in the fast path
    of ``ask``), and a positional argument's stays as it was (it is the command's only one)."""
    for args, option in ((("events", "--state", "ZZZ"), "--state"), (("decisions", "--person", "nobody-at-all"), "--person"),
                         (("ask", "arrest", "--state", "ZZZ", "--person", "Netanyahu"), "--state"),
                         (("ask", "travel", "--person", "nobody-at-all"), "--person")):
        code, _, err = cli(*args)
        assert code == 2, args
        assert err.startswith(f"error: {option}: "), (args, err)
    code, _, err = cli("state", "ZZZ")
    assert code == 2 and err.startswith("error: unknown state 'ZZZ'"), err


def test_the_fast_path_names_the_option_too(db_url: str, capsys) -> None:  # noqa: ANN001
    """The fast path of ``ask`` (run without Click) says the option as the Typer command does."""
    import pytest

    from iccwatch.cli.fast import run_fast

    with pytest.raises(SystemExit):
        run_fast(["ask", "arrest", "--state", "ZZZ", "--person", "Netanyahu", "--db", db_url])
    assert "error: --state: unknown state 'ZZZ'" in capsys.readouterr().err
