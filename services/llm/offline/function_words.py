"""Words that carry no content of their own in a question about a table: grammar, question
and analysis verbs, generic nouns for rows and people, time and ranking words. A word not in
this list must match the table (a column, a value) or the question is not understood."""

from __future__ import annotations

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
    would yes yet you your yours ok okay hey hi thanks thank pls plz kindly divided
    show shown tell give list find get compute calculate work figure display print see
    look looks looking want need like know check report return provide break broken
    put pull produce draw plot plotted graph chart make made create visualize visualise
    summarize summarise describe explain compare compared comparing rank ranked ranking
    sort sorted order ordered group grouped split splitting broke
    happen happened occur occurred record recorded register registered take took taken
    place placed sell sold buy bought purchase purchased spend spent pay paid earn
    earned generate generated bring brought ship shipped receive received deliver
    delivered have got go went come came fall fell rise rose grow grew change changed given
    vary varies varied differ differs doing do done perform performed performing
    go going gone stand stands standing look trend trending move moved moving saw seen
    how whats what's which who when where much many number numbers no nr num count
    counts counted total totals sum summed overall whole entire altogether combined
    value values amount amounts figure figures level levels rate rates data dataset
    table file sheet study survey row rows record records entry entries observation observations
    listing listings plus
    treating pooled pooling reached reach reaches contain contains tend tends
    inclusive simple believe run ran yoy mom qoq operate operates operated operating
    sense curious wonder wondering ballpark headline broadly idea say helpful lovely
    useful handy goes later earlier following preceding actually specifically basically
    simply separately respectively
    tbh ngl lol btw fyi asap confirm grateful able possible ideal ideally lastly
    finally appreciate appreciated wonders
    line lines case cases item items thing things stuff one ones alone
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
    corr correl
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
    carry carried collect collected lend lent borrow borrowed handle handles handled
    cause caused leave leaves depart departs departing arrive arrives arriving yoy
    scored played currently picked reported using asked field
    overall whole entire general across altogether topline headline
    filter filtered filtering descending lookup xlookup vlookup
    booked
    """.split()  # noqa: SIM905 (a word list reads better as text)
)

# Words that only link others ("in sessions", "on orders"): never a value said before rows,
# nor a code (BY, IN, TO) unless written in capitals
LINKING = {"in", "on", "at", "to", "of", "by", "for", "as", "or", "and", "a", "an", "no", "all"}
