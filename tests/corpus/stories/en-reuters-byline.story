# sample text written for galley's tests; not real news
# case: "By … and …" byline line followed by a Reuters wire dateline without a date (@leadin2); end credit with an editor only;
# S&P, percentages, hyphenated compounds
@lang en
@headline Wall Street opens higher as technology shares rebound
@leadin By Priya Raman and Daniel Okafor
@leadin2 NEW YORK (Reuters) - 
@source Reuters
@byline |Priya Raman|writer
@byline |Daniel Okafor|writer
@byline Editing|Catherine Moore|editor
@dateline NEW YORK||NEW YORK
@endcredit (Editing by Catherine Moore)

U.S. stocks opened higher on the first trading day of 2023 as investors snapped up beaten-down technology shares, although lingering worries about further interest rate increases by the Federal Reserve kept gains in check.
The Dow Jones Industrial Average rose 0.4%, the S&P 500 gained 0.6% and the Nasdaq Composite climbed 0.9% in early trading, after all three indexes suffered their steepest annual declines since 2008.
Semiconductor manufacturers and cloud-computing companies led the advance, recovering part of last year's losses, while energy stocks slipped as oil prices retreated from a two-week high amid concerns about weakening global demand.
"There is a sense that a lot of bad news is already priced in, but it would be premature to call a bottom," said Thomas Whitaker, chief investment strategist at Harbor Point Capital in Boston. "Everything still depends on how quickly inflation comes down."
Investors will be watching minutes from the Fed's December policy meeting, due on Wednesday, and Friday's closely watched jobs report for clues about the central bank's path. Futures markets are pricing in a peak policy rate of about 5% by midyear.
Shares of electric-vehicle maker Voltaris Motors fell 4.2% after it reported fourth-quarter deliveries of 38,500 vehicles, below analysts' estimates of roughly 41,000, and warned that supply-chain disruptions could weigh on first-quarter production.
