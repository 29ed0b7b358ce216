"""Questions on the generated greenhouse_readings.csv, office_leases.csv and
charity_donations.csv."""

from __future__ import annotations

from tests.sealed10.cases import (
    HISTOGRAM,
    LINE,
    NO,
    PIE,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

GH = "greenhouse_readings.csv"
OL = "office_leases.csv"
CD = "charity_donations.csv"

SQ_M_PER_SQ_FT = 0.09290304


def _greenhouse() -> list[SealedCase]:
    g = load(GH, "Date", "%Y/%m/%d")

    def metric(name: str, **where: object):
        rows = g[g["Metric"] == name]
        for column, value in where.items():
            rows = rows[rows[column] == value]
        return rows

    harvest = metric("Harvest (kg)")
    heating = metric("Heating (kWh)")
    water = metric("Irrigation (L)")
    co2 = metric("CO2 (ppm)")
    temp = metric("Air Temp (C)")
    rh = metric("Rel Humidity (%)")
    heat_month = heating.groupby(heating["_d"].dt.month)["Value"].sum()
    assert heat_month[1] > heat_month[7]
    cucumber_water = water[water["House"] == "GH-B"]["Value"].sum()
    cucumber_kg = harvest[harvest["House"] == "GH-B"]["Value"].sum()
    gh_c_june = co2[(co2["House"] == "GH-C") & (co2["_d"].dt.month == 6)]["Value"]
    gh_a_q3 = water[(water["House"] == "GH-A") & (water["_d"].dt.quarter == 3)]["Value"]
    return [
        one(
            GH,
            "long-format",
            "total tomato harvest in 2024, kg",
            num(harvest[harvest["Crop"] == "Tomato"]["Value"].sum()),
        ),
        one(
            GH,
            "long-format",
            "avg air temp in GH-D",
            num(temp[temp["House"] == "GH-D"]["Value"].mean()),
        ),
        one(
            GH,
            "units-columns",
            "total irrigation water used across all the houses in cubic metres",
            num(water["Value"].sum() / 1000),
        ),
        one(
            GH,
            "per-normalise",
            "average heating use per house per day, kWh",
            num(heating["Value"].mean()),
        ),
        one(
            GH,
            "units-columns",
            "avg air temperature in GH-A in fahrenheit",
            num(temp[temp["House"] == "GH-A"]["Value"].mean() * 9 / 5 + 32),
        ),
        one(GH, "group", "harvest by crop", num(*harvest.groupby("Crop")["Value"].sum().tolist())),
        one(
            GH,
            "date-part",
            "which month had the highest heating use, all houses together? kWh",
            num(heat_month.max()),
        ),
        one(
            GH,
            "per-normalise",
            "litres of water per kg of cucumbers harvested",
            num(cucumber_water / cucumber_kg),
        ),
        one(GH, "superlative", "highest co2 reading recorded? ppm", num(co2["Value"].max())),
        one(
            GH,
            "coverage",
            "how many co2 readings are missing, and how many days does the greenhouse data cover?",
            num(co2["Value"].isna().sum(), g["_d"].nunique()),
        ),
        one(GH, "chart", "line chart of the daily harvest in GH-B", LINE),
        one(
            GH,
            "percent-change",
            "how much more heating energy was used in january than in july, in %?",
            num(pct_change(heat_month[7], heat_month[1])),
        ),
        one(
            GH,
            "compare",
            "lettuce vs pepper total harvest",
            num(
                harvest[harvest["Crop"] == "Lettuce"]["Value"].sum(),
                harvest[harvest["Crop"] == "Pepper"]["Value"].sum(),
            ),
        ),
        one(
            GH,
            "ranking",
            "rank the houses by total heating kWh, top 3",
            ranked(heating.groupby("House")["Value"].sum(), 3),
        ),
        one(
            GH,
            "long-format",
            "mean co2 in GH-C in june, ignoring the missing readings",
            num(gh_c_june.mean()),
        ),
        one(GH, "long-format", "total irrigation for GH-A in Q3", num(gh_a_q3.sum())),
        SealedCase(
            GH,
            [
                ("avg humidity in GH-A?", num(rh[rh["House"] == "GH-A"]["Value"].mean())),
                ("and GH-C?", num(rh[rh["House"] == "GH-C"]["Value"].mean())),
            ],
            "follow-up",
        ),
        SealedCase(
            GH,
            [
                (
                    "total heating kWh in GH-A over the year",
                    num(heating[heating["House"] == "GH-A"]["Value"].sum()),
                ),
                ("what about GH-D", num(heating[heating["House"] == "GH-D"]["Value"].sum())),
            ],
            "follow-up",
        ),
        one(GH, "unanswerable", "what price did the tomatoes sell for?", NO),
        one(GH, "unanswerable", "what was the outside temperature on the coldest day", NO),
        one(GH, "unanswerable", "pest and disease incidents per house?", NO),
    ]


def _leases() -> list[SealedCase]:
    o = load(OL, "Start", "%m/%d/%Y")
    rent, area = o["Rent (USD 000 pa)"], o["Area (sq ft)"]
    active = o["Status"] == "ACTIVE"
    start_year = o["_d"].dt.year
    psf = rent * 1000 / area
    office = o["Use"] == "OFF"
    psf_15, psf_24 = (
        psf[office & (start_year == 2015)].mean(),
        psf[office & (start_year == 2024)].mean(),
    )
    assert psf_24 > psf_15
    hq1 = active & (o["Bldg"] == "HQ1")
    park2 = active & (o["Bldg"] == "PARK2")
    quarter = o["_d"].dt.quarter.value_counts()
    assert quarter.nlargest(2).iloc[0] > quarter.nlargest(2).iloc[1]
    return [
        one(
            OL,
            "aggregate",
            "total annual rent of the active leases ($000)",
            num(rent[active].sum()),
        ),
        one(
            OL,
            "units-columns",
            "avg lease area in square metres",
            num(area.mean() * SQ_M_PER_SQ_FT),
        ),
        one(
            OL,
            "numbers-in-question",
            "how many active leases pay more than $500k a year?",
            num((active & (rent > 500)).sum()),
        ),
        one(
            OL,
            "units-columns",
            "avg monthly rent in dollars for the active TWR5 leases",
            num(rent[active & (o["Bldg"] == "TWR5")].mean() * 1000 / 12),
        ),
        one(
            OL,
            "per-normalise",
            "rent per sq ft per year at HQ1 across its active leases, in dollars",
            num(rent[hq1].sum() * 1000 / area[hq1].sum()),
        ),
        one(OL, "group", "number of leases by status", num(*o["Status"].value_counts().tolist())),
        one(OL, "superlative", "biggest lease by floor area? sq ft", num(area.max())),
        one(
            OL,
            "ranking",
            "top 3 tenant sectors by total area leased (active leases only)",
            ranked(o[active].groupby("Tenant Sector")["Area (sq ft)"].sum(), 3),
        ),
        one(
            OL,
            "derived",
            "% of leases with a break clause",
            num(o["Break (yrs)"].notna().mean() * 100),
        ),
        one(OL, "date-part", "how many leases started in 2020", num((start_year == 2020).sum())),
        one(
            OL,
            "date-part",
            "which quarter of the year do most leases start in (all years)? how many",
            num(quarter.max()),
        ),
        one(
            OL,
            "numbers-in-question",
            "how many leases are over 20k sq ft?",
            num((area > 20000).sum()),
        ),
        one(
            OL,
            "percent-change",
            "avg rent psf for office leases starting in 2015 vs 2024, % increase",
            num(pct_change(psf_15, psf_24)),
        ),
        one(
            OL,
            "compare",
            "avg service charge TWR5 vs DOCK3",
            num(
                o.loc[o["Bldg"] == "TWR5", "Svc Chg ($/sq ft)"].mean(),
                o.loc[o["Bldg"] == "DOCK3", "Svc Chg ($/sq ft)"].mean(),
            ),
        ),
        one(OL, "chart", "histogram of lease areas", HISTOGRAM),
        one(
            OL,
            "coverage",
            "how many leases are there, and in which years did the earliest and latest start?",
            num(len(o), start_year.min(), start_year.max()),
        ),
        one(
            OL,
            "aggregate",
            "average rent-free period where one was given, in months",
            num(o["Rent Free (mths)"].mean()),
        ),
        SealedCase(
            OL,
            [
                ("how many active leases in PARK2?", num(park2.sum())),
                ("and their combined annual rent in $000?", num(rent[park2].sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            OL,
            [
                (
                    "avg term of the RET leases, yrs",
                    num(o.loc[o["Use"] == "RET", "Term (yrs)"].mean()),
                ),
                ("and IND?", num(o.loc[o["Use"] == "IND", "Term (yrs)"].mean())),
            ],
            "follow-up",
        ),
        one(OL, "unanswerable", "list the tenant company names with the biggest rents", NO),
        one(OL, "unanswerable", "forecast the vacancy rate for next year", NO),
        one(OL, "unanswerable", "why did the tenants who vacated leave?", NO),
    ]


def _donations() -> list[SealedCase]:
    c = load(CD, "Gift_Date", "%d.%m.%y")
    amount = c["Amount (GBP)"]
    year = c["_d"].dt.year
    aided = c["GiftAid"] == "Y"
    x23 = amount[c["Campaign"] == "XMAS23"].sum()
    x24 = amount[c["Campaign"] == "XMAS24"].sum()
    assert x24 > x23
    month_24 = c[year == 2024].groupby(c["_d"].dt.month)["Amount (GBP)"].sum()
    run = c["Campaign"] == "RUN24"
    ga_24 = c[aided & (year == 2024)]
    return [
        one(CD, "aggregate", "total raised in 2024", num(amount[year == 2024].sum())),
        one(
            CD,
            "derived",
            "gift aid uplift on 2023 gifts (25% of the gift-aided amounts)",
            num(amount[aided & (year == 2023)].sum() * 0.25),
        ),
        one(
            CD,
            "group",
            "total donations by channel",
            num(*c.groupby("Channel")["Amount (GBP)"].sum().tolist()),
        ),
        one(
            CD,
            "ranking",
            "top 3 regions by amount raised",
            ranked(c.groupby("Region")["Amount (GBP)"].sum(), 3),
        ),
        one(CD, "superlative", "largest single gift we received?", num(amount.max())),
        one(
            CD,
            "date-part",
            "which month of 2024 raised the most, and how much?",
            num(month_24.max()),
        ),
        one(
            CD,
            "per-normalise",
            "avg amount given per donor (total / distinct donors)",
            num(amount.sum() / c["DonorRef"].nunique()),
        ),
        one(
            CD,
            "percent-change",
            "XMAS24 appeal vs the XMAS23 appeal total, % change",
            num(pct_change(x23, x24)),
        ),
        one(
            CD, "numbers-in-question", "how many gifts of £1k or more?", num((amount >= 1000).sum())
        ),
        one(
            CD,
            "coverage",
            "how many donations and how many distinct donors are there",
            num(len(c), c["DonorRef"].nunique()),
        ),
        one(
            CD,
            "compare",
            "online vs postal avg gift size",
            num(amount[c["Channel"] == "ONL"].mean(), amount[c["Channel"] == "POST"].mean()),
        ),
        one(CD, "chart", "pie chart of totals by channel", PIE),
        one(
            CD,
            "units-columns",
            "total raised in 2023 in £k",
            num(amount[year == 2023].sum() / 1000),
        ),
        one(
            CD,
            "derived",
            "share of gifts not tied to any campaign, %",
            num(c["Campaign"].isna().mean() * 100),
        ),
        SealedCase(
            CD,
            [
                ("how much did the RUN24 appeal raise?", num(amount[run].sum())),
                ("how many gifts was that", num(run.sum())),
            ],
            "follow-up",
        ),
        SealedCase(
            CD,
            [
                (
                    "total gift-aided donations from london in 2024",
                    num(ga_24.loc[ga_24["Region"] == "LON", "Amount (GBP)"].sum()),
                ),
                (
                    "and from scotland?",
                    num(ga_24.loc[ga_24["Region"] == "SCO", "Amount (GBP)"].sum()),
                ),
            ],
            "follow-up",
        ),
        one(CD, "unanswerable", "what's the average age of our donors", NO),
        one(CD, "unanswerable", "cost of fundraising per campaign?", NO),
        one(CD, "unanswerable", "why did giving dip over the summer", NO),
    ]


def cases() -> list[SealedCase]:
    return [*_greenhouse(), *_leases(), *_donations()]
