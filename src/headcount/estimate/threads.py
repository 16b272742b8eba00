"""numpy's BLAS on one thread while a figure is estimated.

The models of this package are many small fits (a Newton step on a few hundred cells
and a few dozen parameters; hundreds of bootstrap replicates of it). On matrices this
small a second BLAS thread costs more in hand-over than it saves, and when the machine
is busy (a web server, a second job) it spins: a covariate-adjusted bootstrap measured
at 37 s per model with OpenBLAS's default threads took 0.3 s on one thread. The bench
scripts set ``OPENBLAS_NUM_THREADS=1`` for the same reason; this does it inside the
process for every caller of the headline (the CLI, the report, the dashboard's job
runner, the simulation study).
"""

from __future__ import annotations

from typing import Any

from threadpoolctl import ThreadpoolController

_controller: ThreadpoolController | None = None


def one_blas_thread() -> Any:
    """A context manager that keeps numpy's BLAS on one thread inside it (restored on
    leaving)."""
    global _controller
    if _controller is None:
        import numpy  # noqa: F401  (its BLAS must be loaded to be found)

        _controller = ThreadpoolController()
    return _controller.limit(limits=1, user_api="blas")
