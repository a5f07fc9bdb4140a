"""Facts: trade values, balances and other quantities the articles state, with their evidence."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from bilat import query
from bilat.api.deps import SessionDep
from bilat.api.errors import ERROR_RESPONSES
from bilat.api.routes._params import Countries, Limit, Offset, Since, Until, page
from bilat.api.schemas import FactView, Page

router = APIRouter(prefix="/facts", tags=["facts"], responses=ERROR_RESPONSES)

MetricName = Literal["trade_value", "trade_value_change", "trade_balance", "count", "capacity", "quantity"]


@router.get("", response_model=Page[FactView], summary="Facts in period order")
def list_facts(
    session: SessionDep,
    country: Countries = [],  # noqa: B006 - FastAPI copies defaults
    metric: Annotated[list[MetricName], Query(description="Metric; repeatable.")] = [],  # noqa: B006
    since: Since = None,
    until: Until = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[FactView]:
    rows = query.facts(
        session, countries=country, metrics=metric, since=since, until=until, limit=limit + 1, offset=offset
    )
    return page(rows, limit, offset)
