"""A Team Orienteering Problem with Time Windows (TOPTW) solver, in plain Python and numpy.

No Django here: the trip planner and `chumchon optimize` both build on it.
"""

from .feasibility import Check, check_solution
from .instance import Instance, InstanceError, TourSpec, parse_instance, read_instance
from .solver import Solution, SolverError, solve

__all__ = [
    "Check",
    "Instance",
    "InstanceError",
    "Solution",
    "SolverError",
    "TourSpec",
    "check_solution",
    "parse_instance",
    "read_instance",
    "solve",
]
