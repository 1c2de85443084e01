"""A page's coverage notice names the date of the kinds it shows: a person's page shows trips, so a day after the
events' checked_through (earlier than the other kinds') brings the notice, naming that date (issue 10)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import yaml
from fastapi.testclient import TestClient

from iccwatch.app import create_app
from iccwatch.settings import Settings
from iccwatch.store import build_store

DATA = Path(__file__).resolve().parents[2] / "data"


def test_a_person_page_after_the_events_date_says_so(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA, data)
    meta_file = data / "meta.yaml"
    meta = yaml.safe_load(meta_file.read_text(encoding="utf-8"))
    through = dt.date.fromisoformat(str(meta["coverage"]["events"]["checked_through"]))
    earlier = through - dt.timedelta(days=30)
    text = meta_file.read_text(encoding="utf-8")
    head, tail = text.split("\n  events:\n", 1)
    tail = tail.replace(f'checked_through: "{through.isoformat()}"', f'checked_through: "{earlier.isoformat()}"', 1)
    meta_file.write_text(head + "\n  events:\n" + tail, encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'store.sqlite'}"
    build_store(data, db)
    with TestClient(create_app(Settings(data_dir=data, db_url=db))) as client:
        person = sorted(p.stem for p in (data / "persons").glob("*.yaml"))[0]
        day = earlier + dt.timedelta(days=1)  # after the events' date, before every other kind's
        page = client.get(f"/persons/{person}", params={"on": day.isoformat()})
        assert page.status_code == 200
        assert 'id="check-notice"' in page.text and earlier.isoformat() in page.text
        same_day = client.get(f"/persons/{person}", params={"on": earlier.isoformat()})
        assert 'id="check-notice"' not in same_day.text
