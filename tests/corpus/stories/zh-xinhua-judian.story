# sample text written for galley's tests; not real news
# case: 据新华社电 — no place, no date, no byline (dateline and bylines empty)
@lang zh
@headline 中东部地区将迎大范围降温降雪
@leadin 据新华社电
@source 据新华社电
@dateline ||

中央气象台3日发布消息称，受新一股冷空气影响，4日至7日，我国中东部地区将自北向南出现大范围降温和雨雪天气，气温普遍下降6℃至10℃，局地降温幅度可达12℃以上。
预计，华北南部、黄淮、江淮等地将出现小到中雪或雨夹雪，局地大雪；江南、华南北部有小到中雨。受降雪和道路结冰影响，部分地区交通出行可能受到不利影响。
气象专家提醒，公众应及时关注最新天气预报预警信息，注意防寒保暖；各地交通、电力等部门要提前做好应对准备，确保群众出行安全和生产生活正常进行。
