"""The demo page's dashboard: the organizers' charts, live from the demo database.

`GET /api/figures?lang=xx` lists the charts of the last two weeks (to now, on the
fair's clock: the demo runs on any date, before the fair as after it) with a few
totals, and `GET /figures/{key}.png?lang=xx` draws one, in that language, as
/figures draws it in the chat. The page reloads them as personas act.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

from aiohttp import web

from bot.charts import pool
from bot.deps import Deps
from bot.services import figure_sets
from bot.services.figure_sets import OrganizerFigures
from bot.services.figures import Period
from handlers import figures_views as views

DAYS = 14
FRESH_FOR = 10.0  # seconds the images of a listing may draw from what the listing read


class Dashboard:
    """The two routes, over the demo's own dependencies (its database, clock, catalogs)."""

    def __init__(self, deps: Deps) -> None:
        self.deps = deps
        self._lock = asyncio.Lock()
        self._read: tuple[float, OrganizerFigures] | None = None  # when, and what

    def routes(self) -> list[web.RouteDef]:
        return [web.get("/api/figures", self.listing), web.get("/figures/{key}.png", self.chart)]

    async def listing(self, request: web.Request) -> web.Response:
        t = self.deps.i18n.translator(self.deps.i18n.negotiate(request.query.get("lang")))
        figures = await self._figures(fresh=True)
        drawn = views.organizer(t, figures, self.deps.settings.rewards)
        totals = {
            "registered": sum(d.buyers.shown or 0 for d in figures.registered),
            "searches": sum(h.searches for h in figures.hours),
            "meetings": figures.meetings.requested.shown,
        }
        return web.json_response({
            "title": t.gettext("📊 Figures of the fair"),
            "period": t.date_range(figures.period.dates()[0], figures.period.dates()[-1]),
            "charts": [{"key": d.key, "title": d.chart.title} for d in drawn],
            "totals": totals,
            "labels": {
                "registered": t.gettext("Buyers registered"),
                "searches": t.gettext("Searches"),
                "meetings": t.gettext("Meetings requested"),
            },
        })  # fmt: skip

    async def chart(self, request: web.Request) -> web.Response:
        t = self.deps.i18n.translator(self.deps.i18n.negotiate(request.query.get("lang")))
        key = request.match_info["key"]
        drawn = views.organizer(t, await self._figures(), self.deps.settings.rewards)
        found = next((d for d in drawn if d.key == key), None)
        if found is None:
            raise web.HTTPNotFound()
        png = await pool.drawn(found.chart)
        return web.Response(
            body=png, content_type="image/png", headers={"Cache-Control": "no-store"}
        )

    async def _figures(self, fresh: bool = False) -> OrganizerFigures:
        """The figures read now (`fresh`: a listing), else as a listing read them at most
        FRESH_FOR seconds ago: a page's eleven images read the database once, not eleven
        times, and each draws what the totals beside it say."""
        async with self._lock:
            now = asyncio.get_running_loop().time()
            if fresh or self._read is None or now - self._read[0] > FRESH_FOR:
                self._read = (now, await self._read_figures())
            return self._read[1]

    async def _read_figures(self) -> OrganizerFigures:
        settings, clock = self.deps.settings, self.deps.clock
        first = clock.today(settings.fair_timezone) - timedelta(days=DAYS - 1)
        period = Period.since(first, settings, clock)
        period = Period(period.start, period.end + timedelta(seconds=1), period.zone)
        return await figure_sets.read_organizer(self.deps.db, period, settings)
