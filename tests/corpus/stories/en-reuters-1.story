# sample text written for galley's tests; not real news
# case: Reuters dateline lead-in with a date; end credit "(Reporting by …; Editing by …)"; long words, £ figures, quotes
# note: the lead-in ends with a space (it runs into the first paragraph)
@lang en
@headline UK retailers brace for a tough 2023 as shoppers cut back
@leadin LONDON, Jan 3 (Reuters) - 
@source Reuters
@byline Reporting|Eleanor Whitfield|writer
@byline Editing|Marcus Holloway|editor
@dateline LONDON, Jan 3|2023-01-03|LONDON
@endcredit (Reporting by Eleanor Whitfield in London; Editing by Marcus Holloway)

British retailers are preparing for one of their most challenging years in decades, with an industry survey published on Tuesday showing that consumer confidence remains close to record lows as households grapple with soaring energy bills and persistently high inflation.
The National Retail Council said total retail sales rose 6.5% year-on-year in December, but once adjusted for inflation, sales volumes fell for the eighth consecutive month. Spending on non-food items, including furniture and electrical appliances, was particularly weak.
"Christmas provided a much-needed boost for many retailers, but the underlying picture is deeply concerning," said Margaret Ellison, the council's chief executive. "Households are prioritising essentials, and discretionary spending is being squeezed from every direction."
Several major chains, including department store operators and electrical retailers, have announced store closures or hiring freezes in recent weeks. Analysts estimate that rising business rates, wage costs and energy contracts could add as much as £1.5 billion to the sector's annual costs.
The Bank of England, which has raised interest rates nine times since December 2021, is widely expected to lift borrowing costs again next month, further straining mortgage holders and weighing on demand for big-ticket purchases.
