"""Questions over the two generated business tables: orders.csv and store_kpis.csv."""

from __future__ import annotations

from tests.sealed.cases import BAR, HISTOGRAM, LINE, NO, SealedCase, load, num, one, pct_change, top


def orders() -> list[SealedCase]:
    t = "orders.csv"
    o = load(t, "orderDate")
    year = o["_d"].dt.year
    amount = o["netAmount"]
    card, paypal = (amount[o["paymentMethod"] == m].mean() for m in ("card", "paypal"))
    per_customer = o.groupby("customerId")["netAmount"].sum()
    y21, y23 = amount[year == 2021].sum(), amount[year == 2023].sum()
    furn = o[o["category"] == "Furniture"]
    apparel = o[o["category"] == "Apparel"]

    def elec(y: int, cat: str = "Electronics") -> float:
        return amount[(o["category"] == cat) & (year == y)].sum()

    def invoices(region: str) -> int:
        return int(((o["paymentMethod"] == "invoice") & (o["region"] == region)).sum())

    return [
        one(t, "aggregate", "total net amount in 2022", num(amount[year == 2022].sum())),
        one(
            t,
            "per-normalise",
            "avg netAmount per order in europe",
            num(amount[o["region"] == "Europe"].mean()),
        ),
        one(
            t,
            "group",
            "total qty by category",
            num(*o.groupby("category")["qty"].sum()),
        ),
        one(t, "ranking", "top 3 customers by total spend", top(per_customer)),
        one(t, "numbers-in-question", "how many orders above 2.5k", num((amount > 2500).sum())),
        one(
            t,
            "numbers-in-question",
            "number of orders with a discount of more than 15%",
            num((o["discountPct"] > 15).sum()),
        ),
        one(
            t,
            "numbers-in-question",
            "orders over 1,000 in latin america - how many?",
            num(((amount > 1000) & (o["region"] == "Latin America")).sum()),
        ),
        one(
            t,
            "date-part",
            "how many orders were placed on saturdays",
            num((o["_d"].dt.dayofweek == 5).sum()),
        ),
        one(
            t,
            "date-part",
            "avg net amount of december orders (all years)",
            num(amount[o["_d"].dt.month == 12].mean()),
        ),
        one(t, "coverage", "which years does the data cover", num(year.min(), year.max())),
        one(
            t,
            "percent-change",
            "% change in total netAmount from 2021 to 2023",
            num(pct_change(y21, y23)),
        ),
        one(
            t,
            "derived",
            "net amount per item sold for apparel",
            num(apparel["netAmount"].sum() / apparel["qty"].sum()),
        ),
        one(t, "derived", "avg unit price for furnture", num(furn["unitPrice"].mean())),
        one(t, "per-normalise", "avg qty per order", num(o["qty"].mean())),
        one(
            t,
            "per-normalise",
            "how many orders per customer on average",
            num(len(o) / o["customerId"].nunique()),
        ),
        one(
            t,
            "per-normalise",
            "avg number of orders per month",
            num(len(o) / o["_d"].dt.to_period("M").nunique()),
        ),
        one(
            t,
            "units-columns",
            "avg discountPct for invoice orders",
            num(o.loc[o["paymentMethod"] == "invoice", "discountPct"].mean()),
        ),
        one(
            t,
            "group",
            "net amount per region",
            num(*o.groupby("region")["netAmount"].sum()),
        ),
        one(
            t,
            "compare",
            "is the avg order amount higher for card or paypal",
            num(card, paypal),
        ),
        one(
            t, "aggregate", "how many distinct customers are there", num(o["customerId"].nunique())
        ),
        one(t, "per-normalise", "average spend per customer", num(per_customer.mean())),
        one(t, "ranking", "top 3 regions by number of orders", top(o["region"].value_counts())),
        one(t, "chart", "line chart of monthly net amount", LINE),
        one(t, "chart", "histogram of shipDays", HISTOGRAM),
        one(t, "aggregate", "median ship days", num(o["shipDays"].median())),
        one(
            t,
            "numbers-in-question",
            "avg shipDays for orders with qty of 10 or more",
            num(o.loc[o["qty"] >= 10, "shipDays"].mean()),
        ),
        one(t, "unanswerable", "total profit in 2022", NO),
        one(t, "unanswerable", "total sales in 2019", NO),
        one(t, "unanswerable", "why did europe orders drop in 2023", NO),
        one(t, "unanswerable", "forecast the net amount for 2025", NO),
        SealedCase(
            t,
            [
                ("total netAmount for electronics in 2021", num(elec(2021))),
                ("and 2022?", num(elec(2022))),
                ("what about furniture", num(elec(2022, "Furniture"))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many invoice orders in asia pacific", num(invoices("Asia Pacific"))),
                ("and in europe?", num(invoices("Europe"))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                (
                    "avg shipDays for card payments",
                    num(o.loc[o["paymentMethod"] == "card", "shipDays"].mean()),
                ),
                (
                    "same for invoice",
                    num(o.loc[o["paymentMethod"] == "invoice", "shipDays"].mean()),
                ),
            ],
            "follow-up",
        ),
    ]


def store_kpis() -> list[SealedCase]:
    t = "store_kpis.csv"
    k = load(t, "month")
    year = k["_d"].dt.year

    def total(metric: str, store: str | None = None, y: int | None = None) -> float:
        rows = k["metric"] == metric
        if store is not None:
            rows &= k["store"] == store
        if y is not None:
            rows &= year == y
        return k.loc[rows, "value"].sum()

    returns = k[k["metric"] == "returns"].groupby("store")["value"].sum()
    porto_visits = k[(k["metric"] == "visits") & (k["store"] == "Porto")]["value"]
    q1 = k[(k["metric"] == "sales_eur") & k["month"].isin(["2023-01", "2023-02", "2023-03"])]
    return [
        one(
            t,
            "long-format",
            "how many returns did porto have in 2023",
            num(total("returns", "Porto", 2023)),
        ),
        one(t, "long-format", "total visits across all stores", num(total("visits"))),
        one(t, "long-format", "which store has the most returns", num(returns.max())),
        one(
            t,
            "long-format",
            "avg monthly sales_eur for lyon",
            num(k[(k["metric"] == "sales_eur") & (k["store"] == "Lyon")]["value"].mean()),
        ),
        one(
            t,
            "derived",
            "returns per 100 visits for graz",
            num(total("returns", "Graz") / total("visits", "Graz") * 100),
        ),
        one(
            t,
            "compare",
            "did ghent or turin have more visits in 2022",
            num(total("visits", "Ghent", 2022), total("visits", "Turin", 2022)),
        ),
        one(
            t,
            "percent-change",
            "how much did leeds sales grow from 2022 to 2023 in %",
            num(pct_change(total("sales_eur", "Leeds", 2022), total("sales_eur", "Leeds", 2023))),
        ),
        one(t, "date-part", "total sales_eur in Q1 2023", num(q1["value"].sum())),
        one(
            t,
            "per-normalise",
            "avg visits per month for leeds",
            num(k[(k["metric"] == "visits") & (k["store"] == "Leeds")]["value"].mean()),
        ),
        one(t, "coverage", "what period does this data cover", num(year.min(), year.max())),
        one(
            t,
            "group",
            "visits per store",
            num(*k[k["metric"] == "visits"].groupby("store")["value"].sum()),
        ),
        one(t, "ranking", "top 3 stores by returns", top(returns)),
        one(
            t,
            "numbers-in-question",
            "in how many months did porto have more than 6,500 visits",
            num((porto_visits > 6500).sum()),
        ),
        one(t, "chart", "bar chart of sales_eur by store", BAR),
        one(t, "unanswerable", "what's the profit margin per store", NO),
        one(t, "unanswerable", "how many employees work at lyon", NO),
        SealedCase(
            t,
            [
                ("total returns at lyon in 2022", num(total("returns", "Lyon", 2022))),
                ("what about 2023", num(total("returns", "Lyon", 2023))),
                ("and graz?", num(total("returns", "Graz", 2023))),
            ],
            "follow-up",
        ),
    ]
