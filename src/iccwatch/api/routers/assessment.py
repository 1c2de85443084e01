"""The assessment: events judged against the law, the enforcement chain, and the due-diligence index."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path
from typing import Annotated, Any

from fastapi import APIRouter, File, Query, Request, UploadFile

from iccwatch import service
from iccwatch.api.deps import (
    FactsDep,
    FieldError,
    HostPartyQ,
    Limit,
    Offset,
    PersonQ,
    StateP,
    StateQ,
    page,
)
from iccwatch.api.errors import RESPONSES
from iccwatch.api.models import AssessedEvent, Gaps, IndexAnswer, IndexCompare, IndexExplain, Page
from iccwatch.assess.index import WeightsError
from iccwatch.settings import MAX_UPLOAD

router = APIRouter(prefix="/api/v1", responses=RESPONSES, tags=["assessment"])

#: Draws of the sensitivity analysis a request may ask for: each costs CPU (5,000 took 13-20 s).
MAX_SAMPLES = 1000
Samples = Annotated[int, Query(ge=0, le=MAX_SAMPLES, description="Monte-Carlo draws of the sensitivity analysis (at most 1000).")]
Seed = Annotated[int, Query(ge=0, le=2**31 - 1, description="Seed of the sensitivity analysis.")]
Year = Annotated[int, Query(ge=2002, le=2100, description="The year the index measures.")]


@router.get("/assessment/events", summary="The compliance of every event", response_model=Page[AssessedEvent])
def assessed(facts: FactsDep, state: StateQ = None, person: PersonQ = None, host_party: HostPartyQ = None,
             limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    return page(service.assessed_events(facts, state, person, host_party), limit, offset)


@router.get("/assessment/gaps", summary="The enforcement chain after failures and its gaps", response_model=Gaps)
def gaps(facts: FactsDep) -> dict[str, Any]:
    return service.enforcement_gaps(facts)


def _method_url(request: Request) -> str:
    """The index's published method on this server's dashboard (``/index/method``)."""
    return str(request.base_url).rstrip("/") + "/index/method"


def _cached_index(request: Request, facts: Any, year: int, weights_path: Path | None, samples: int, seed: int, key: str) -> dict[str, Any]:
    cache = request.app.state.index_cache  # bounded: a varying seed cannot grow it
    if key not in cache:
        cache[key] = service.index_ranking(facts, year, weights_path, samples, seed)
    result: dict[str, Any] = cache[key]
    return {**result, "method_url": _method_url(request)}  # a copy: the cached answer is shared


@router.get("/index", summary="The due-diligence index for a year", response_model=IndexAnswer)
def index(request: Request, facts: FactsDep, year: Year = 2025, samples: Samples = 1000, seed: Seed = 42,
          region: Annotated[str | None, Query(max_length=100, description=(
              "Only the States of a region (session 39: data/lookups/regions.yaml, the UN M49 continents and sub-regions "
              "and the European Union), each at its rank in its whole group; `region` then gives the region's list and, "
              "per group, its States, how many are scored and their median score. An unknown region is a 422 naming "
              "the regions."))] = None) -> dict[str, Any]:
    result = _cached_index(request, facts, year, None, samples, seed, f"default:{year}:{samples}:{seed}")
    if region is None:
        return result
    from iccwatch.service.index_regions import ranking_of_region

    return ranking_of_region(facts, result, region)


@router.post("/index", summary="The index with uploaded weights (a YAML file shaped like the default)", response_model=IndexAnswer)
async def index_with_weights(request: Request, facts: FactsDep, weights: Annotated[UploadFile, File(description="weights YAML")],
                             year: Year = 2025, samples: Samples = 1000, seed: Seed = 42) -> dict[str, Any]:
    form = await request.form()  # already read for ``weights``: FastAPI ignores any other field, and keeps the last of two files
    extra = [k for k in dict.fromkeys(form.keys()) if k != "weights"]
    if extra:
        raise FieldError(extra[0], f"{extra[0][:60]!r} is not a field of this upload; it takes one: weights (a YAML file)")
    if len(form.getlist("weights")) > 1:
        raise FieldError("weights", f"{len(form.getlist('weights'))} weights files were sent: send one")
    body = await weights.read(MAX_UPLOAD + 1)
    if len(body) > MAX_UPLOAD:
        raise FieldError("weights", f"the weights file is larger than {MAX_UPLOAD // 1000} kB")
    with tempfile.NamedTemporaryFile(suffix=".yaml", delete=False) as fh:
        fh.write(body)
        path = Path(fh.name)
    try:
        return _cached_index(request, facts, year, path, samples, seed, f"{hashlib.sha256(body).hexdigest()}:{year}:{samples}:{seed}")
    except WeightsError as exc:  # the message must not show where the upload was kept
        raise WeightsError(str(exc).replace(str(path), "the uploaded weights")) from None
    finally:
        path.unlink(missing_ok=True)


@router.get("/index/compare", summary="Two States side by side on the index", response_model=IndexCompare,
            description="Each State's score, rank (ties said), rank interval and band; in what share of the sensitivity draws "
                        "each outscores the other; each pillar and indicator with the points it gives each score and the facts "
                        "behind it. A State not found is a 422 with the closest names, as elsewhere.")
def index_compare(request: Request, facts: FactsDep,
                  states: Annotated[str, Query(min_length=3, max_length=200, description="Two States, ISO alpha-3 codes or names, "
                                                                                         "separated by a comma: HUN,ITA.")],
                  year: Year = 2025, samples: Samples = 1000, seed: Seed = 42) -> dict[str, Any]:
    return {**service.index_compare(facts, states, year, None, samples, seed), "method_url": _method_url(request)}


@router.get("/index/{state}", summary="A State's index score decomposed into its indicators, with sources", response_model=IndexExplain)
def index_explain(request: Request, state: StateP, facts: FactsDep, year: Year = 2025, samples: Samples = 1000, seed: Seed = 42) -> dict[str, Any]:
    return {**service.index_explain(facts, state, year, None, samples, seed), "method_url": _method_url(request)}
