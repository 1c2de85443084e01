"""Run the per-document function over many documents: serially, or on a Dask cluster."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from iccwatch.monitor.documents import Document
from iccwatch.monitor.extract import Candidate, extract_candidates
from iccwatch.monitor.gazetteer import Spec


def run_serial(docs: list[Document], spec: Spec, progress: Callable[[int], None] | None = None,
               mode: str | None = None) -> list[list[Candidate]]:
    """``mode``: the extractor's (see ``extract_candidates``; default the setting ``ICCWATCH_MONITOR_FILTER``)."""
    out = []
    for d in docs:
        out.append(extract_candidates(d, spec, mode))
        if progress:
            progress(1)
    return out


def run_dask(docs: list[Document], spec: Spec, client: Any, progress: Callable[[int], None] | None = None,
             batch: int = 64, mode: str | None = None) -> list[list[Candidate]]:
    """Distribute documents in batches; each worker builds the NLP pipeline once (cached per process). The mode
    (see ``extract_candidates``) is settled here, by the client's setting, not by each worker's environment."""
    from dask.distributed import as_completed

    from iccwatch.monitor.mfilter import default_mode

    mode = mode or default_mode()
    spec_future = client.scatter(spec, broadcast=True, hash=False)  # a fresh key per run: no clash with a released one
    batches = [docs[i: i + batch] for i in range(0, len(docs), batch)]
    futures = {client.submit(_batch, b, spec_future, mode, pure=False): i for i, b in enumerate(batches)}
    results: list[list[list[Candidate]]] = [[] for _ in batches]
    for fut in as_completed(futures):
        results[futures[fut]] = fut.result()
        if progress:
            progress(len(batches[futures[fut]]))
    return [c for part in results for c in part]


def _batch(docs: Iterable[Document], spec: Spec, mode: str | None = None) -> list[list[Candidate]]:
    return [extract_candidates(d, spec, mode) for d in docs]


def dask_client(scheduler: str | None = None, workers: int = 2) -> Any:
    """A client to an existing scheduler, or to a LocalCluster of ``workers`` single-threaded processes."""
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler)
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    client = Client(cluster)
    # A Client given a cluster does not own it: closing the client alone leaves the worker processes
    # running. This client owns the cluster it started, so closing it (or leaving its `with`) ends both.
    close_client: Callable[..., Any] = client.close

    def close(*args: Any, **kwargs: Any) -> Any:
        try:
            return close_client(*args, **kwargs)
        finally:
            cluster.close()

    client.close = close  # type: ignore[method-assign]
    return client
