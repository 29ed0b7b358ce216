"""Conversations over library_loans.csv: a public library's loans, 2022–2024 (ISO dates,
`ReturnDate` and `LateFee_USD` blank for items still out, renewals extend `DueDate`)."""

from __future__ import annotations

import pandas as pd

from tests.devset3.cases import (
    LINE,
    NO,
    PIE,
    SealedCase,
    best,
    load,
    num,
    one,
    pct_change,
    ranked,
)

ISO = "%Y-%m-%d"


def cases() -> list[SealedCase]:
    t = "library_loans.csv"
    b = load(t, "CheckoutDate", ISO)
    due = pd.to_datetime(b["DueDate"], format=ISO)
    back = pd.to_datetime(b["ReturnDate"], format=ISO)
    year = b["_d"].dt.year
    fee = b["LateFee_USD"]
    kept = (back - b["_d"]).dt.days
    returned = back.notna()
    item = b["ItemType"]

    def loans(branch: str, y: int) -> int:
        return int(((b["Branch"] == branch) & (year == y)).sum())

    def member_fees(kind: str) -> float:
        return float(fee[b["MemberType"] == kind].sum())

    def genres(branch: str):
        return ranked(b[b["Branch"] == branch].groupby("Genre").size(), 3)

    ebooks = [((item == "eBook") & (year == y)).sum() for y in (2022, 2023)]
    assert ebooks[1] > ebooks[0]
    rows = [
        ("aggregate", "how many loans are there", num(len(b))),
        ("aggregate", "total late fees collected", num(fee.sum())),
        ("aggregate", "how many items are still out", num((~returned).sum())),
        ("group", "loans per branch", num(*b.groupby("Branch").size())),
        (
            "group",
            "avg late fee by member type",
            num(*b.groupby("MemberType")["LateFee_USD"].mean()),
        ),
        ("ranking", "top 3 genres by number of loans", ranked(b.groupby("Genre").size(), 3)),
        (
            "ranking",
            "rank the branches by late fees collected, top 3",
            ranked(b.groupby("Branch")["LateFee_USD"].sum(), 3),
        ),
        (
            "superlative",
            "which branch lent out the most DVDs, how many",
            num(best(b[item == "DVD"].groupby("Branch").size())),
        ),
        (
            "superlative",
            "busiest calendar month for checkouts - how many loans",
            num(best(b.groupby(b["_d"].dt.month).size())),
        ),
        (
            "compare",
            "avg loan length in days (return minus checkout): books vs dvds",
            num(kept[item == "Book"].mean(), kept[item == "DVD"].mean()),
        ),
        ("coverage", "what years do the checkouts cover", num(year.min(), year.max())),
        ("date-part", "checkouts on sundays", num((b["_d"].dt.day_of_week == 6).sum())),
        (
            "date-part",
            "number of loans in q4 2023",
            num(((year == 2023) & (b["_d"].dt.quarter == 4)).sum()),
        ),
        (
            "derived",
            "% of returned loans that came back after the due date",
            num((back[returned] > due[returned]).mean() * 100),
        ),
        ("derived", "average loan length in days for returned items", num(kept.mean())),
        ("per-normalise", "avg renewals per loan", num(b["Renewals"].mean())),
        ("per-normalise", "loans per member type", num(*b.groupby("MemberType").size())),
        (
            "percent-change",
            "yoy growth in ebook loans 2022 to 2023, pct",
            num(pct_change(*ebooks)),
        ),
        ("numbers-in-question", "loans with a late fee of at least $2", num((fee >= 2).sum())),
        (
            "numbers-in-question",
            "how many loans were renewed more than once",
            num((b["Renewals"] > 1).sum()),
        ),
        ("units-columns", "avg late fee in usd", num(fee.mean())),
        ("long-format", "how many audiobook loans", num((item == "Audiobook").sum())),
        (
            "long-format",
            "children's books borrowed at riverside (genre Children)",
            num(((b["Genre"] == "Children") & (b["Branch"] == "Riverside")).sum()),
        ),
        ("chart", "monthly checkouts as a line chart", LINE),
        ("chart", "pie of loans by item type", PIE),
        ("unanswerable", "which author gets borrowed the most", NO),
        ("unanswerable", "average age of our members", NO),
        ("unanswerable", "how many loans were made in 2021", NO),
        ("unanswerable", "why do students rack up more late fees than seniors", NO),
    ]
    return [one(t, *row) for row in rows] + [
        SealedCase(
            t,
            [
                ("loans at Central in 2023", num(loans("Central", 2023))),
                ("and Northside?", num(loans("Northside", 2023))),
                ("what about 2024?", num(loans("Northside", 2024))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("late fees paid by students", num(member_fees("Student"))),
                ("seniors?", num(member_fees("Senior"))),
            ],
            "follow-up",
        ),
        SealedCase(
            t,
            [
                ("top 3 genres at hillcrest", genres("Hillcrest")),
                ("and at eastgate?", genres("Eastgate")),
            ],
            "follow-up",
        ),
    ]
