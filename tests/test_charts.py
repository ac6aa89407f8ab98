# ruff: noqa: RUF001 - titles and labels in Arabic, Chinese and Japanese, as translators write them
"""Charts drawn as PNGs: every kind, every script the bot ships, suppressed and no data."""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import subprocess
import sys
import warnings
from concurrent.futures import ThreadPoolExecutor
from io import BytesIO

import numpy as np
import pytest
from PIL import Image

from bot.charts import Chart, ChartKind, Direction, HanForms, Series, pool, render

DAYS = ("1 Mar", "2 Mar", "3 Mar", "4 Mar")
# The first series' colour, as drawn.
FIRST_COLOUR = (0x00, 0x72, 0xB2)


def _decode(png: bytes) -> Image.Image:
    image = Image.open(BytesIO(png))
    assert image.format == "PNG"
    return image.convert("RGB")


def _chart(kind: ChartKind, **overrides: object) -> Chart:
    fields: dict[str, object] = {
        "kind": kind,
        "title": "Outbox per day",
        "categories": DAYS,
        "series": (
            Series("Sent", (120.0, 340.0, 90.0, 410.0), ("120", "340", "90", "410")),
            Series("Blocked", (7.0, None, 12.0, 30.0), ("7", "< 5", "12", "30")),
        ),
        "category_label": "Day",
        "value_label": "Messages",
        "empty_text": "No data for this period",
    }
    fields.update(overrides)
    return Chart(**fields)  # type: ignore[arg-type]


def _first_colour_columns(image: Image.Image) -> list[int]:
    """The x of every column where the first series' colour is drawn."""
    drawn = (np.asarray(image) == FIRST_COLOUR).all(axis=2).any(axis=0)
    return [int(x) for x in np.flatnonzero(drawn)]


@pytest.mark.parametrize("kind", list(ChartKind))
@pytest.mark.parametrize("direction", list(Direction))
def test_every_kind_is_a_telegram_sized_png(kind: ChartKind, direction: Direction) -> None:
    image = _decode(render(_chart(kind, direction=direction)))

    assert image.size == (1280, 720)
    assert _first_colour_columns(image), "the data is drawn"


MIXED = (
    "精密轴承 bearings", "ボールベアリング", "محامل كروية", "подшипник", "Ñandú", "베어링",
    "ตลับลูกปืน", "बेयरिंग",
)  # fmt: skip
SCRIPTS = {
    "ar": _chart(
        ChartKind.RANKED,
        title="التسجيلات حسب البلد",
        categories=("مصر", "المملكة العربية السعودية", "Deutschland", "أخرى"),
        series=(Series("المشترون", (1200.0, 950.0, None, 40.0), ("١٬٢٠٠", "٩٥٠", "< 5", "٤٠")),),
        category_label="البلد",
        value_label="عدد المشترين",
        empty_text="لا توجد بيانات",
        direction=Direction.RTL,
    ),
    "zh_Hans": _chart(
        ChartKind.LINE,
        title="每小时搜索次数（展会至今）",
        categories=("上午9时", "上午10时", "上午11时", "中午12时"),
        series=(Series("搜索", (30.0, 45.0, None, 12.0)), Series("无结果", (3.0, 9.0, 1.0, 2.0))),
        category_label="时间",
        value_label="次数",
        han_forms=HanForms.SIMPLIFIED_CHINESE,
    ),
    "ja": _chart(
        ChartKind.GROUPED,
        title="送信箱：日別の送信・ブロック・失敗",
        categories=("3月1日", "3月2日", "3月3日", "3月4日"),
        series=(Series("送信", (1.0, 2.0, 3.0, 4.0)), Series("ブロック", (0.0, 1.0, None, 2.0))),
        category_label="日付",
        value_label="件数",
        han_forms=HanForms.JAPANESE,
    ),
    "ru": _chart(
        ChartKind.STACKED,
        title="Встречи: запрошено и принято",
        series=(
            Series("Запрошено", (1.0, 2.0, 3.0, 4.0)),
            Series("Принято", (1.0, 1.0, 1.0, 1.0)),
        ),
    ),
    "ko": _chart(
        ChartKind.RANKED,
        title="국가별 등록",
        categories=("대한민국", "베트남", "기타"),
        series=(Series("바이어", (120.0, 80.0, 5.0)),),
        han_forms=HanForms.KOREAN,
    ),
    "th": _chart(
        ChartKind.LINE,
        title="การค้นหาต่อชั่วโมง",
        categories=("9:00", "10:00", "11:00", "12:00"),
        series=(Series("การค้นหา", (30.0, 45.0, None, 12.0)),),
        category_label="เวลางาน",
        value_label="จำนวนครั้ง",
    ),
    "hi": _chart(
        ChartKind.GROUPED,
        title="मीटिंग: अनुरोधित और स्वीकृत",
        categories=("15 अक्टूबर", "16 अक्टूबर"),
        series=(Series("अनुरोधित", (4.0, 2.0)), Series("स्वीकृत", (3.0, 1.0))),
        value_label="संख्या",
    ),
    # User text (search queries, exhibitor names) mixes scripts in any language's chart.
    "mixed": _chart(
        ChartKind.RANKED,
        title="Top queries that found nothing",
        categories=MIXED,
        series=(Series("Searches", (50.0, 40.0, 30.0, 20.0, 10.0, 8.0, 6.0, 4.0)),),
    ),
}


@pytest.mark.parametrize("language", list(SCRIPTS))
def test_every_script_is_drawn_without_a_missing_glyph(
    language: str, caplog: pytest.LogCaptureFixture
) -> None:
    with warnings.catch_warnings():
        # matplotlib warns "Glyph ... missing from font(s)" for each glyph it cannot draw.
        warnings.simplefilter("error")
        with caplog.at_level(logging.WARNING, logger="matplotlib"):
            image = _decode(render(SCRIPTS[language]))

    assert image.size == (1280, 720)
    # A font family matplotlib cannot find is only logged (findfont), not warned.
    assert [record.getMessage() for record in caplog.records] == []


@pytest.mark.parametrize("direction", list(Direction))
def test_arabic_is_joined_and_read_right_to_left(direction: Direction) -> None:
    """Text arrives in logical order and matplotlib shapes it: drawn like its joined
    forms in that order, not like the visual order (what arabic-reshaper and
    python-bidi would feed it, which it would then turn round again)."""

    def title(text: str) -> np.ndarray:
        png = render(Chart(ChartKind.BARS, text, (), (), direction=direction))
        return np.asarray(_decode(png).convert("L"))

    logical = title("سلام عليكم")
    joined = title("\ufeb3\ufefc\ufee1 \ufecb\ufee0\ufef4\ufedc\ufee2")
    visual = title("\ufee2\ufedc\ufef4\ufee0\ufecb \ufee1\ufefc\ufeb3")

    assert (logical != joined).sum() < (logical != visual).sum() / 2


def test_right_to_left_charts_are_mirrored() -> None:
    ranked = _chart(ChartKind.RANKED, series=(Series("Buyers", (400.0, 300.0, 200.0, 100.0)),))
    left_to_right = _first_colour_columns(_decode(render(ranked)))
    right_to_left = _first_colour_columns(
        _decode(render(_chart(ChartKind.RANKED, series=ranked.series, direction=Direction.RTL)))
    )

    # Bars grow from the left edge of the plot in one, from the right in the other.
    assert min(left_to_right) < 1280 * 0.3 < 1280 * 0.7 < max(right_to_left)
    assert max(left_to_right) - min(left_to_right) == pytest.approx(
        max(right_to_left) - min(right_to_left), abs=60
    )


@pytest.mark.parametrize("kind", list(ChartKind))
def test_a_suppressed_value_is_drawn_unlike_a_zero(kind: ChartKind) -> None:
    def one_day(value: float | None, label: str) -> Chart:
        return _chart(kind, categories=("1 Mar",), series=(Series("Buyers", (value,), (label,)),))

    suppressed = _decode(render(one_day(None, "< 5")))
    zero = _decode(render(one_day(0.0, "")))

    assert suppressed.size == zero.size == (1280, 720)
    assert suppressed.tobytes() != zero.tobytes()


@pytest.mark.parametrize(
    ("categories", "series"),
    [((), ()), (DAYS, ()), ((), (Series("Sent", ()),))],
    ids=["nothing", "no series", "no categories"],
)
@pytest.mark.parametrize("kind", list(ChartKind))
def test_a_chart_without_data_is_drawn_empty(
    kind: ChartKind, categories: tuple[str, ...], series: tuple[Series, ...]
) -> None:
    image = _decode(render(_chart(kind, categories=categories, series=series)))

    assert image.size == (1280, 720)
    assert not _first_colour_columns(image)
    # Only the title and the "no data" line: most of the picture is blank.
    histogram = image.convert("L").histogram()
    assert histogram[255] > 0.95 * 1280 * 720


def test_charts_drawn_in_threads_are_the_ones_drawn_alone() -> None:
    charts = [*SCRIPTS.values(), *(_chart(kind) for kind in ChartKind)]
    alone = [render(chart) for chart in charts]

    with ThreadPoolExecutor(max_workers=4) as pool:
        together = list(pool.map(render, charts))

    assert together == alone


async def test_charts_drawn_by_the_worker_processes_are_the_ones_drawn_here() -> None:
    charts = [*SCRIPTS.values(), *(_chart(kind, number_locale="ar") for kind in ChartKind)]

    together = await asyncio.gather(*(pool.drawn(chart) for chart in charts))

    assert together == [render(chart) for chart in charts]


async def test_a_chart_worker_killed_loses_no_chart(caplog: pytest.LogCaptureFixture) -> None:
    chart = _chart(ChartKind.BARS)
    await pool.drawn(chart)  # the workers are running
    for worker in multiprocessing.active_children():
        os.kill(worker.pid or 0, signal.SIGKILL)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        assert await pool.drawn(chart) == render(chart)  # drawn here, the pool broken
    assert "a chart worker died" in caplog.text
    assert await pool.drawn(chart) == render(chart)  # by a pool started anew


def test_values_must_match_the_categories() -> None:
    with pytest.raises(ValueError, match="3 values for 4 categories"):
        _chart(ChartKind.BARS, series=(Series("Sent", (1.0, 2.0, 3.0)),))
    with pytest.raises(ValueError, match="1 labels for 2 values"):
        Series("Sent", (1.0, 2.0), ("1",))


@pytest.mark.parametrize(
    ("locale", "forms"),
    [
        ("ja", HanForms.JAPANESE),
        ("zh_Hans", HanForms.SIMPLIFIED_CHINESE),
        ("zh_Hant", HanForms.TRADITIONAL_CHINESE),
        ("ko", HanForms.KOREAN),
        ("ar", HanForms.SIMPLIFIED_CHINESE),
        ("en", HanForms.SIMPLIFIED_CHINESE),
    ],
)
def test_han_forms_follow_the_readers_locale(locale: str, forms: HanForms) -> None:
    assert HanForms.for_locale(locale) is forms


def test_importing_the_package_leaves_matplotlib_for_the_first_chart() -> None:
    code = (
        "import sys, bot.charts\n"
        "assert 'matplotlib' not in sys.modules\n"
        "bot.charts.prepare()\n"
        "assert 'matplotlib' in sys.modules\n"
    )

    subprocess.run([sys.executable, "-c", code], check=True)
