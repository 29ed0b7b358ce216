"""Questions over two generated tables: shop_orders.csv (an online shop's order lines; one
basket `order_id` has several lines; US-style 12-hour timestamps) and hr_staff.csv (an HR
extract with abbreviated departments and US-style dates)."""

from __future__ import annotations

import pandas as pd

from tests.devset2.cases import (
    BAR,
    HISTOGRAM,
    LINE,
    NO,
    SealedCase,
    above,
    best,
    load,
    num,
    one,
    pct_change,
    top,
)

US_CLOCK = "%m/%d/%Y %I:%M %p"
US_DATE = "%m/%d/%Y"


def shop_orders() -> list[SealedCase]:
    t = "shop_orders.csv"
    o = load(t, "orderDate", US_CLOCK)
    total = o["lineTotal"]
    year = o["_d"].dt.year
    orders = o["order_id"].nunique()
    # One row per basket: its value (sum of its lines) and its payment method.
    baskets = o.groupby("order_id").agg(value=("lineTotal", "sum"), payment=("payment", "first"))
    assert (o.groupby("order_id")["payment"].nunique() == 1).all()
    list_value = o["qty"] * o["unit price (EUR)"]

    def revenue(country: str, y: int) -> float:
        return float(total[(o["shipCountry"] == country) & (year == y)].sum())

    def quarter_orders(y: int, q: int) -> int:
        keep = (year == y) & (o["_d"].dt.quarter == q)
        return int(o.loc[keep, "order_id"].nunique())

    return [
        one(t, "aggregate", "total revenue (sum of line totals)", num(total.sum())),
        # Orders are baskets (order_id), not lines.
        one(t, "aggregate", "how many orders do we have", num(orders)),
        one(t, "aggregate", "number of unique customers", num(o["customer_id"].nunique())),
        one(t, "group", "sales by category", num(*o.groupby("category")["lineTotal"].sum())),
        one(
            t,
            "group",
            "number of orders per payment method",
            num(*baskets.groupby("payment").size()),
        ),
        one(
            t,
            "ranking",
            "top 3 ship countries by revenue",
            top(o.groupby("shipCountry")["lineTotal"].sum()),
        ),
        one(
            t,
            "ranking",
            "best selling sku by units - how many units",
            num(best(o.groupby("sku")["qty"].sum())),
        ),
        one(t, "chart", "monthly revenue trend", LINE),
        one(t, "chart", "bar chart of units sold by category", BAR),
        # Basket value = the sum of an order's lines; mean over the orders of each method.
        one(
            t,
            "compare",
            "avg order value: paypal vs card",
            num(
                baskets.loc[baskets["payment"] == "paypal", "value"].mean(),
                baskets.loc[baskets["payment"] == "card", "value"].mean(),
            ),
        ),
        one(t, "coverage", "which years do the orders cover", num(year.min(), year.max())),
        one(
            t,
            "date-part",
            "revenue from orders placed on sundays",
            num(total[o["_d"].dt.day_of_week == 6].sum()),
        ),
        # "After 10 pm": placed at 22:00 or later (the 22 and 23 o'clock hours).
        one(
            t,
            "date-part",
            "how many orders were placed after 10pm",
            num(o.loc[o["_d"].dt.hour >= 22, "order_id"].nunique()),
        ),
        # Discount money over list value (qty × unit price), both summed, in percent.
        one(
            t,
            "derived",
            "total discount as a % of list value (qty x unit price)",
            num((list_value - total).sum() / list_value.sum() * 100),
        ),
        one(
            t,
            "derived",
            "what % of order lines were returned",
            num((o["returned"] == "Y").mean() * 100),
        ),
        # Items = units (qty), summed, over the number of baskets.
        one(
            t,
            "per-normalise",
            "how many items does a typical order contain (mean qty per order)",
            num(o["qty"].sum() / orders),
        ),
        one(t, "per-normalise", "average number of lines per basket", num(len(o) / orders)),
        one(
            t,
            "per-normalise",
            "orders per customer on average",
            num(orders / o["customer_id"].nunique()),
        ),
        one(
            t,
            "percent-change",
            "revenue growth 2023 to 2024 in %",
            num(pct_change(total[year == 2023].sum(), total[year == 2024].sum())),
        ),
        one(
            t,
            "percent-change",
            "how did the number of orders change from Q1 2024 to Q2 2024 (%)",
            num(pct_change(quarter_orders(2024, 1), quarter_orders(2024, 2))),
        ),
        one(
            t,
            "numbers-in-question",
            "how many orders were worth more than 250 eur",
            num(above(baskets["value"], 250)),
        ),
        one(
            t,
            "numbers-in-question",
            "lines with a discount of at least 15%",
            num((o["discount_pct"] >= 15).sum()),
        ),
        one(t, "units-columns", "total weight shipped in kg", num(o["weight (kg)"].sum())),
        one(t, "units-columns", "avg unit price in euros", num(o["unit price (EUR)"].mean())),
        one(
            t,
            "long-format",
            "how much revenue came through klarna",
            num(total[o["payment"] == "klarna"].sum()),
        ),
        SealedCase(
            t,
            [
                ("revenue from germany in 2024", num(revenue("DE", 2024))),
                ("and france?", num(revenue("FR", 2024))),
                ("now 2023", num(revenue("FR", 2023))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("revenue per year", num(*total.groupby(year).sum())),
                ("now by quarter", num(*total.groupby([year, o["_d"].dt.quarter]).sum())),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "what's our gross margin", NO),
        one(t, "unanswerable", "which warehouse shipped the most orders", NO),
    ]


def hr_staff() -> list[SealedCase]:
    t = "hr_staff.csv"
    h = load(t, "hire_date", US_DATE)
    left = pd.to_datetime(h["exit_date"], format=US_DATE)
    salary = h["Salary ($)"]
    hired = h["_d"].dt.year
    hires = hired.value_counts()
    women = h["gender"] == "F"

    def pay(dept: str, female: bool) -> float:
        return float(salary[(h["dept"] == dept) & (women == female)].mean())

    def leavers(year: int) -> int:
        return int((left.dt.year == year).sum())

    return [
        one(t, "aggregate", "how many employees are still with us", num(left.isna().sum())),
        one(t, "group", "avg salary by dept", num(*h.groupby("dept")["Salary ($)"].mean())),
        one(t, "group", "headcount per site", num(*h.groupby("site").size())),
        one(
            t,
            "ranking",
            "top 3 departments by average overtime",
            top(h.groupby("dept")["overtime_hrs"].mean()),
        ),
        one(t, "chart", "histogram of salaries", HISTOGRAM),
        one(
            t,
            "compare",
            "avg salary women vs men",
            num(salary[women].mean(), salary[~women].mean()),
        ),
        one(
            t,
            "compare",
            "do remote workers take more sick days on average than non-remote?",
            num(
                h.loc[h["remote"] == "Yes", "sick_days"].mean(),
                h.loc[h["remote"] == "No", "sick_days"].mean(),
            ),
        ),
        one(t, "coverage", "hire dates span which years", num(hired.min(), hired.max())),
        one(
            t,
            "date-part",
            "how many people were hired in september (any year)",
            num((h["_d"].dt.month == 9).sum()),
        ),
        # Everyone who has an exit date, over everyone in the extract.
        one(
            t,
            "derived",
            "what percentage of all employees have left",
            num(left.notna().mean() * 100),
        ),
        one(
            t,
            "per-normalise",
            "avg number of hires per year",
            num(len(h) / hired.nunique()),
        ),
        one(
            t,
            "percent-change",
            "% change in hiring between 2015 and 2022",
            num(pct_change(hires[2015], hires[2022])),
        ),
        one(
            t,
            "numbers-in-question",
            "no. of staff earning 100k or more",
            num((salary >= 100_000).sum()),
        ),
        one(
            t,
            "units-columns",
            "what do all the salaries in the file add up to, in dollars",
            num(salary.sum()),
        ),
        one(t, "units-columns", "mean overtime hours per employee", num(h["overtime_hrs"].mean())),
        one(
            t, "long-format", "how many employees are grade G5", num((h["jobGrade"] == "G5").sum())
        ),
        # The third turn keeps the department (SLS) and replaces the gender.
        SealedCase(
            t,
            [
                ("avg salary for women in ENG", num(pay("ENG", True))),
                ("and in sales (SLS)?", num(pay("SLS", True))),
                ("and for men?", num(pay("SLS", False))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("how many people left in 2023", num(leavers(2023))),
                ("and 2024?", num(leavers(2024))),
            ],
            "follow-up",
        ),
        one(t, "unanswerable", "how many employees have a phd", NO),
        one(t, "unanswerable", "avg salary in the london office", NO),
    ]
