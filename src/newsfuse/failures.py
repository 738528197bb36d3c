"""How an unexpected exception in one input's processing is told in that input's notice.

Stages catch everything at the per-input boundary so one report cannot sink a run; the notice
keeps the exception's type, so a programming error still shows as one instead of vanishing.
"""

from __future__ import annotations

_MAX_DETAIL = 200


def unexpected(error: BaseException) -> str:
    """`unexpected <Type>: <message>`, the message cut short (it may quote a whole input)."""
    detail = " ".join(str(error).split())
    if len(detail) > _MAX_DETAIL:
        detail = detail[: _MAX_DETAIL - 1] + "…"
    return f"unexpected {type(error).__name__}" + (f": {detail}" if detail else "")


__all__ = ["unexpected"]
