"""Conversations over the generated tables bike_share_trips.csv, car_dealership_sales.csv and
ward_occupancy.csv."""

from __future__ import annotations

from tests.sealed8.cases import (
    BAR,
    LINE,
    NO,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

BIKE = "bike_share_trips.csv"
CARS = "car_dealership_sales.csv"
WARD = "ward_occupancy.csv"


def bike_share_trips() -> list[SealedCase]:
    b = load(BIKE, "StartTime", "%Y-%m-%dT%H:%M:%S")
    year = b["_d"].dt.year
    y23, y24 = b[year == 2023], b[year == 2024]
    fare = b["Fare (USD)"]
    hourly = b.groupby(b["_d"].dt.hour).size()
    ebike = b[b["BikeType"] == "ebike"].groupby(year).size()
    by_rider = b.groupby("RiderType")["dur_min"].mean()
    months24 = y24.groupby(y24["_d"].dt.month).size()
    dist = b[b["dist_km"].notna()]
    casual = b[b["RiderType"] == "casual"]
    univ = b[(b["StartStn"] == "UNIV-02") & (year == 2024)]
    assert len(y24) > len(y23) and ebike[2024] > ebike[2023]
    return [
        one(BIKE, "aggregate", "how many trips were taken in 2024", num(len(y24))),
        one(BIKE, "aggregate", "total fare takings, all time", num(fare.sum())),
        one(BIKE, "date-part", "busiest start hour of the day - how many trips started in it",
            num(hourly.max())),
        one(BIKE, "date-part", "how many rides started on a saturday in 2023",
            num((y23["_d"].dt.weekday == 5).sum())),
        one(BIKE, "percent-change", "ride volume growth from 2023 to 2024, pct",
            num(pct_change(len(y23), len(y24)))),
        one(BIKE, "percent-change", "by what % did e-bike trips grow yr over yr (2023 -> 2024)",
            num(pct_change(ebike[2023], ebike[2024]))),
        one(BIKE, "compare", "avg trip length in minutes, members vs casual riders",
            num(by_rider["member"], by_rider["casual"])),
        one(BIKE, "group", "trip counts by start station",
            num(*b.groupby("StartStn").size().tolist())),
        one(BIKE, "ranking", "top 3 start stations by fare revenue",
            ranked(b.groupby("StartStn")["Fare (USD)"].sum(), 3)),
        one(BIKE, "units-columns", "avg trip distance in miles (trips with a distance)",
            num((b["dist_km"] / 1.609344).mean())),
        one(BIKE, "units-columns", "total hours ridden in 2024", num(y24["dur_min"].sum() / 60)),
        one(BIKE, "numbers-in-question", "how many rides lasted over 1 hr",
            num((b["dur_min"] > 60).sum())),
        one(BIKE, "numbers-in-question", "trips costing $10+ - how many?",
            num((fare >= 10).sum())),
        one(BIKE, "derived",
            "overall avg speed in km/h (total km / total hours) over trips that have a distance",
            num(dist["dist_km"].sum() / (dist["dur_min"].sum() / 60))),
        one(BIKE, "derived", "what pct of trips ended at the same station they started from",
            num((b["StartStn"] == b["EndStn"]).mean() * 100)),
        one(BIKE, "per-normalise", "average trips per day in 2024", num(len(y24) / 366)),
        one(BIKE, "superlative", "which month of 2024 had the most trips? how many",
            num(months24.max())),
        one(BIKE, "coverage", "what's the first and last year of trips in this export",
            num(year.min(), year.max())),
        one(BIKE, "chart", "line chart of trips per month", LINE),
        SealedCase(BIKE, [
            ("avg fare for casual riders on e-bikes",
             num(casual[casual["BikeType"] == "ebike"]["Fare (USD)"].mean())),
            ("and on classic bikes?",
             num(casual[casual["BikeType"] == "classic"]["Fare (USD)"].mean())),
        ], "follow-up"),
        SealedCase(BIKE, [
            ("how many trips started at UNIV-02 in march 2024",
             num((univ["_d"].dt.month == 3).sum())),
            ("what about april", num((univ["_d"].dt.month == 4).sum())),
            ("show april 2024 trips for every start station as a bar chart", BAR),
        ], "follow-up"),
        one(BIKE, "unanswerable", "what's the average age of our riders", NO),
        one(BIKE, "unanswerable", "how many bikes were out of service for repairs", NO),
        one(BIKE, "unanswerable", "how much does rain cut the number of trips", NO),
    ]  # fmt: skip


def car_dealership_sales() -> list[SealedCase]:
    c = load(CARS, "Sale Date", "%b %d, %Y")
    year = c["_d"].dt.year
    sale, lst = c["Sale Price ($)"], c["List Price ($)"]
    rev = c.groupby(year)["Sale Price ($)"].sum()
    cond = c.groupby("Condition")["Sale Price ($)"].mean()
    new = c[c["Condition"] == "New"].groupby(year)["Sale Price ($)"].mean()
    disc = (lst - sale) / lst * 100
    month_rev = c.groupby(c["_d"].dt.to_period("M"))["Sale Price ($)"].sum()
    weekday = c.groupby(c["_d"].dt.weekday).size()
    trade = c[c["Trade-In ($)"].notna()]
    used = c[c["Condition"] == "Used"]
    fin = c[c["Financed"] == "Y"]
    cpo23 = c[(c["Condition"] == "CPO") & (year == 2023)].groupby("Branch").size()
    assert rev[2024] > rev[2023] and new[2024] > new[2022]
    return [
        one(CARS, "aggregate", "total sales revenue in 2023", num(rev[2023])),
        one(CARS, "aggregate", "how many used cars did we sell (not counting CPO)",
            num(len(used))),
        one(CARS, "compare", "avg selling price new vs used", num(cond["New"], cond["Used"])),
        one(CARS, "group", "units sold per branch", num(*c.groupby("Branch").size().tolist())),
        one(CARS, "ranking", "top 5 salespeople by sales $ in 2024",
            ranked(c[year == 2024].groupby("Salesperson")["Sale Price ($)"].sum(), 5)),
        one(CARS, "ranking",
            "3 makes with the smallest avg discount off list (% per deal), smallest first",
            ranked(disc.groupby(c["Make"]).mean(), 3, ascending=True)),
        one(CARS, "derived", "average discount off sticker, as a % of list price, per deal",
            num(disc.mean())),
        one(CARS, "derived",
            "on deals with a trade-in, what's the avg sale price minus the trade-in allowance",
            num((trade["Sale Price ($)"] - trade["Trade-In ($)"]).mean())),
        one(CARS, "units-columns", "avg odometer reading of the used (non-CPO) cars, in km",
            num((used["Odometer (mi)"] * 1.609344).mean())),
        one(CARS, "numbers-in-question", "how many cars went for over $40k",
            num((sale > 40000).sum())),
        one(CARS, "numbers-in-question", "number of deals financed at more than 7% APR",
            num((c["APR %"] > 7).sum())),
        one(CARS, "date-part", "which weekday do we sell the most cars on? how many",
            num(weekday.max())),
        one(CARS, "date-part", "how many cars were sold in decembers, all years together",
            num((c["_d"].dt.month == 12).sum())),
        one(CARS, "percent-change", "how much did reveune grow from 2023 to 2024 (%)",
            num(pct_change(rev[2023], rev[2024]))),
        one(CARS, "percent-change", "% rise in the avg new-car sale price, 2022 vs 2024",
            num(pct_change(new[2022], new[2024]))),
        one(CARS, "per-normalise", "avg number of deals per salesperson",
            num(len(c) / c["Salesperson"].nunique())),
        one(CARS, "per-normalise", "avg sale price per branch",
            num(*c.groupby("Branch")["Sale Price ($)"].mean().tolist())),
        one(CARS, "superlative", "best month ever for revenue - how much did we take",
            num(month_rev.max())),
        one(CARS, "coverage", "which years does this cover, and how many deals are there",
            num(year.min(), year.max(), len(c))),
        one(CARS, "chart", "bar chart of avg days on lot by make", BAR),
        SealedCase(CARS, [
            ("avg APR on financed BMWs", num(fin[fin["Make"] == "BMW"]["APR %"].mean())),
            ("same for kias", num(fin[fin["Make"] == "Kia"]["APR %"].mean())),
        ], "follow-up"),
        SealedCase(CARS, [
            ("how many CPO sales did NGT make in 2023", num(cpo23["NGT"])),
            ("and APT?", num(cpo23["APT"])),
        ], "follow-up"),
        one(CARS, "unanswerable", "what's our gross profit margin per car", NO),
        one(CARS, "unanswerable", "which paint colour sells best", NO),
        one(CARS, "unanswerable", "average customer credit score on financed deals", NO),
    ]  # fmt: skip


def _ward():
    w = load(WARD, "Date", "%d/%m/%Y")
    return w.pivot_table(index=["_d", "Ward"], columns="Measure", values="Value").reset_index()


def ward_occupancy() -> list[SealedCase]:
    w = _ward()
    year = w["_d"].dt.year
    icu, amu = w[w["Ward"] == "ICU"], w[w["Ward"] == "AMU"]
    surg, mat = w[w["Ward"] == "SURG"], w[w["Ward"] == "MAT"]
    paed = w[w["Ward"] == "PAED"]
    open24 = w[year == 2024].groupby("_d")["BEDS_OPEN"].sum()
    surg_wd = surg.groupby(surg["_d"].dt.weekday)["ADMITS"].mean()
    q1 = w[w["_d"].dt.month <= 3].groupby(year)["ADMITS"].sum()
    assert q1[2024] > q1[2023]
    census = surg.dropna(subset=["BEDS_OCC"])
    paed_y = paed.groupby(paed["_d"].dt.year)["ADMITS"].sum()
    return [
        one(WARD, "long-format", "total admissions across the hospital in 2023",
            num(w[year == 2023]["ADMITS"].sum())),
        one(WARD, "long-format", "avg number of occupied beds on ICU at midnight",
            num(icu["BEDS_OCC"].mean())),
        one(WARD, "long-format", "how many discharges from maternity (MAT) in total",
            num(mat["DISCH"].sum())),
        one(WARD, "long-format",
            "on average how many beds were open hospital-wide each day in 2024",
            num(open24.mean())),
        one(WARD, "group", "admissions by ward", num(*w.groupby("Ward")["ADMITS"].sum().tolist())),
        one(WARD, "ranking", "rank the wards by total discharges",
            ranked(w.groupby("Ward")["DISCH"].sum(), 5)),
        one(WARD, "compare", "ICU vs PAED: average midnight bed census",
            num(icu["BEDS_OCC"].mean(), paed["BEDS_OCC"].mean())),
        one(WARD, "date-part", "which weekday has the fewest SURG admissions on avg? give the avg",
            num(surg_wd.min())),
        one(WARD, "date-part", "admissions in jan 2024, all wards",
            num(w[(year == 2024) & (w["_d"].dt.month == 1)]["ADMITS"].sum())),
        one(WARD, "percent-change",
            "how much did Q1 admissions (all wards) rise from 2023 to 2024, in %",
            num(pct_change(q1[2023], q1[2024]))),
        one(WARD, "superlative", "most admissions AMU took in a single day?",
            num(amu["ADMITS"].max())),
        one(WARD, "numbers-in-question", "on how many days did ICU have 15 or more beds occupied",
            num((icu["BEDS_OCC"] >= 15).sum())),
        one(WARD, "derived",
            "SURG occupancy %: occupied / open beds each day (days with a census), averaged",
            num((census["BEDS_OCC"] / census["BEDS_OPEN"]).mean() * 100)),
        one(WARD, "per-normalise", "avg admissions per day on MAT", num(mat["ADMITS"].mean())),
        one(WARD, "chart", "plot AMU's daily admissions over time", LINE),
        one(WARD, "coverage", "what years does it cover and how many wards are in it",
            num(year.min(), year.max(), w["Ward"].nunique())),
        SealedCase(WARD, [
            ("total admits to paeds in 2023", num(paed_y[2023])),
            ("and in 2024?", num(paed_y[2024])),
        ], "follow-up"),
        SealedCase(WARD, [
            ("mean daily discharges on AMU", num(amu["DISCH"].mean())),
            ("same but median", num(amu["DISCH"].median())),
        ], "follow-up"),
        one(WARD, "unanswerable", "how many patients died on each ward", NO),
        one(WARD, "unanswerable", "which consultant admitted the most patients", NO),
        one(WARD, "unanswerable", "what were AMU admissions like during the first covid wave", NO),
    ]  # fmt: skip


def cases() -> list[SealedCase]:
    return bike_share_trips() + car_dealership_sales() + ward_occupancy()
