# sample text written for galley's tests; not real news
# case: plain 本报讯 lead-in with the credit printed at the end as its own line; date-first lead
@lang zh
@headline 消防安全检查进企业
@leadin 本报讯
@source 本报讯
@byline 记者|蒋文斌|writer
@byline 通讯员|楼佳佳|correspondent
@dateline 1月3日|2023-01-03|
@endcredit （记者 蒋文斌 通讯员 楼佳佳）

1月3日，市消防救援大队联合市应急管理局、市场监管局等部门，对经济开发区部分企业开展节前消防安全联合检查，督促企业落实消防安全主体责任。
检查组一行先后来到5家五金制造企业，重点检查了消防设施器材配备、疏散通道畅通、电气线路敷设以及易燃易爆危险品储存等情况。对检查中发现的部分灭火器过期、安全出口堵塞等问题，检查人员当场开具整改通知书，要求企业限期整改到位。
“节前企业赶订单、加班多，稍有疏忽就可能酿成大祸。”市消防救援大队相关负责人表示，春节前后将持续开展消防安全隐患排查整治，对拒不整改的企业依法依规严肃查处。
据悉，自去年12月以来，全市共检查各类单位1260家，督促整改火灾隐患2375处，约谈企业负责人86人次。
