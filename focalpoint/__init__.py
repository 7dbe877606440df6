"""FocalPoint: the anti-trafficking focal point's workspace for OSCE field operations."""

__version__ = "0.1.0"
