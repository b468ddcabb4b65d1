# sample text written for galley's tests; not real news
# case: AP dateline lead-in with an em dash and no date; no byline; $ figures, a colon, quotes
# note: the lead-in ends with a space (it runs into the first paragraph)
@lang en
@headline Congress returns to a long to-do list
@leadin WASHINGTON (AP) — 
@source AP
@dateline WASHINGTON||WASHINGTON

Lawmakers returned to the Capitol on Tuesday for the start of a new congressional session, facing an ambitious agenda that includes government funding, infrastructure oversight and a looming debate over the nation's borrowing limit.
Leaders of both parties said they hoped to find common ground on bipartisan priorities such as expanding broadband access in rural communities and strengthening the country's semiconductor supply chain, but acknowledged that a narrowly divided Congress would make compromise difficult.
"The American people sent us here to get things done, not to score political points," one senior lawmaker told reporters outside the chamber. "We have a responsibility to keep the government open and to pay our bills."
Budget analysts warn that the Treasury Department could run out of room under the $31.4 trillion debt ceiling as early as this summer, setting up a potentially disruptive confrontation. Economists have cautioned that even a brief default could rattle financial markets worldwide.
Committee chairs are expected to be named later this week, and the first hearings could begin before the end of January. Among the early topics: immigration enforcement, energy prices and the implementation of last year's $1.2 trillion infrastructure law.
