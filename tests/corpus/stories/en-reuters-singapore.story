# sample text written for galley's tests; not real news
# case: Reuters dateline in the previous year (Dec 30 → 2022-12-30); end credit with three parts including
# "Additional reporting by … in Tokyo" (kind contributor)
# note: the lead-in ends with a space (it runs into the first paragraph)
@lang en
@headline Asian shares end bruising year with steepest loss since 2008
@leadin SINGAPORE, Dec 30 (Reuters) - 
@source Reuters
@byline Reporting|Ananya Krishnan|writer
@byline Additional reporting|Kenji Watanabe|contributor
@byline Editing|Richard Pullman|editor
@dateline SINGAPORE, Dec 30|2022-12-30|SINGAPORE
@endcredit (Reporting by Ananya Krishnan; Additional reporting by Kenji Watanabe in Tokyo; Editing by Richard Pullman)

Asian shares edged higher on Friday, the final trading day of 2022, but were still headed for their worst annual performance since the global financial crisis after a year dominated by aggressive monetary tightening, surging energy prices and pandemic restrictions.
A broad index of Asia-Pacific shares outside Japan rose 0.3% in thin holiday trading but has lost roughly 20% this year. Japan's Nikkei slipped 0.2% on its last session of the year, ending 2022 down 9.4%.
"It has been an extraordinarily difficult year for investors across virtually every asset class," said Lim Wei Jie, a portfolio manager at a Singapore-based asset management firm. "The question for 2023 is whether a recovery in China can offset a slowdown in the United States and Europe."
Chinese blue-chip stocks gained 0.5% as investors bet that the scrapping of quarantine requirements for inbound travellers would revive consumption, although a surge in infections continued to disrupt factory output and logistics.
In currency markets, the dollar was on course for an annual gain of about 8%, its strongest performance in seven years, while the Japanese yen rebounded after the central bank's surprise policy tweak last week.
