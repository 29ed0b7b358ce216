"""The questions of the retrieval evaluation set, and the ones no document answers.

Each `Question` names the file in `documents/` that answers it and a `passage`: an exact
substring (20–300 characters) of that file that holds the answer. Passages may span line
breaks; scorers compare them after normalising whitespace (see `scoring.py`).

    from tests.retrieval.questions import QUESTIONS, UNANSWERABLE, DOCUMENTS
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

DOCUMENTS = Path(__file__).resolve().parent / "documents"


@dataclass(frozen=True)
class Question:
    """An analyst's question, the document that answers it and the answering passage."""

    text: str
    document: str
    passage: str


QUESTIONS: list[Question] = [
    # Churn methodology handbook
    Question(
        "how is churn definied in the handbook?",
        "churn_methodology_handbook.md",
        "A subscriber has churned when their last paid plan has expired and no new "
        "paid plan starts\n"
        "within the 30-day grace window that follows the expiry.",
    ),
    Question(
        "If a member's plan lapses and they resubscribe two weeks later, do we record a churn?",
        "churn_methodology_handbook.md",
        "If the customer comes back inside the window,\n"
        "nothing is recorded: the gap is simply ignored",
    ),
    Question(
        "can I just multiply the monthly churn rate by 12 to get yearly churn",
        "churn_methodology_handbook.md",
        "Annual figures must not be obtained by multiplying the monthly rate by "
        "twelve. To annualise a\n"
        "steady monthly rate m, use 1 − (1 − m)^12.",
    ),
    Question(
        "Why is last month's churn figure flagged as provisional and how much does it "
        "usually move?",
        "churn_methodology_handbook.md",
        "they are typically revised upward by 5 to 10 per cent when they become final",
    ),
    Question(
        "What counts as involuntary churn for Club subscriptions?",
        "churn_methodology_handbook.md",
        "Involuntary churn is churn whose\nfinal plan expired because payment failed",
    ),
    Question(
        "How long can a subscriber pause their membership before it turns into churn?",
        "churn_methodology_handbook.md",
        "A subscriber who uses the holiday pause stays an active subscriber for up to "
        "60 consecutive\n"
        "days of pause.",
    ),
    Question(
        "are free trial users counted as active subscribers for churn?",
        "churn_methodology_handbook.md",
        "free trials, including the 14-day trial offered with a first kitchen order;",
    ),
    Question(
        "below what cohort size are retention curves greyed out?",
        "churn_methodology_handbook.md",
        "cohorts with fewer than 200 customers are greyed out",
    ),
    Question(
        "Is gross revenue churn allowed to be negative?",
        "churn_methodology_handbook.md",
        "Expansion from\n"
        "  upgrades is never subtracted, so gross revenue churn can never be negative.",
    ),
    # Sales order lines data dictionary
    Question(
        "which columns are in euros?",
        "sales_order_lines_data_dictionary.md",
        "Every column whose name ends in `_eur` is stated in euros",
    ),
    Question(
        "What currency is the cost of goods column in the order lines table?",
        "sales_order_lines_data_dictionary.md",
        "| cost_of_goods_gbp | DECIMAL(14,2) | GBP | Standard cost of the items from "
        "the UK purchasing ledger, excluding freight. |",
    ),
    Question(
        "does net_revenue_eur already have refunds taken off?",
        "sales_order_lines_data_dictionary.md",
        "| net_revenue_eur | DECIMAL(14,2) | EUR | Gross revenue minus VAT. Refunds "
        "are not deducted here. |",
    ),
    Question(
        "According to the sales data dictionary, what does finance count as revenue?",
        "sales_order_lines_data_dictionary.md",
        "The figure finance reports as revenue is `net_revenue_eur` minus refunds from\n"
        "`sales.returns`, recognised on the ship date rather than the order date.",
    ),
    Question(
        "what is one row in sales.order_lines",
        "sales_order_lines_data_dictionary.md",
        "One row per product line of a customer order.",
    ),
    Question(
        "Is the shipping fee repeated on every line of an order?",
        "sales_order_lines_data_dictionary.md",
        "Shipping charged to the customer, allocated to the first line of the order only.",
    ),
    Question(
        "were discounts stored with or without VAT on old orders?",
        "sales_order_lines_data_dictionary.md",
        "Before the 2022 migration, `discount_local` held discounts excluding VAT.",
    ),
    Question(
        "do cancelled orders show up in the order lines extract",
        "sales_order_lines_data_dictionary.md",
        "Cancelled orders are kept, with `order_status = 'cancelled'`, so filter them "
        "out\n"
        "before summing revenue.",
    ),
    # Travel and expense policy
    Question(
        "whats the per diem for londn",
        "travel_and_expense_policy.md",
        "| London | £65 | £210 |",
    ),
    Question(
        "hotel cap in Munich per night?",
        "travel_and_expense_policy.md",
        "| Munich | €60 | €175 |",
    ),
    Question(
        "What mileage rate do I get for using my own car?",
        "travel_and_expense_policy.md",
        "reimbursed at €0.30 per\nkilometre in the eurozone and £0.45 per mile in the UK",
    ),
    Question(
        "Can I fly business class on a long-haul trip according to the travel policy?",
        "travel_and_expense_policy.md",
        "Business class needs approval from a member of the executive\nteam and is exceptional.",
    ),
    Question(
        "deadline for submitting expense claims after a trip",
        "travel_and_expense_policy.md",
        "Submit claims in the expense tool within 30 days of the end of the trip.",
    ),
    Question(
        "do I need a receipt for a 20 euro taxi ride",
        "travel_and_expense_policy.md",
        "An itemised receipt is required for every expense above €25",
    ),
    Question(
        "Who has to approve an expense claim of 3,000 euros?",
        "travel_and_expense_policy.md",
        "| €1,000.01 to €5,000 | budget holder |",
    ),
    Question(
        "a client paid for my lunch - how much is taken off my daily allowance?",
        "travel_and_expense_policy.md",
        "20 per cent for breakfast, 35 per cent for lunch and 45 per cent for dinner",
    ),
    Question(
        "will the company pay my parking ticket",
        "travel_and_expense_policy.md",
        "Never reimbursed: fines of any kind, including parking and speeding tickets",
    ),
    # Data retention policy
    Question(
        "how long do we keep raw logs",
        "data_retention_policy.md",
        "| Raw web and application logs (with IP addresses) | 90 days | date of the "
        "event | Platform Engineering |",
    ),
    Question(
        "retension period for support chat transcripts?",
        "data_retention_policy.md",
        "| Customer support tickets and chat transcripts | 24 months | ticket closure "
        "| Customer Operations |",
    ),
    Question(
        "If I build a table joining app logs with orders, how long may I keep it?",
        "data_retention_policy.md",
        "A derived table inherits the shortest\nretention period among its sources.",
    ),
    Question(
        "Can records be deleted while a legal hold is in place?",
        "data_retention_policy.md",
        "Records under hold are not deleted, whatever the schedule\n"
        "says, until the hold is lifted in writing.",
    ),
    Question(
        "How long do we hold on to CVs of rejected job candidates?",
        "data_retention_policy.md",
        "| Job applications (unsuccessful candidates) | 6 months | end of recruitment | People |",
    ),
    Question(
        "when a record is erased, is it also purged from backups?",
        "data_retention_policy.md",
        "Deleted data disappears from backups as the backups themselves expire, that "
        "is within 35\n"
        "days.",
    ),
    Question(
        "how long can a notebook containing customer ids be kept",
        "data_retention_policy.md",
        "Notebooks and exports that contain customer identifiers must be deleted at "
        "the end of the\n"
        "project and in any case within 12 months of creation.",
    ),
    Question(
        "How long are warehouse staging tables retained?",
        "data_retention_policy.md",
        "| Data warehouse staging tables | 14 days | load date | Data Platform |",
    ),
    # Lumen BI onboarding guide
    Question(
        "how do i get a creator licence in lumen and how long does it take",
        "lumen_bi_onboarding_guide.md",
        "Creator licences are limited in number and need approval from the BI Platform "
        "team\n"
        "as well as your manager; expect two to three working days.",
    ),
    Question(
        "What does the green Certified badge on a dataset mean?",
        "lumen_bi_onboarding_guide.md",
        "A green **Certified** badge means the BI Platform team and\n"
        "the dataset's owner have reviewed the logic",
    ),
    Question(
        "yellow clock icon on my dashbord, what does it mean?",
        "lumen_bi_onboarding_guide.md",
        "If a dashboard shows a\n"
        "yellow clock icon, the last refresh failed and you are looking at yesterday's "
        "data.",
    ),
    Question(
        "Why would a colleague see smaller numbers than me on the same dashboard?",
        "lumen_bi_onboarding_guide.md",
        "Some datasets filter rows by who is looking. For example, country managers "
        "only see orders for\n"
        "their own markets",
    ),
    Question(
        "pass mark for the Lumen Fundamentals quiz",
        "lumen_bi_onboarding_guide.md",
        "a score of 80 per cent is needed to pass",
    ),
    Question(
        "What's the row limit for a Lumen extract?",
        "lumen_bi_onboarding_guide.md",
        "Extracts are limited to 50 million rows",
    ),
    Question(
        "What happens to dashboards that have no owner?",
        "lumen_bi_onboarding_guide.md",
        "Dashboards without an owner are archived\n   automatically after 90 days without views.",
    ),
    # Harbor release notes
    Question(
        "which Harbor release dropped Python 3.8?",
        "harbor_portal_release_notes.md",
        "Harbor now runs on Python 3.12. Custom report scripts written for Python 3.8 "
        "must be\n"
        "  updated; support for 3.8 ended with this release.",
    ),
    Question(
        "What is the largest export the reporting portal allows now?",
        "harbor_portal_release_notes.md",
        "The maximum size of a single export is raised from 1 million to 5 million rows.",
    ),
    Question(
        "excel shows garbled umlauts when I open a harbor csv",
        "harbor_portal_release_notes.md",
        "CSV exports are now UTF-8 with a byte order mark by default, so that Excel "
        "opens accented\n"
        "  characters correctly.",
    ),
    Question(
        "after how long do idle Harbor sessions get logged out?",
        "harbor_portal_release_notes.md",
        "Idle sessions end after 30 minutes instead of 8 hours.",
    ),
    Question(
        "Which API is being removed in Harbor 3.0?",
        "harbor_portal_release_notes.md",
        "The legacy `/api/v1/reports` endpoints will be removed in 3.0.",
    ),
    Question(
        "How long are published files kept in Harbor before archiving?",
        "harbor_portal_release_notes.md",
        "files older than 400 days are moved to the archive\n"
        "  folder and deleted from the archive after a further 365 days.",
    ),
    # Survey codebook
    Question(
        "what does -98 mean in the CX survey data?",
        "customer_survey_codebook.txt",
        "-99  question not shown to the respondent (routing)\n"
        '  -98  respondent chose "Don\'t know"',
    ),
    Question(
        "In the survey codebook, which scores count as detractors?",
        "customer_survey_codebook.txt",
        "nps_group: 1 = detractor (0-6), 2 = passive (7-8), 3 = promoter (9-10)",
    ),
    Question(
        "What is the weighting variable in the customer survey and what does it match on?",
        "customer_survey_codebook.txt",
        'The variable "wt" is a raking weight that matches the sample to the customer '
        "base on four\n"
        "margins",
    ),
    Question(
        "can I use the 'ever been a club member' question to estimate churn?",
        "customer_survey_codebook.txt",
        "q9 = 1 is self-reported and does not match the churn definition used in the\n"
        "    subscription reports. Do not use it to estimate churn.",
    ),
    Question(
        "Is the ease-of-finding question comparable with the 2023 wave?",
        "customer_survey_codebook.txt",
        "q3 changed from a 5-point to a 7-point scale in 2024 and is\n"
        "  not comparable across waves.",
    ),
    Question(
        "how many survey completes were thrown out in quality checks",
        "customer_survey_codebook.txt",
        "297 interviews were removed in total, leaving 4,812.",
    ),
    Question(
        "how were the open-ended answers anonymised?",
        "customer_survey_codebook.txt",
        "names, e-mail\naddresses and order numbers were replaced by [NAME], [EMAIL] and [ORDER]",
    ),
    # KPI definitions
    Question(
        "What's the MBR definition of churn?",
        "kpi_definitions.md",
        "| Churn (MBR) | Cancellation requests received in the month as a share of "
        "active members at the start of the month |",
    ),
    Question(
        "why doesn't MBR churn match the churn handbook number?",
        "kpi_definitions.md",
        "The MBR counts cancellation requests\n"
        "because they are known on the day they happen, whereas churn in the "
        "methodology handbook is\n"
        "only final 30 days after month end.",
    ),
    Question(
        "how is AOV calculated",
        "kpi_definitions.md",
        "| Average order value (AOV) | Net revenue per order | net revenue ÷ orders |",
    ),
    Question(
        "Does CAC include TV spend?",
        "kpi_definitions.md",
        "*CAC* excludes brand campaigns (TV, out-of-home), which are not attributable "
        "to new\n"
        "  customers.",
    ),
    Question(
        "which exchange rate should KPIs use for GBP amounts",
        "kpi_definitions.md",
        "Amounts in other currencies are converted at the monthly average rate\n"
        "   from `finance.fx_rates`.",
    ),
    Question(
        "repeat purchase rate - what window?",
        "kpi_definitions.md",
        "Share of customers who order again within 180 days of their first order",
    ),
    Question(
        "How does the KPI sheet define 12-month member retention?",
        "kpi_definitions.md",
        "Share of members active 12 months ago who are still active today",
    ),
    # Post-mortem
    Question(
        "what caused the duplicate orders incident in march?",
        "postmortem_2024-03-31_duplicate_orders.md",
        "The nightly job was scheduled in local time (Europe/Berlin) at 02:30. On the "
        "night of the\n"
        "spring change, 02:30 local does not exist.",
    ),
    Question(
        "By how much was March revenue overstated in the dashboards?",
        "postmortem_2024-03-31_duplicate_orders.md",
        "revenue\n"
        "for March as a whole was overstated by 4.1 per cent in the morning reports of "
        "1 and 2 April",
    ),
    Question(
        "how was the duplicated-rows problem first spotted?",
        "postmortem_2024-03-31_duplicate_orders.md",
        "| 2 Apr 09:40 | Finance analyst notices the gap between Lumen and the flash "
        "report and posts in `#data-quality`. |",
    ),
    Question(
        "What fix makes the nightly load safe to run twice?",
        "postmortem_2024-03-31_duplicate_orders.md",
        "| 2 | Change the load from append to merge on the primary key | Data Platform "
        "| 19 Apr | done |",
    ),
    Question(
        "why didn't the row count check catch the duplicates",
        "postmortem_2024-03-31_duplicate_orders.md",
        "The volume check compared today's row count with yesterday's, and 30–31 March "
        "was a busy\n"
        "   weekend, so a higher count looked plausible.",
    ),
    # Pricing FAQ
    Question(
        "how much is Plus per month in pounds?",
        "club_pricing_faq.md",
        "| Plus | 12.99 | 129.90 | 10.99 | 109.90 |",
    ),
    Question(
        "is there a student discount on the club?",
        "club_pricing_faq.md",
        "Students with a verified student e-mail address pay 50 per cent of the "
        "monthly Essentials\n"
        "  price for up to 24 months.",
    ),
    Question(
        "How much notice do members get before a price increase?",
        "club_pricing_faq.md",
        "Existing members are told at least 30 days before a price change affects them",
    ),
    Question(
        "member upgrades from Essentials to Plus mid-month, what happens to what they already paid",
        "club_pricing_faq.md",
        "The unused part of the current\n"
        "period is credited pro rata against the first Plus charge.",
    ),
    Question(
        "pricing faq: refund rules for an annual plan cancelled after the cooling off period",
        "club_pricing_faq.md",
        "Annual plans cancelled after the\n"
        "cooling-off period are refunded pro rata for the whole months remaining, "
        "minus a fee of\n"
        "10 EUR.",
    ),
    Question(
        "What does Plus include that Essentials doesn't?",
        "club_pricing_faq.md",
        "Plus adds next-day delivery at no charge,\n"
        "a yearly knife-sharpening service for up to five knives",
    ),
    Question(
        "how much do you save with annual billing",
        "club_pricing_faq.md",
        "An annual plan costs ten times the monthly price, so the customer gets two months free",
    ),
    # A/B testing playbook
    Question(
        "minimum duraton for an a/b test?",
        "ab_testing_playbook.md",
        "Run every test for at least 14 full days",
    ),
    Question(
        "What p-value threshold signals a sample ratio mismatch?",
        "ab_testing_playbook.md",
        "If the p-value is below 0.001, the assignment is broken",
    ),
    Question(
        "can we randomise experiments by session",
        "ab_testing_playbook.md",
        "Never randomise by session; a customer would see both versions.",
    ),
    Question(
        "how much smaple size does CUPED save",
        "ab_testing_playbook.md",
        "It typically\ncuts the required sample by 20 to 40 per cent for revenue metrics.",
    ),
    Question(
        "default significance level in the experimentation playbook",
        "ab_testing_playbook.md",
        "Significance level (alpha) 0.05, two-sided.",
    ),
    Question(
        "What share of customers is held out from marketing e-mails?",
        "ab_testing_playbook.md",
        "Each quarter, 5 per cent of customers are held out from all marketing e-mails.",
    ),
    Question(
        "is it ok to check the p value every day and stop early when significant?",
        "ab_testing_playbook.md",
        "Looking at the p-value every day and stopping as soon as it dips under 0.05 "
        "inflates false\n"
        "positives well beyond 5 per cent.",
    ),
    # Privacy notice
    Question(
        "What legal basis do we rely on for marketing emails under GDPR?",
        "customer_privacy_notice.md",
        "| Sending marketing e-mails and personalised offers | Consent (you can "
        "withdraw it at any time) |",
    ),
    Question(
        "privacy notice: how long do we keep a customer's account info after they "
        "close the account",
        "customer_privacy_notice.md",
        "We keep your account information for as long as your account is open and for "
        "three years after\n"
        "you close it",
    ),
    Question(
        "How quickly do we have to answer a data access request?",
        "customer_privacy_notice.md",
        "We reply within one month. This can be extended by two further months for\n"
        "complex requests",
    ),
    Question(
        "on what basis is customer data sent to the US",
        "customer_privacy_notice.md",
        "Such transfers rely on an adequacy decision where one exists (including the\n"
        "EU–US Data Privacy Framework for certified companies)",
    ),
    Question(
        "how long do analytics cookies last?",
        "customer_privacy_notice.md",
        "Analytics cookies expire after 13 months.",
    ),
    Question(
        "do we sell customer data?",
        "customer_privacy_notice.md",
        "We do not sell your personal data to anyone, and we do not rent out our\ncustomer lists.",
    ),
    # Warehouse shipping SOP
    Question(
        "whats the cutoff for same day dispatch?",
        "warehouse_shipping_sop.txt",
        "Orders confirmed before 14:00 local time on a working day are dispatched the same day.",
    ),
    Question(
        "maximum parcel wieght for standard carriers?",
        "warehouse_shipping_sop.txt",
        "Standard parcel carriers accept up to 31.5 kg per parcel",
    ),
    Question(
        "which carrier ships next-day orders in the UK",
        "warehouse_shipping_sop.txt",
        "United Kingdom, standard: Royal Mail Tracked 48; next day: DPD Next Day",
    ),
    Question(
        "How should knives be packed?",
        "warehouse_shipping_sop.txt",
        "Knives must be packed in their blade guards inside a rigid inner box",
    ),
    Question(
        "when is the refund triggered for a returned parcel, at logging or grading?",
        "warehouse_shipping_sop.txt",
        "Refunds are triggered when the return is logged, not when it is graded.",
    ),
    Question(
        "What's the weekly on-time dispatch target in the shipping SOP?",
        "warehouse_shipping_sop.txt",
        "On-time dispatch target: 98.5 per cent of orders per week.",
    ),
    Question(
        "Do we ship on saturdays?",
        "warehouse_shipping_sop.txt",
        "On Saturdays only the BRE site dispatches, with a cut-off of 11:00.",
    ),
    # Finance glossary
    Question(
        "difference between bookings and billings?",
        "finance_glossary.md",
        "The value of contracts signed in a period. Tallowmere reports bookings only "
        "for\n"
        "Trade (B2B) contracts",
    ),
    Question(
        "Is outbound shipping included in COGS?",
        "finance_glossary.md",
        "Outbound shipping to customers and packaging are not part\nof COGS at Tallowmere",
    ),
    Question(
        "how is deferred revenue from an annual club plan released",
        "finance_glossary.md",
        "the full amount is deferred revenue at first and is released into revenue one\n"
        "twelfth per month over the year.",
    ),
    Question(
        "When does our fiscal year start?",
        "finance_glossary.md",
        "Tallowmere's financial year runs from 1 April to 31 March",
    ),
    Question(
        "GRR vs NRR - what's the difference?",
        "finance_glossary.md",
        "Like GRR but adding upgrades from the same group of members,\n"
        "so it can exceed 100 per cent.",
    ),
    Question(
        "when do unused gift cards become revenue",
        "finance_glossary.md",
        "gift cards are recognised when they are redeemed, or after 36 months if they\n"
        "are never used.",
    ),
    # Marketing attribution note
    Question(
        "Which attribution model is the company standard?",
        "marketing_attribution_note.md",
        "Since April 2023 the standard model is position-based (sometimes called U-shaped)",
    ),
    Question(
        "in the u-shaped model, how is the credit split for the middle touchpoints?",
        "marketing_attribution_note.md",
        "the remaining 20 per cent is shared equally among all touchpoints in between.",
    ),
    Question(
        "attribution lookback window for clicks",
        "marketing_attribution_note.md",
        "Only touchpoints close enough to the order count:\n\n- clicks: 30 days before the order;",
    ),
    Question(
        "what calibration factor is applied to paid social?",
        "marketing_attribution_note.md",
        "The factors for FY2024 are 0.6 for display, 0.8 for paid social and 1.1\nfor e-mail.",
    ),
    Question(
        "What happens to orders with no tracked customer journey?",
        "marketing_attribution_note.md",
        "These orders are distributed across channels in proportion to the attributed\n"
        "orders of the same market and week",
    ),
    # Demand forecasting method note
    Question(
        "how far ahead does the demand forecast go?",
        "demand_forecasting_method.md",
        "Unit demand per SKU per distribution centre (Bremen and Daventry) per ISO "
        "week, for the next 13\n"
        "weeks.",
    ),
    Question(
        "why is WAPE used rather than MAPE for forecast accuracy?",
        "demand_forecasting_method.md",
        "We do not use MAPE, which explodes for\nslow-moving items with weeks of zero or one sale.",
    ),
    Question(
        "How are brand-new SKUs forecast?",
        "demand_forecasting_method.md",
        "SKUs with fewer than 8 weeks of sales are forecast by analogy",
    ),
    Question(
        "what was the lag-4 WAPE for A items in Q1?",
        "demand_forecasting_method.md",
        "| A items (top 20 % of revenue) | 24 % | below 25 % |",
    ),
    Question(
        "When is the weekly forecast published?",
        "demand_forecasting_method.md",
        "and published in the Harbor portal by 09:00",
    ),
    Question(
        "does the forecast model use weather data",
        "demand_forecasting_method.md",
        "Weather is not a feature, though it affects demand for barbecue and outdoor products.",
    ),
    Question(
        "How are weeks with stockouts handled in the forecast?",
        "demand_forecasting_method.md",
        "Demand for such weeks is estimated from the same SKU's sales in the other\n"
        "site, scaled by the usual share between the sites",
    ),
    # tidyledger README
    Question(
        "how do I install tidyledger with Excel support",
        "tidyledger_README.md",
        "The optional Excel reader needs\n"
        '`openpyxl`; install it with `pip install "tidyledger[excel]"`.',
    ),
    Question(
        "what sign does tidyledger give to debits and credits?",
        "tidyledger_README.md",
        "always returns debits as positive numbers",
    ),
    Question(
        "tidyledger: what if there's no fx rate for a weekend date?",
        "tidyledger_README.md",
        "the most recent earlier rate is used, up to\n"
        "five days back, after which `MissingRateError` is raised.",
    ),
    Question(
        "Which Python version does the ledger package need?",
        "tidyledger_README.md",
        "Requires Python 3.10 or newer and pandas 2.0 or newer.",
    ),
    Question(
        "what does `tidyledger check` return when the ledger doesn't balance",
        "tidyledger_README.md",
        "`tidyledger check` exits with status 1 if any month does not balance to within 0.01.",
    ),
    Question(
        "Which accounting systems can tidyledger read?",
        "tidyledger_README.md",
        '`system=` accepts `"navision"`, `"sage50"`, `"xero"` and `"generic"`.',
    ),
    # Analytics guild minutes
    Question(
        "What did the guild decide about how churn is shown in the MBR?",
        "analytics_guild_minutes_2024-05-14.md",
        "From the July MBR onwards, the MBR will show both figures",
    ),
    Question(
        "default expiry for new sandbox schemas?",
        "analytics_guild_minutes_2024-05-14.md",
        "default 180 days, extendable once",
    ),
    Question(
        "how many notebooks held old raw log data in the audit",
        "analytics_guild_minutes_2024-05-14.md",
        "An audit found 41 notebooks on the shared drive holding raw log data\nolder than 90 days.",
    ),
    Question(
        "who owns the proposal for document Q&A in the workbench?",
        "analytics_guild_minutes_2024-05-14.md",
        "| Jonas Brandt | One-page proposal on document Q&A in the workbench | next meeting |",
    ),
    Question(
        "what share of analysts use jupyter according to the tooling survey",
        "analytics_guild_minutes_2024-05-14.md",
        "Results: 74 % use Jupyter in the browser, 19 % VS Code notebooks, 7 % other.",
    ),
    # Data platform SLA
    Question(
        "What's the uptime target for the data warehouse?",
        "data_platform_sla.md",
        "| Warehouse availability | 99.5 % per calendar month | excluding planned maintenance |",
    ),
    Question(
        "first response time for a P1 data incident",
        "data_platform_sla.md",
        "| P1 | Warehouse down; Tier 1 data missing or wrong on a business day | 30 "
        "minutes | every hour | 4 hours |",
    ),
    Question(
        "when does planned maintenance on the warehouse happen?",
        "data_platform_sla.md",
        "Planned maintenance takes place on the first Sunday of each month between "
        "06:00 and 10:00\n"
        "CET.",
    ),
    Question(
        "Which datasets are Tier 1 in the SLA?",
        "data_platform_sla.md",
        "Tier 1 datasets are: `sales.order_lines`, `club.subscriptions_daily`, "
        "`finance.fx_rates`\n"
        "and `support.tickets`.",
    ),
    Question(
        "are there penalties if the data team misses its SLA",
        "data_platform_sla.md",
        "As an internal agreement, missing a target carries no financial penalty.",
    ),
    Question(
        "by what time must tier 1 data be loaded?",
        "data_platform_sla.md",
        "| Data freshness, Tier 1 datasets | loaded by 06:30 CET on 97 % of days | per month |",
    ),
    # Security checklist
    Question(
        "minimum password length for non-SSO accounts?",
        "analyst_security_checklist.md",
        "Passwords that are not managed by single sign-on are at least 14 characters\n      long",
    ),
    Question(
        "can I paste customer data into ChatGPT to clean it up?",
        "analyst_security_checklist.md",
        "Never paste customer data, credentials or confidential financial figures into\n"
        "      external AI chat tools or online formatters.",
    ),
    Question(
        "How quickly must I report a lost laptop?",
        "analyst_security_checklist.md",
        "to the security hotline within one hour of noticing it",
    ),
    Question(
        "what is the small-cell suppression threshold when sharing results",
        "analyst_security_checklist.md",
        "suppress\n      cells with fewer than 10 customers",
    ),
    Question(
        "how fast should the screen lock kick in",
        "analyst_security_checklist.md",
        "The screen locks automatically after at most 5 minutes of inactivity",
    ),
    Question(
        "I accidentally committed an API key and then rewrote git history, is that enough?",
        "analyst_security_checklist.md",
        "If a secret is ever committed, treat it as leaked: rotate it immediately and "
        "tell\n"
        "      Security, even if you rewrote the history.",
    ),
    # Customer health score guide
    Question(
        "how much does recency weigh in the member health score",
        "customer_health_score_guide.md",
        "**Recency (25 %)** — days since the last order; falls to zero after 120 days "
        "without an order.",
    ),
    Question(
        "what score range counts as 'at risk'?",
        "customer_health_score_guide.md",
        "| At risk | 20–44 | Added to the retention team's call list if renewal is "
        "within 30 days. |",
    ),
    Question(
        "Can the retention team offer a discount on the membership fee?",
        "customer_health_score_guide.md",
        "Price discounts on the Club fee itself may not be offered",
    ),
    Question(
        "how well does the health score predict who won't renew?",
        "customer_health_score_guide.md",
        "among members who did not\n"
        "renew, 62 per cent had been in the *At risk* or *Critical* bands 30 days "
        "before renewal",
    ),
    Question(
        "can I report the health score as our churn rate?",
        "customer_health_score_guide.md",
        "the health score must never be quoted as a churn figure",
    ),
    # Marketing spend dictionary (CSV)
    Question(
        "is media spend in the marketing spend table with or without VAT?",
        "marketing_spend_dictionary.csv",
        "Amount paid to the platform for media, excluding VAT, converted from the "
        "billing currency at the daily ECB rate.",
    ),
    Question(
        "why is affiliate commission provisional?",
        "marketing_spend_dictionary.csv",
        "Provisional for 60 days because commission is cancelled on returned orders.",
    ),
    Question(
        "can I add up conversions reported by the different ad platforms?",
        "marketing_spend_dictionary.csv",
        "Platforms claim the same order independently, so the sum over platforms is "
        "far above real orders",
    ),
    Question(
        "which column marks brand campaigns",
        "marketing_spend_dictionary.csv",
        "is_brand,BOOLEAN,,True for campaigns that bid on or promote the Tallowmere brand name.",
    ),
    # Support tickets dictionary (CSV)
    Question(
        "What's the first response target for live chat tickets?",
        "support_tickets_dictionary.csv",
        "2 minutes for chat, 1 hour for social, 24 hours for email and web_form",
    ),
    Question(
        "does handle time include the time a ticket sits in the queue",
        "support_tickets_dictionary.csv",
        "Excludes time the ticket waited in a queue.",
    ),
    Question(
        "roughly what share of customers answer the csat survey after a ticket?",
        "support_tickets_dictionary.csv",
        "around 22 per cent answer",
    ),
    Question(
        "in the tickets data, which tickets don't count for first contact resolution?",
        "support_tickets_dictionary.csv",
        "A ticket with reopen_count above zero does not count towards first contact resolution.",
    ),
    # Web sessions dictionary (CSV)
    Question(
        "when does a web session time out?",
        "web_sessions_dictionary.csv",
        "A session ends after 30 minutes without activity or at midnight Europe/Berlin.",
    ),
    Question(
        "should bot sessions be filtered out?",
        "web_sessions_dictionary.csv",
        "Exclude these rows from every analysis; they are kept for audit only.",
    ),
    Question(
        "Does order_revenue_eur in the sessions table include VAT?",
        "web_sessions_dictionary.csv",
        "Value of orders placed in the session, including VAT and before refunds, in euros.",
    ),
    Question(
        "is traffic_source the same as our marketing attribution?",
        "web_sessions_dictionary.csv",
        "This is not the attribution model used for marketing reporting.",
    ),
]

# Plausible questions that no document answers: a good system says it found nothing.
UNANSWERABLE: list[str] = [
    "What is the parental leave policy for employees?",
    "Which cloud vendor runs our data warehouse, Snowflake or BigQuery?",
    "What was the Club churn rate in March 2024?",
    "What VAT rate applies to orders shipped to Sweden?",
    "Who is the CEO of Tallowmere?",
    "How many active Club members do we have today?",
    "What discount rate does finance use in DCF valuations of new warehouses?",
    "How much are data platform engineers paid for on-call shifts?",
    "How long is the probation period for new hires?",
    "What is the maximum loan-to-value ratio in the credit risk policy?",
]
