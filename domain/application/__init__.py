"""The one application entry: every change and every question goes through `handle`."""

from domain.application.caller import Caller
from domain.application.handle import Application
from domain.application.ports import AdminCheck, Notifier
from domain.application.result import Result

__all__ = ["AdminCheck", "Application", "Caller", "Notifier", "Result"]
