# sample text written for galley's tests; not real news
# case: Xinhua English dateline "BEIJING, Jan. 3 (Xinhua) --" (abbreviation with a period, double hyphen); no byline
# note: the lead-in ends with a space (it runs into the first paragraph)
@lang en
@headline China's winter tourism heats up during New Year holiday
@leadin BEIJING, Jan. 3 (Xinhua) -- 
@source Xinhua
@dateline BEIJING, Jan. 3|2023-01-03|BEIJING

Ski resorts, ice festivals and hot-spring towns across China welcomed large numbers of visitors during the three-day New Year holiday, as winter tourism continued its recovery, according to data released by tourism authorities on Tuesday.
In the northeastern city of Harbin, the Ice and Snow World theme park received more than 100,000 visits, while bookings for ski packages in Hebei, Jilin and Xinjiang rose 23.5 percent from a year earlier, an online travel platform said.
"Winter sports have become a lifestyle for many young people since the Beijing 2022 Winter Olympics," said a tourism researcher in Beijing, adding that improved transportation and accommodation infrastructure had made snow destinations far more accessible.
Local governments have rolled out consumption vouchers, discounted tickets and cultural performances to attract tourists. Industry insiders expect the upcoming Spring Festival holiday to bring another peak in travel demand.
