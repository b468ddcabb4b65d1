# sample text written for galley's tests; not real news
# case: names-only bracket （徐敏 王浩） (role empty, kind writer); lead starts with 昨天上午 (→ issue date minus one)
@lang zh
@headline 寒冬献热血 爱心暖人心
@leadin 本报讯（徐敏 王浩）
@source 本报讯
@byline |徐敏|writer
@byline |王浩|writer
@dateline 昨天|2023-01-03|

昨天上午，市中心血站的献血车停靠在市民广场，不少市民冒着寒风排队献血。截至当天下午4时，共有86名爱心人士成功献血，献血量达2.74万毫升。
“听说最近临床用血比较紧张，我就赶紧过来了。”今年已是第11次献血的市民陈先生告诉记者，献血不仅能帮助别人，也是对自己身体的一次检查，“只要身体允许，我会一直献下去。”
据市中心血站工作人员介绍，受天气寒冷、节假日等因素影响，每年元旦至春节期间都是献血淡季，而临床用血需求却不减反增。目前，全市库存血量仅能维持5天左右的正常供应。
市中心血站呼吁，18周岁至55周岁、身体健康的市民朋友积极参与无偿献血。市民可通过“爱心献血”小程序查询献血点位置和开放时间，也可拨打血站服务热线咨询。
