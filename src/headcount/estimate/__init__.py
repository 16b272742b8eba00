"""Estimation stage: multiple systems estimation of the undocumented total.

Python API (plain data in, result dataclass out)::

    import pandas as pd
    from headcount.estimate import estimate

    df = pd.DataFrame({"A": [1, 0, 1], "B": [0, 1, 1], "count": [60, 40, 20]})
    res = estimate(df)                      # Chapman for two lists
    res.estimate, res.lower, res.upper, res.undocumented

Methods: ``chapman`` (two lists), ``loglinear`` (BIC/AIC downhill search over
hierarchical models, forward stepwise, fixed model; bootstrap percentile/BCa
intervals with the search repeated) and ``lcmcr`` (Bayesian latent classes).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from headcount.estimate.api import (
        CRITERIA,
        INTERVALS,
        METHODS,
        LoglinearEstimator,
        default_method,
        estimate,
    )
    from headcount.estimate.bootstrap import bca_interval, percentile_interval
    from headcount.estimate.capture import CaptureTable, from_frame, read_capture_csv
    from headcount.estimate.chapman import ChapmanFit, chapman_fit
    from headcount.estimate.errors import EstimationError
    from headcount.estimate.lcmcr import (
        LCMCRSamples,
        effective_sample_size,
        lcmcr_sample,
        split_rhat,
    )
    from headcount.estimate.loglinear import (
        HierModel,
        ModelData,
        ModelFit,
        check_model,
        downhill,
        fit_model,
        stepwise,
    )
    from headcount.estimate.result import EstimateResult
    from headcount.estimate.strata import StrataResult, estimate_strata

# The stage imports numpy and scipy; the names below load on first use so that
# the command line starts fast.
_EXPORTS: dict[str, str] = {
    "CRITERIA": "api",
    "CaptureTable": "capture",
    "ChapmanFit": "chapman",
    "EstimateResult": "result",
    "EstimationError": "errors",
    "HierModel": "loglinear",
    "INTERVALS": "api",
    "LCMCRSamples": "lcmcr",
    "LoglinearEstimator": "api",
    "METHODS": "api",
    "ModelData": "loglinear",
    "ModelFit": "loglinear",
    "StrataResult": "strata",
    "bca_interval": "bootstrap",
    "chapman_fit": "chapman",
    "check_model": "loglinear",
    "default_method": "api",
    "downhill": "loglinear",
    "effective_sample_size": "lcmcr",
    "estimate": "api",
    "estimate_strata": "strata",
    "fit_model": "loglinear",
    "from_frame": "capture",
    "lcmcr_sample": "lcmcr",
    "percentile_interval": "bootstrap",
    "read_capture_csv": "capture",
    "split_rhat": "lcmcr",
    "stepwise": "loglinear",
}

__all__ = [
    "CRITERIA",
    "INTERVALS",
    "METHODS",
    "CaptureTable",
    "ChapmanFit",
    "EstimateResult",
    "EstimationError",
    "HierModel",
    "LCMCRSamples",
    "LoglinearEstimator",
    "ModelData",
    "ModelFit",
    "StrataResult",
    "bca_interval",
    "chapman_fit",
    "check_model",
    "default_method",
    "downhill",
    "effective_sample_size",
    "estimate",
    "estimate_strata",
    "fit_model",
    "from_frame",
    "lcmcr_sample",
    "percentile_interval",
    "read_capture_csv",
    "split_rhat",
    "stepwise",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'headcount.estimate' has no attribute {name!r}")
    return getattr(importlib.import_module(f"headcount.estimate.{module}"), name)
