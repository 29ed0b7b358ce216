"""Words the offline analyst knows: synonyms of common column names and question words."""

from __future__ import annotations

# Column word → other ways people say it.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "revenue": ("sales", "turnover", "income", "takings", "sales amount", "revenues"),
    "sales": ("revenue", "turnover"),
    "units": ("quantity", "qty", "volume", "units sold", "items sold"),
    "quantity": ("units", "qty", "volume"),
    "price": ("unit price", "prices", "cost per unit"),
    "salary": ("pay", "wage", "wages", "earnings", "compensation", "salaries", "earn"),
    "wage": ("pay", "salary", "earnings"),
    "income": ("earnings", "pay"),
    "duration": ("length", "time spent", "how long"),
    "unit price": ("price",),
    "profit": ("margin", "earnings"),
    "pop": ("population", "people", "inhabitants"),
    "life exp": ("life expectancy", "lifespan", "life span", "longevity"),
    "gdp percap": ("gdp per capita", "gdp", "income per person", "wealth", "gdp per cap"),
    "total bill": ("bill", "bills", "check", "bill amount", "total bills"),
    "tip": ("tips", "gratuity", "tip amount"),
    "size": ("party size", "group size", "party", "people at the table"),
    "smoker": ("smokers", "smoking"),
    "sex": ("gender",),
    "day": ("weekday", "day of week"),
    "time": ("meal", "service", "lunch or dinner"),
    "region": ("area", "territory", "regions", "market"),
    "product": ("item", "products", "article", "sku"),
    "country": ("countries", "nation", "nations"),
    "continent": ("continents",),
    "species": ("kind of flower", "flower type", "iris type"),
    "date": ("day", "time", "when", "order date"),
    "goog": ("google", "alphabet"),
    "aapl": ("apple",),
    "amzn": ("amazon",),
    "fb": ("facebook", "meta"),
    "nflx": ("netflix",),
    "msft": ("microsoft",),
    "customer": ("client", "customers", "buyer"),
    "channel": ("sales channel",),
}

AGGREGATIONS: dict[str, tuple[str, ...]] = {
    "sum": ("total", "sum", "combined", "overall", "summed", "in total", "altogether"),
    "mean": ("average", "mean", "avg", "typical", "on average"),
    "median": ("median", "middle value"),
    "std": ("standard deviation", "std", "stdev", "std dev", "st dev", "std deviation"),
    "min": (
        "minimum",
        "min",
        "lowest",
        "smallest",
        "least",
        "fewest",
        "cheapest",
        "worst",
        "narrowest",
        "shortest",
        "poorest",
        "youngest",
    ),
    "max": (
        "maximum",
        "max",
        "highest",
        "largest",
        "biggest",
        "most",
        "greatest",
        "best",
        "peak",
        "top",
        "widest",
        "longest",
        "richest",
        "oldest",
        "tallest",
    ),
    "nunique": ("unique", "distinct", "different"),
    "count": ("count", "how many", "number of", "headcount", "head count"),
    "share": ("share", "percent", "percentage", "proportion", "fraction", "% of"),
}

FREQUENCIES: dict[str, tuple[str, ...]] = {
    "D": ("daily", "per day", "by day", "each day", "day by day"),
    "W": ("weekly", "per week", "by week", "each week", "week by week"),
    "M": ("monthly", "per month", "by month", "each month", "month by month"),
    "Q": ("quarterly", "per quarter", "by quarter", "each quarter"),
    "Y": ("yearly", "annual", "annually", "per year", "by year", "each year"),
}
CHARTS: dict[str, tuple[str, ...]] = {
    "bar": ("bar", "bars", "bar chart", "column chart"),
    "line": ("line", "line chart", "line graph"),
    "scatter": ("scatter", "scatter plot", "scatterplot"),
    "histogram": ("histogram", "hist"),
    "box": ("box", "boxplot", "box plot", "whisker"),
    "pie": ("pie", "pie chart", "donut"),
    "heatmap": ("heatmap", "heat map"),
}
MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}

OUT_OF_SCOPE = {
    "forecast": "forecasts",
    "predict": "predictions",
    "prediction": "predictions",
    "next year": "forecasts",
    "next month": "forecasts",
    "future": "forecasts",
    "why": "explanations of causes",
    "cause": "explanations of causes",
    "should we": "recommendations",
    "recommend": "recommendations",
    "weather": "information that is not in the data",
}
FOLLOW_UP_CUES = (
    "now ",
    "and ",
    "what about",
    "how about",
    "instead",
    "make it",
    "only ",
    "same ",
    "also ",
    "just ",
    "but ",
    "then ",
    "and by",
    "as a ",
)
FILLER = {
    "the",
    "a",
    "an",
    "of",
    "is",
    "are",
    "was",
    "were",
    "what",
    "whats",
    "which",
    "who",
    "show",
    "me",
    "give",
    "tell",
    "list",
    "please",
    "for",
    "in",
    "on",
    "by",
    "per",
    "with",
    "and",
    "or",
    "to",
    "from",
    "do",
    "does",
    "did",
    "we",
    "i",
    "you",
    "our",
    "my",
    "there",
    "data",
    "dataset",
    "table",
    "file",
    "value",
    "values",
    "number",
    "numbers",
    "it",
    "its",
    "each",
    "every",
    "all",
    "how",
    "much",
    "many",
    "between",
    "across",
    "over",
    "time",
    "chart",
    "plot",
    "graph",
    "as",
    "this",
    "that",
    "these",
    "those",
    "be",
    "have",
    "has",
    "get",
    "find",
    "compute",
    "calculate",
    "can",
    "could",
    "would",
    "about",
    "at",
    "than",
    "more",
    "less",
    "greater",
    "above",
    "below",
    "under",
    "since",
    "last",
    "top",
    "bottom",
    "highest",
    "lowest",
    "most",
    "least",
    "rows",
    "row",
    "records",
    "record",
    "entries",
    "entry",
    "look",
    "like",
    "distribution",
    "trend",
    "vs",
    "versus",
    "compare",
    "only",
    "now",
    "instead",
    "make",
    "same",
    "also",
    "just",
    "but",
    "then",
    "so",
    "far",
    "overall",
    "where",
    "when",
    "while",
    "they",
    "them",
    "one",
    "ones",
    "up",
    "down",
    "out",
    "into",
    "year",
    "month",
    "week",
    "day",
    "quarter",
    "years",
    "months",
    "weeks",
    "days",
    "quarters",
    "daily",
    "weekly",
    "monthly",
    "quarterly",
    "yearly",
    "annual",
    "see",
}
# Things people count rows by ("how many tables", "percentage of orders").
FILLER |= {
    "tables",
    "orders",
    "order",
    "transactions",
    "transaction",
    "observations",
    "flowers",
    "items",
    "purchases",
    "visits",
    "parties",
    "cases",
    "lines",
    "samples",
    "sold",
    "made",
    "paid",
    "single",
    "sale",
}
# Words that describe a column by its adjective: "widest petals" → petal width.
ADJECTIVES = {
    "widest": "width",
    "wide": "width",
    "narrowest": "width",
    "longest": "length",
    "long": "length",
    "shortest": "length",
    "tallest": "height",
    "heaviest": "weight",
}
# Day and yes/no values as people write them.
VALUE_ALIASES = {
    "sun": ("sunday",),
    "sat": ("saturday",),
    "fri": ("friday",),
    "thur": ("thursday", "thu"),
    "thu": ("thursday",),
    "wed": ("wednesday",),
    "tue": ("tuesday",),
    "mon": ("monday",),
}
COUNT_ROWS = (
    "how many rows",
    "number of rows",
    "how many records",
    "row count",
    "how many entries",
    "how many lines",
    "how big",
)

# Day names as people write them, singular and plural → pandas' dayofweek (Monday = 0).
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        [
            ("monday", "mon"),
            ("tuesday", "tue", "tues"),
            ("wednesday", "wed"),
            ("thursday", "thu", "thur", "thurs"),
            ("friday", "fri"),
            ("saturday", "sat"),
            ("sunday", "sun"),
        ]
    )
    for base in names
    for name in (base, base + "s")
}


# Words that carry no content of their own in a question about a table.
FUNCTION_WORDS = set(
    """
    a about above across after again against all almost along also although always am
    among an and any anything are around as at be because been before being below
    beside besides between both but by can could did do does doing done during each
    either else even ever every for from further had has have having he her here hers
    him his how however i if in including inside into is it its itself just least
    let lets me might mine more most much must my near neither no nor not of off on
    once one only onto or other our ours out over own per please quite rather really
    same she should since so some somehow something such than that the their them
    then there these they this those though through throughout thus to together too
    toward towards under unless until up upon us very via was we were what whats
    whatever when where whether which while who whom whose why will with within without
    would yes yet you your yours ok okay hey hi thanks thank pls plz kindly
    show shown tell give list find get compute calculate work figure display print see
    look looks looking want need like know check report return provide break broken
    put pull produce draw plot plotted graph chart make made create visualize visualise
    summarize summarise describe explain compare compared comparing rank ranked ranking
    sort sorted order ordered group grouped split splitting broke
    happen happened occur occurred record recorded register registered take took taken
    place placed sell sold buy bought purchase purchased spend spent pay paid earn
    earned generate generated bring brought ship shipped receive received deliver
    delivered have got go went come came fall fell rise rose grow grew change changed
    vary varies varied differ differs doing do done perform performed performing
    go going gone stand stands standing look trend trending move moved moving
    how whats what's which who when where much many number numbers no nr num count
    counts counted total totals sum summed overall whole entire altogether combined
    value values amount amounts figure figures level levels rate rates data dataset
    table file sheet row rows record records entry entries observation observations
    line lines case cases item items thing things stuff one ones
    typical typically usually generally roughly approximately approx about around
    exactly precisely just only same also instead too either both
    each every per all any some none whole
    first last next previous prior latest earliest recent newest oldest
    top bottom best worst highest lowest largest smallest biggest greatest most least
    higher lower larger smaller bigger greater more less fewer longer shorter
    high low large small big great long short many few much
    average avg mean median typical minimum min maximum max
    ratio proportion percentage percent pct share fraction portion part
    growth grow grew grown increase increased decrease decreased decline declined
    difference differ change changed delta gap
    between from to vs versus against compared than
    year years yr yrs month months mo week weeks day days daily weekly monthly
    quarterly yearly annual annually quarter quarters hour hours hourly date dates
    time times period periods season seasonal weekday weekdays weekend weekends
    weekdays range span cover covers covered coverage start starts end ends begin
    begins earliest latest
    distribution distributed spread histogram outlier outliers correlation correlated
    relationship related breakdown split summary overview missing null nulls blank
    unique distinct different separate individual
    above below over under exceeding exceed exceeds beyond within least atleast
    greater less fewer than equal equals
    so far overall altogether in total
    often frequent frequently common commonly usual
    long duration turnaround lead resolution processing delivery waiting wait response
    handling cycle seconds second minutes minute mins hrs hr take takes took
    non except excluding exclude excluded calendar decade decades century ordinal
    first second third fourth fifth 1st 2nd 3rd 4th without apart besides ignoring including include
    evolve evolved evolving develop developed over_time matrix heatmap chart bar pie
    customers customer clients client people persons person users user guests guest
    patients patient individuals individual respondents participants subjects ppl
    travellers travelers traveller traveler readings reading measurements measurement
    samples sample obs datapoints points recorded logged on record history historically
    visitors members buyers shoppers folks everyone anyone someone
    overall whole entire general across altogether
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
