"""Per-document analysis on a Dask cluster (optional: `pip install 'timeline[dask]'`).

Workers load the spaCy pipeline once each and analyse batches of documents; the client keeps
the order of the results, so the merge (run on the client) sees exactly what a local run
sees and the output is byte-identical.
"""

from __future__ import annotations

from collections.abc import Sequence

from .model import Document


class DaskUnavailableError(RuntimeError):
    """Dask's distributed scheduler is not installed, or the cluster cannot be reached."""


class DaskRunner:
    """A client of the cluster at `scheduler`, or of a local cluster it starts when None."""

    def __init__(self, scheduler: str | None = None) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise DaskUnavailableError(
                "--executor dask needs Dask's distributed scheduler: pip install 'timeline[dask]'"
            ) from None
        self._cluster = None
        try:
            if scheduler:
                self._client = Client(scheduler, timeout="10s")
            else:
                self._cluster = LocalCluster(
                    processes=True, threads_per_worker=1, dashboard_address=None
                )
                self._client = Client(self._cluster)
        except OSError as error:
            raise DaskUnavailableError(
                f"cannot reach the Dask scheduler {scheduler}: {error}"
            ) from None

    def analyse(self, model: str, batches: Sequence[Sequence[Document]]) -> list:
        """The analyses of every document of the batches, in order."""
        from .analysis import worker_analyse

        futures = self._client.map(
            worker_analyse, [model] * len(batches), list(batches), pure=False
        )
        return [analysis for batch in self._client.gather(futures) for analysis in batch]

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()
