"""The BUSINESS half, part B: monthly saleyard results (financial-year and month columns), a
pool-maintenance franchise's fortnightly KPIs in long format, and a regional coach-charter
operator's bookings (generated, see TABLES_business.md). Asked by an operations manager
texting the team chat; gold computed here with plain pandas."""

from __future__ import annotations

from tests.sealed22.cases import (
    BAR,
    BOX,
    HISTOGRAM,
    LINE,
    NO,
    SCATTER,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

SALE = "saleyard_monthly_results.csv"
POOL = "pool_service_kpis.csv"
COACH = "coach_charter_bookings.csv"


def saleyard() -> list[SealedCase]:
    y = load(SALE)
    gross, sold, yarded = "grossSalesAUD", "headSold", "headYarded"
    fy22, fy23, fy24 = (y[y["finYear"] == f] for f in ("FY2021-22", "FY2022-23", "FY2023-24"))
    cattle_fy = y[y["species"] == "Cattle"].groupby("finYear")[gross].sum()
    steers24 = fy24[fy24["category"] == "Steers"]
    roma23 = fy23[fy23["saleyard"] == "Roma"]
    lambs = y[y["species"] == "Lambs"]
    return [
        one(
            SALE,
            "aggregate",
            "g'day - how many head were sold across all the yards in FY2022-23?",
            num(fy23[sold].sum()),
        ),
        one(
            SALE,
            "group",
            "gross sales by state for FY2023-24 pls",
            num(*fy24.groupby("state")[gross].sum()),
        ),
        one(
            SALE,
            "ranking",
            "top 3 yards by cattle head sold in FY22 (that's FY2021-22)",
            ranked(fy22[fy22["species"] == "Cattle"].groupby("saleyard")[sold].sum(), 3),
        ),
        one(
            SALE,
            "ranking",
            "bottom 3 categories by gross sales in FY2023-24?",
            ranked(fy24.groupby("category")[gross].sum(), 3, ascending=True),
        ),
        one(
            SALE,
            "superlative",
            "which month was the biggest for head yarded in FY2022-23, all yards together?",
            ranked(fy23.groupby("month")[yarded].sum(), 1),
        ),
        one(
            SALE,
            "superlative",
            "highest monthly avg price (c/kg) we've seen for Crossbred Lambs at any yard?",
            num(y.loc[y["category"] == "Crossbred Lambs", "avgPriceCPerKg"].max()),
        ),
        one(SALE, "chart", "bar chart of total gross sales by saleyard, whole file", BAR),
        one(
            SALE,
            "compare",
            "Ballarat vs Hamilton - lambs sold (head) in FY2023-24?",
            num(
                *(
                    fy24.loc[(fy24["saleyard"] == yd) & (fy24["species"] == "Lambs"), sold].sum()
                    for yd in ("Ballarat", "Hamilton")
                )
            ),
        ),
        one(
            SALE,
            "compare",
            "Dubbo vs Wagga Wagga, total gross over the whole file?",
            num(*(y.loc[y["saleyard"] == yd, gross].sum() for yd in ("Dubbo", "Wagga Wagga"))),
        ),
        one(
            SALE,
            "coverage",
            "how many saleyards and how many stock categories are in this data?",
            num(y["saleyard"].nunique(), y["category"].nunique()),
        ),
        one(
            SALE,
            "coverage",
            "how many rows does Roma have? seems light on",
            num((y["saleyard"] == "Roma").sum()),
        ),
        one(
            SALE,
            "date-part",
            "gross sales at Dubbo in Jan 2023 (calendar Jan, so that's inside FY2022-23)?",
            num(fy23.loc[(fy23["saleyard"] == "Dubbo") & (fy23["month"] == "Jan"), gross].sum()),
        ),
        one(
            SALE,
            "date-part",
            "head sold across all yards for Jul-Sep 2023?",
            num(fy24.loc[fy24["month"].isin(["Jul", "Aug", "Sep"]), sold].sum()),
        ),
        one(
            SALE,
            "derived",
            "clearance rate at Roma for FY2022-23 - head sold as a % of head yarded?",
            num(roma23[sold].sum() / roma23[yarded].sum() * 100),
        ),
        one(
            SALE,
            "per-normalise",
            "avg $ per head for Steers in FY2023-24 - total gross / total head sold",
            num(steers24[gross].sum() / steers24[sold].sum()),
        ),
        one(
            SALE,
            "percent-change",
            "how'd cattle gross go FY2023-24 vs FY2022-23? % change",
            num(pct_change(cattle_fy["FY2022-23"], cattle_fy["FY2023-24"])),
        ),
        one(
            SALE,
            "percent-change",
            "% change in total head sold at Muchea from FY2021-22 to FY2023-24?",
            num(
                pct_change(
                    fy22.loc[fy22["saleyard"] == "Muchea", sold].sum(),
                    fy24.loc[fy24["saleyard"] == "Muchea", sold].sum(),
                )
            ),
        ),
        one(
            SALE,
            "numbers-in-question",
            "how many rows have gross sales over $1.5m?",
            num((y[gross] > 1_500_000).sum()),
        ),
        one(
            SALE,
            "numbers-in-question",
            "how many rows had an avg price under 300 c/kg?",
            num((y["avgPriceCPerKg"] < 300).sum()),
        ),
        one(
            SALE,
            "units-columns",
            "avg price for Merino Lambs in dollars per kg rather than cents - just the mean of "
            "the monthly rows",
            num(y.loc[y["category"] == "Merino Lambs", "avgPriceCPerKg"].mean() / 100),
        ),
        one(
            SALE,
            "units-columns",
            "total gross across all yards in FY2021-22 in $m?",
            num(fy22[gross].sum() / 1e6),
        ),
        one(
            SALE,
            "long-format",
            "how many lambs (species Lambs) were sold all up?",
            num(lambs[sold].sum()),
        ),
        SealedCase(
            SALE,
            [
                (
                    "avg live weight (kg) of Cows across all the rows?",
                    num(y.loc[y["category"] == "Cows", "avgLiveWtKg"].mean()),
                ),
                (
                    "and Bulls?",
                    num(y.loc[y["category"] == "Bulls", "avgLiveWtKg"].mean()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SALE,
            [
                (
                    "total commission at Ballarat in FY2022-23?",
                    num(fy23.loc[fy23["saleyard"] == "Ballarat", "agentCommAUD"].sum()),
                ),
                (
                    "what about last FY - FY2021-22?",
                    num(fy22.loc[fy22["saleyard"] == "Ballarat", "agentCommAUD"].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SALE,
            [
                (
                    "top 3 yards by sheep head sold (species Sheep), whole file",
                    ranked(y[y["species"] == "Sheep"].groupby("saleyard")[sold].sum(), 3),
                ),
                (
                    "now by gross instead of head",
                    ranked(y[y["species"] == "Sheep"].groupby("saleyard")[gross].sum(), 3),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            SALE,
            [
                (
                    "can you plot avg live weight against avg price c/kg, a dot per row?",
                    SCATTER,
                ),
                (
                    "just for cattle, what's the correlation between the two?",
                    num(
                        y.loc[y["species"] == "Cattle", "avgLiveWtKg"].corr(
                            y.loc[y["species"] == "Cattle", "avgPriceCPerKg"]
                        )
                    ),
                ),
            ],
            "follow-up",
        ),
        one(
            SALE,
            "unanswerable",
            "what did the vendors fork out on freight to get stock to the yards?",
            NO,
        ),
        one(
            SALE,
            "unanswerable",
            "how did Wagga go back in the drought years, like the financial year before the "
            "data starts?",
            NO,
        ),
        one(
            SALE,
            "unanswerable",
            "how many registered buyers turned up at Dubbo each sale?",
            NO,
        ),
        one(
            SALE,
            "unanswerable",
            "reckon cattle prices will bounce back next financial year?",
            NO,
        ),
    ]


def pool() -> list[SealedCase]:
    p = load(POOL, "fortnight_ending")
    p["yr"] = p["_d"].dt.year

    def kpi(name: str, depot: str | None = None, year: int | None = None):
        rows = p[p["kpi"] == name]
        if depot is not None:
            rows = rows[rows["depot"] == depot]
        if year is not None:
            rows = rows[rows["yr"] == year]
        return rows

    def wide(rows):
        return rows.pivot_table(index=["fortnight_ending", "depot"], columns="kpi", values="value")

    rev = kpi("revenue_ex_gst_aud")
    bn_rev = kpi("revenue_ex_gst_aud", "Brisbane North").groupby("yr")["value"].sum()
    toow = (
        kpi("van_km", "Toowoomba")["value"].sum()
        / kpi("pools_serviced", "Toowoomba")["value"].sum()
    )
    green = kpi("green_pool_callouts")
    return [
        one(
            POOL,
            "aggregate",
            "avg pools serviced per fortnight at Perth Hills? skip any blank fortnights",
            num(kpi("pools_serviced", "Perth Hills")["value"].mean()),
        ),
        one(
            POOL,
            "aggregate",
            "total revenue ex GST across all depots in 2024 (by fortnight ending date)?",
            num(kpi("revenue_ex_gst_aud", year=2024)["value"].sum()),
        ),
        one(
            POOL,
            "group",
            "total tech hrs per depot, whole file",
            num(*kpi("tech_hrs").groupby("depot")["value"].sum()),
        ),
        one(
            POOL,
            "group",
            "chem spend per calendar year, all depots together - 2023, 2024, 2025",
            num(*kpi("chem_cost_aud").groupby("yr")["value"].sum()),
        ),
        one(
            POOL,
            "ranking",
            "top 3 depots by revenue ex GST in 2024?",
            ranked(kpi("revenue_ex_gst_aud", year=2024).groupby("depot")["value"].sum(), 3),
        ),
        one(
            POOL,
            "ranking",
            "which 2 depots copped the fewest complaints overall?",
            ranked(kpi("complaints").groupby("depot")["value"].sum(), 2, ascending=True),
        ),
        one(
            POOL,
            "superlative",
            "which depot was flat out with green pool callouts in 2024 - most callouts?",
            ranked(kpi("green_pool_callouts", year=2024).groupby("depot")["value"].sum(), 1),
        ),
        one(
            POOL,
            "superlative",
            "best single fortnight of revenue ex GST at any depot - how much?",
            num(rev["value"].max()),
        ),
        one(
            POOL,
            "chart",
            "reckon you could chart Sunshine Coast's fortnightly revenue ex GST as a line?",
            LINE,
        ),
        one(POOL, "chart", "bar chart of total complaints by depot pls", BAR),
        one(
            POOL,
            "compare",
            "Gold Coast vs Sunshine Coast - chem cost in 2024?",
            num(
                *(
                    kpi("chem_cost_aud", dp, 2024)["value"].sum()
                    for dp in ("Gold Coast", "Sunshine Coast")
                )
            ),
        ),
        one(
            POOL,
            "compare",
            "Brisbane North vs Toowoomba, avg green pool callouts per fortnight?",
            num(
                *(
                    kpi("green_pool_callouts", dp)["value"].mean()
                    for dp in ("Brisbane North", "Toowoomba")
                )
            ),
        ),
        one(
            POOL,
            "coverage",
            "how many fortnights does this KPI file cover?",
            num(p["fortnight_ending"].nunique()),
        ),
        one(
            POOL,
            "coverage",
            "how many different KPIs do we track, and for how many depots?",
            num(p["kpi"].nunique(), p["depot"].nunique()),
        ),
        one(
            POOL,
            "date-part",
            "pools serviced in fortnights ending in Jan, all depots, all years added up?",
            num(kpi("pools_serviced").loc[lambda r: r["_d"].dt.month == 1, "value"].sum()),
        ),
        one(
            POOL,
            "derived",
            "revenue ex GST per pool serviced across the whole business - total revenue over "
            "total pools",
            num(rev["value"].sum() / kpi("pools_serviced")["value"].sum()),
        ),
        one(
            POOL,
            "derived",
            "chem cost as a % of revenue ex GST at the Gold Coast, whole file (totals)?",
            num(
                kpi("chem_cost_aud", "Gold Coast")["value"].sum()
                / kpi("revenue_ex_gst_aud", "Gold Coast")["value"].sum()
                * 100
            ),
        ),
        one(
            POOL,
            "per-normalise",
            "van km per pool serviced at Toowoomba - total km over total pools?",
            num(toow),
        ),
        one(
            POOL,
            "percent-change",
            "Brisbane North revenue ex GST 2024 vs 2023 - % change? (years by fortnight ending "
            "date)",
            num(pct_change(bn_rev[2023], bn_rev[2024])),
        ),
        one(
            POOL,
            "numbers-in-question",
            "how many fortnights did Brisbane North bring in over $25k revenue ex GST?",
            num((kpi("revenue_ex_gst_aud", "Brisbane North")["value"] > 25_000).sum()),
        ),
        one(
            POOL,
            "units-columns",
            "tech time per pool at Perth Hills in minutes - total tech hrs over total pools "
            "serviced",
            num(
                kpi("tech_hrs", "Perth Hills")["value"].sum()
                * 60
                / kpi("pools_serviced", "Perth Hills")["value"].sum()
            ),
        ),
        one(
            POOL,
            "long-format",
            "total green pool callouts at Gold Coast over the whole file?",
            num(kpi("green_pool_callouts", "Gold Coast")["value"].sum()),
        ),
        one(
            POOL,
            "long-format",
            "avg complaints per fortnight at Toowoomba?",
            num(kpi("complaints", "Toowoomba")["value"].mean()),
        ),
        one(
            POOL,
            "long-format",
            "total pools serviced across the business in 2023?",
            num(kpi("pools_serviced", year=2023)["value"].sum()),
        ),
        SealedCase(
            POOL,
            [
                (
                    "total green pool callouts in 2023, all depots?",
                    num(green[green["yr"] == 2023]["value"].sum()),
                ),
                (
                    "and 2024?",
                    num(green[green["yr"] == 2024]["value"].sum()),
                ),
                (
                    "chuck callouts per fortnight for the whole business in a line chart",
                    LINE,
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            POOL,
            [
                (
                    "avg van km per fortnight for Gold Coast?",
                    num(kpi("van_km", "Gold Coast")["value"].mean()),
                ),
                (
                    "and the median?",
                    num(kpi("van_km", "Gold Coast")["value"].median()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            POOL,
            [
                (
                    "top 3 depots by total chem cost, whole file",
                    ranked(kpi("chem_cost_aud").groupby("depot")["value"].sum(), 3),
                ),
                (
                    "only 2025 fortnights",
                    ranked(kpi("chem_cost_aud", year=2025).groupby("depot")["value"].sum(), 3),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            POOL,
            [
                (
                    "Perth Hills revenue ex GST in 2023?",
                    num(kpi("revenue_ex_gst_aud", "Perth Hills", 2023)["value"].sum()),
                ),
                (
                    "and what share of the whole business's 2023 revenue is that, %?",
                    num(
                        kpi("revenue_ex_gst_aud", "Perth Hills", 2023)["value"].sum()
                        / kpi("revenue_ex_gst_aud", year=2023)["value"].sum()
                        * 100
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            POOL,
            [
                (
                    "box plot of fortnightly pools serviced for each depot?",
                    BOX,
                ),
                (
                    "what's the lowest fortnight of pools serviced at Toowoomba?",
                    num(kpi("pools_serviced", "Toowoomba")["value"].min()),
                ),
            ],
            "follow-up",
        ),
        one(
            POOL,
            "unanswerable",
            "how many of our customers have saltwater pools vs chlorine?",
            NO,
        ),
        one(
            POOL,
            "unanswerable",
            "what's the Cairns depot's revenue been like?",
            NO,
        ),
        one(
            POOL,
            "unanswerable",
            "what were our green pool callouts like in the summer before the file starts, "
            "back in twenty twenty-two?",
            NO,
        ),
    ]


def coach() -> list[SealedCase]:
    c = load(COACH, "Trip Date")
    quote, km, fuel, hrs = "Quote ex GST (AUD)", "Distance (km)", "Fuel (L)", "Driver Hrs"
    y = c["_d"].dt.year
    comp = c[c["Status"] == "COMP"]
    cy = comp["_d"].dt.year
    c23, c24 = c[y == 2023], c[y == 2024]
    avg_q = c.groupby(y)[quote].mean()
    has_pax = comp[comp["Pax"].notna()]
    return [
        one(
            COACH,
            "aggregate",
            "total quoted ex GST for completed trips (COMP) in 2024?",
            num(comp.loc[cy == 2024, quote].sum()),
        ),
        one(
            COACH,
            "aggregate",
            "avg pax per booking, skipping the ones with no pax count?",
            num(c["Pax"].mean()),
        ),
        one(
            COACH,
            "group",
            "how many bookings per client type, whole file?",
            num(*c["Client Type"].value_counts()),
        ),
        one(
            COACH,
            "group",
            "total km driven on completed trips by depot?",
            num(*comp.groupby("Depot")[km].sum()),
        ),
        one(
            COACH,
            "ranking",
            "top 3 depots by km on completed trips in 2023",
            ranked(comp[cy == 2023].groupby("Depot")[km].sum(), 3),
        ),
        one(
            COACH,
            "ranking",
            "top 3 client types by avg quote ex GST, all bookings",
            ranked(c.groupby("Client Type")[quote].mean(), 3),
        ),
        one(
            COACH,
            "superlative",
            "longest trip we've got on the books - how many km?",
            num(c[km].max()),
        ),
        one(
            COACH,
            "superlative",
            "which client type cancels on us the most (status CANX)? count pls",
            ranked(c.loc[c["Status"] == "CANX", "Client Type"].value_counts(), 1),
        ),
        one(COACH, "chart", "histogram of trip distances?", HISTOGRAM),
        one(
            COACH,
            "chart",
            "scatter of distance vs fuel for the completed trips",
            SCATTER,
        ),
        one(
            COACH,
            "compare",
            "Ballarat vs Bendigo - completed trips in 2023?",
            num(*(((comp["Depot"] == dp) & (cy == 2023)).sum() for dp in ("Ballarat", "Bendigo"))),
        ),
        one(
            COACH,
            "compare",
            "weddings vs corporate, avg driver hrs per booking?",
            num(*(c.loc[c["Client Type"] == t, hrs].mean() for t in ("Wedding", "Corporate"))),
        ),
        one(
            COACH,
            "coverage",
            "what years does the booking data span? first and last year",
            num(y.min(), y.max()),
        ),
        one(
            COACH,
            "date-part",
            "how many bookings fell on a weekend (Sat or Sun)?",
            num((c["_d"].dt.dayofweek >= 5).sum()),
        ),
        one(
            COACH,
            "date-part",
            "bookings per quarter in 2024?",
            num(*c24.groupby(c24["_d"].dt.quarter).size()),
        ),
        one(
            COACH,
            "date-part",
            "total quote ex GST for FY24 (Jul 2023 to Jun 2024), all statuses?",
            num(c.loc[(c["_d"] >= "2023-07-01") & (c["_d"] <= "2024-06-30"), quote].sum()),
        ),
        one(
            COACH,
            "derived",
            "seat fill on completed trips with a pax count - total pax as a % of total coach "
            "seats?",
            num(has_pax["Pax"].sum() / has_pax["Coach Seats"].sum() * 100),
        ),
        one(
            COACH,
            "derived",
            "what's the total inc GST for completed Wedding trips in 2024? (quote ex GST plus 10%)",
            num(comp.loc[(cy == 2024) & (comp["Client Type"] == "Wedding"), quote].sum() * 1.1),
        ),
        one(
            COACH,
            "per-normalise",
            "quote ex GST per km across all bookings - total quote over total km",
            num(c[quote].sum() / c[km].sum()),
        ),
        one(
            COACH,
            "per-normalise",
            "revenue per passenger on completed school trips? total quote ex GST over total "
            "pax, skip trips with no pax",
            num(
                has_pax.loc[has_pax["Client Type"] == "School", quote].sum()
                / has_pax.loc[has_pax["Client Type"] == "School", "Pax"].sum()
            ),
        ),
        one(
            COACH,
            "percent-change",
            "avg quote ex GST per booking, 2024 vs 2023 - % change?",
            num(pct_change(avg_q[2023], avg_q[2024])),
        ),
        one(
            COACH,
            "percent-change",
            "% change in number of Rail Replacement bookings from 2022 to 2024?",
            num(
                pct_change(
                    *(
                        ((c["Client Type"] == "Rail Replacement") & (y == yr)).sum()
                        for yr in (2022, 2024)
                    )
                )
            ),
        ),
        one(
            COACH,
            "numbers-in-question",
            "how many quotes came in at $2.5k or more ex GST?",
            num((c[quote] >= 2500).sum()),
        ),
        one(
            COACH,
            "numbers-in-question",
            "number of bookings under half a grand ex GST ($500)?",
            num((c[quote] < 500).sum()),
        ),
        one(
            COACH,
            "units-columns",
            "fuel economy on completed trips in L/100km - total fuel over total km, only trips "
            "with fuel filled in",
            num(
                comp.loc[comp[fuel].notna(), fuel].sum()
                / comp.loc[comp[fuel].notna(), km].sum()
                * 100
            ),
        ),
        one(
            COACH,
            "units-columns",
            "how many kilolitres of fuel did we burn in 2023?",
            num(c23[fuel].sum() / 1000),
        ),
        one(
            COACH,
            "long-format",
            "how many bookings got rescheduled (RESCH)?",
            num((c["Status"] == "RESCH").sum()),
        ),
        one(
            COACH,
            "long-format",
            "how many Rail Replacement jobs out of Geelong?",
            num(((c["Client Type"] == "Rail Replacement") & (c["Depot"] == "Geelong")).sum()),
        ),
        SealedCase(
            COACH,
            [
                (
                    "how many school bookings (any status) out of Shepparton in 2023?",
                    num(
                        (
                            (c["Depot"] == "Shepparton")
                            & (c["Client Type"] == "School")
                            & (y == 2023)
                        ).sum()
                    ),
                ),
                (
                    "and Warrnambool?",
                    num(
                        (
                            (c["Depot"] == "Warrnambool")
                            & (c["Client Type"] == "School")
                            & (y == 2023)
                        ).sum()
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            COACH,
            [
                (
                    "avg distance km for tour group bookings?",
                    num(c.loc[c["Client Type"] == "Tour Group", km].mean()),
                ),
                (
                    "and the longest one?",
                    num(c.loc[c["Client Type"] == "Tour Group", km].max()),
                ),
                (
                    "just the cancelled ones (CANX) - avg km?",
                    num(
                        c.loc[
                            (c["Client Type"] == "Tour Group") & (c["Status"] == "CANX"), km
                        ].mean()
                    ),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            COACH,
            [
                (
                    "total quoted ex GST for Geelong, whole file?",
                    num(c.loc[c["Depot"] == "Geelong", quote].sum()),
                ),
                (
                    "same for Ballarat",
                    num(c.loc[c["Depot"] == "Ballarat", quote].sum()),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            COACH,
            [
                (
                    "top 3 client types by total km in 2024",
                    ranked(c24.groupby("Client Type")[km].sum(), 3),
                ),
                (
                    "what about 2022?",
                    ranked(c[y == 2022].groupby("Client Type")[km].sum(), 3),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            COACH,
            [
                (
                    "box plot of quote ex GST by client type?",
                    BOX,
                ),
                (
                    "what's the median quote for Sporting Club bookings?",
                    num(c.loc[c["Client Type"] == "Sporting Club", quote].median()),
                ),
            ],
            "follow-up",
        ),
        one(
            COACH,
            "unanswerable",
            "which driver clocked up the most km?",
            NO,
        ),
        one(
            COACH,
            "unanswerable",
            "how many charters did Bendigo run during the lockdowns in twenty twenty-one?",
            NO,
        ),
        one(
            COACH,
            "unanswerable",
            "how happy were the wedding parties with the drivers?",
            NO,
        ),
    ]


def cases() -> list[SealedCase]:
    return saleyard() + pool() + coach()
