"""The REST API tried as a script would call it (session 15). Each test failed before its fix."""

from __future__ import annotations

import pytest

from iccwatch.facts import Facts


@pytest.mark.parametrize("url", ["/api/v1/persons/Ali", "/api/v1/persons/Ali/travel?on=2024-01-01",
                                 "/api/v1/arrest?state=MNG&person=Ali&on=2024-01-01"])
def test_a_name_that_fits_several_persons_is_422_with_the_candidates(client, facts: Facts, url: str) -> None:  # noqa: ANN001
    """'Ali' fits several persons: the API answered 404 (as if nobody were recorded); it now answers 422
    on the field person, listing each candidate's id and name, as the CLI's error does, and each id asked
    for again is answered."""
    r = client.get(url)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["field"] == "person" and "several persons" in body["detail"]
    expected = [(p.id, p.name) for p in facts.find_persons("Ali")]
    assert len(expected) > 1 and [(c["id"], c["name"]) for c in body["candidates"]] == expected
    for pid, _ in expected:
        assert client.get(f"/api/v1/persons/{pid}").status_code == 200


def test_a_name_that_fits_nobody_is_still_404_without_candidates(client) -> None:  # noqa: ANN001
    r = client.get("/api/v1/persons/Nobody Atall")
    assert r.status_code == 404 and r.json()["field"] == "person" and "candidates" not in r.json()


def test_the_openapi_schema_declares_the_candidates(client) -> None:  # noqa: ANN001
    spec = client.get("/api/v1/openapi.json").json()
    assert "candidates" in spec["components"]["schemas"]["ErrorBody"]["properties"]


def test_the_person_page_of_an_ambiguous_name_is_422_naming_them(client, facts: Facts) -> None:  # noqa: ANN001
    r = client.get("/persons/Ali")
    assert r.status_code == 422
    for p in facts.find_persons("Ali"):
        assert f'<a href="/persons/{p.id}">{p.name}</a>' in r.text  # each a link to its page


@pytest.mark.parametrize(("url", "name"), [("/api/v1/events?until=2010-01-01", "until"),
                                           ("/api/v1/decisions?stat=MNG", "stat"),
                                           ("/api/v1/persons?name=putin", "name"),
                                           ("/api/v1/arrest?state=MNG&person=putin&date=2024-09-03", "date")])
def test_a_parameter_the_address_does_not_take_is_422_naming_it(client, url: str, name: str) -> None:  # noqa: ANN001
    """`/events?until=2010-01-01` (the CLI's option name) answered every event, the parameter silently
    ignored; an unknown parameter is now a 422 naming it and the parameters the address takes."""
    r = client.get(url)
    assert r.status_code == 422, r.text
    body = r.json()
    assert body["field"] == name and repr(name) in body["detail"] and "it takes: " in body["detail"]
    assert "on" in body["detail"].split("it takes: ")[1].split(", ")  # each of these addresses takes a date


def test_until_is_pointed_to_on(client) -> None:  # noqa: ANN001
    detail = client.get("/api/v1/events?until=2010-01-01").json()["detail"]
    assert "`on`" in detail and "--until" in detail
    assert client.get("/api/v1/events?on=2010-01-01&limit=1").json()["total"] < client.get("/api/v1/events?limit=1").json()["total"]


def test_every_documented_parameter_is_still_taken(client) -> None:  # noqa: ANN001
    """Each query parameter the OpenAPI schema declares, sent alone with a valid-looking value, is never
    refused as unknown."""
    spec = client.get("/api/v1/openapi.json").json()
    checked = 0
    for path, ops in spec["paths"].items():
        if "{" in path or "get" not in ops:
            continue
        for p in ops["get"].get("parameters", []):
            if p["in"] != "query":
                continue
            r = client.get(path, params={p["name"]: "x"})
            assert "is not a parameter" not in r.text, (path, p["name"], r.text)
            checked += 1
    assert checked > 10


def test_a_list_up_to_a_month_is_the_list_up_to_its_last_day(client) -> None:  # noqa: ANN001
    """The lists' `on` (the CLI's --until) takes a month or a year, as the CLI does: up to its last day."""
    by_month = client.get("/api/v1/events?on=2009-03&limit=1000")
    assert by_month.status_code == 200, by_month.text
    assert by_month.json() == client.get("/api/v1/events?on=2009-03-31&limit=1000").json()
    # a status on a date is still asked on one day
    assert client.get("/api/v1/persons/putin?on=2024-09").status_code == 422


def test_the_persons_page_and_the_search_page_suggest_the_name_meant(client) -> None:  # noqa: ANN001
    r = client.get("/persons?q=Putn")
    assert r.status_code == 200 and "Did you mean &#39;Vladimir Vladimirovich Putin&#39;?" in r.text
    r = client.get("/search?q=putn")
    assert r.status_code == 200 and '<a href="/persons/vladimir-vladimirovich-putin">Vladimir Vladimirovich Putin</a>' in r.text


def test_every_parameter_says_what_it_takes(client) -> None:  # noqa: ANN001
    """Swagger UI showed thirteen parameters with no description (`state`, `person`, `kind`, `party`,
    `status`, `q`, ...): a script's author had to guess what a State or a person may be given as."""
    spec = client.get("/api/v1/openapi.json").json()
    bare = [(method, path, p["name"]) for path, ops in spec["paths"].items() for method, op in ops.items()
            for p in op.get("parameters", []) if not (p.get("description") or (p.get("schema") or {}).get("description"))]
    assert bare == []
    person = next(p for p in spec["paths"]["/api/v1/persons/{person}"]["get"]["parameters"] if p["name"] == "person")
    assert "422" in person["description"]
