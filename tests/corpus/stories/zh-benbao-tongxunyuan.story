# sample text written for galley's tests; not real news
# case: 本报讯（通讯员 X） alone; first paragraph has no date phrase (dateline empty); numbers with %
@lang zh
@headline 冬季蔬菜量足价稳
@leadin 本报讯（通讯员 郑佳琪）
@source 本报讯
@byline 通讯员|郑佳琪|correspondent
@dateline ||

从市农业农村局获悉，入冬以来，我市多措并举抓好冬季蔬菜生产和保供稳价工作，目前全市在田蔬菜面积达3.2万亩，日均上市量约420吨，主要品种价格总体平稳。
在西溪镇的蔬菜大棚基地，种植户正忙着采摘青菜、菠菜和西兰花。“今年我们新上了智能温控系统，棚里温度、湿度用手机就能调，蔬菜长势比往年都好。”基地负责人李建华说。
为保障市场供应，市农业农村局组织农技人员深入田间地头，指导农户做好防冻保暖、病虫害防治等工作，并落实蔬菜种植补贴资金560万元，扶持新建连栋大棚180亩。
市场监测数据显示，12月份全市10种主要蔬菜平均零售价格为每公斤5.6元，环比上涨2.1%，同比下降3.4%，价格波动处于正常区间。
