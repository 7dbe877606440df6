"""The 2006 report's findings as figures computed from activities (plain Python, no Qt).

One implementation, many views: the desktop Analysis view, ``focalpoint analysis --json``,
the questionnaire PDF's self-assessment annex and (later) the Secretariat's pages all call
:func:`analyse` with a list of domain activities and the catalogue, and show its figures.
Every figure keeps the ids of the activities it counted.
"""

from focalpoint.analysis.analysis import Analysis, analyse
from focalpoint.analysis.figures import Period, Tally

__all__ = ["Analysis", "Period", "Tally", "analyse"]
