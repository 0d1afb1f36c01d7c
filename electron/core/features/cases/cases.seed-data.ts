/**
 * Word lists for the demo ledger (cases.seed.ts). Names include the rare
 * characters the archive must carry and print (design.md, "Documents"):
 * 䶮 U+4DAE, 堃, 喆, 昇, and 𠮷 U+20BB7 (outside the BMP, not in the print font).
 */
export const SURNAMES = [
  ...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文',
];
export const RARE_SURNAMES = ['𠮷'];
export const GIVEN = [
  ...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英建华文辉玉兰志强海燕国庆春梅红梅晓东丽娟淑珍德明永福桂芳金凤',
];
export const RARE_GIVEN = ['䶮', '堃', '喆', '昇'];

export const ORGANISATIONS = [
  { name: '锦华物业服务有限公司', title: '项目经理' },
  { name: '恒达建筑工程有限公司', title: '法定代表人' },
  { name: '老街坊餐饮店', title: '负责人' },
  { name: '安居房地产开发有限公司', title: '法定代表人' },
  { name: '顺通汽车维修中心', title: '负责人' },
  { name: '宏远装饰工程有限公司', title: '项目经理' },
  { name: '惠民超市', title: '店长' },
  { name: '康乐养老服务中心', title: '主任' },
];

export const ESTATES = [
  '锦绣花园',
  '阳光小区',
  '和平里',
  '翠湖苑',
  '金桂园',
  '东风新村',
  '幸福家园',
  '滨江花园',
];
export const ROADS = ['人民路', '解放路', '建设路', '中山路', '胜利街', '长江路', '文化路', '新华街'];
export const OTHER_PLACES = ['社区菜市场', '社区卫生服务站', '社区广场', '老年活动中心', '农贸市场东门'];
export const REGIONS = ['110105', '310104', '440305', '320102', '510107', '420106', '330106', '370102'];
export const ETHNICITIES = ['汉族', '汉族', '汉族', '汉族', '汉族', '回族', '满族', '壮族', '蒙古族'];
export const OCCUPATIONS = [
  '退休',
  '个体经营',
  '公司职员',
  '务工',
  '教师',
  '无业',
  '自由职业',
  '司机',
  '厨师',
];
export const ESCALATION_TARGETS = ['街道综治中心', '区综治中心', '街道派出所', '区信访局'];
export const FOLLOW_UP_METHODS = ['电话', '上门', '到场'];
export const NOTES = [
  '当事人情绪激动，需持续关注。',
  '已通知网格员跟进。',
  '双方均同意调解。',
  '涉及老年人，注意沟通方式。',
  '已调取监控录像备查。',
];

/**
 * Per category: summaries and demands with {a} (first party), {b} (second),
 * {place}, {amount}. Some summaries carry the terms the bench searches for
 * (邻里纠纷, 漏水, 物业费, 停车位).
 */
export const CATEGORY_TEXTS: Record<string, { summaries: string[]; demands: string[] }> = {
  邻里纠纷: {
    summaries: [
      '{a}反映楼上{b}家卫生间漏水，致其天花板受损，双方多次协商未果，引发邻里纠纷。',
      '{a}与{b}因楼道堆放杂物发生争执，互不相让。',
      '{a}与邻居{b}因停车位使用问题多次发生口角。',
      '{a}反映{b}饲养的犬只夜间吠叫，影响休息。',
      '{a}与{b}因装修噪音问题发生邻里纠纷，一度发生推搡。',
      '{a}反映{b}在{place}私搭乱建，遮挡采光。',
    ],
    demands: ['要求对方停止侵害、恢复原状', '要求{b}赔偿维修费用{amount}元', '要求调解解决，今后互不干扰'],
  },
  物业纠纷: {
    summaries: [
      '{a}以电梯长期故障为由拒交物业费，{b}要求补缴欠费{amount}元。',
      '{a}反映地下车库漏水，停车位被淹，与{b}就赔偿发生争议。',
      '{a}对{b}上调物业费不满，组织部分业主拒交。',
      '{a}反映小区绿化被{b}改建为停车位，要求恢复。',
    ],
    demands: ['要求减免物业费', '要求{b}赔偿损失{amount}元', '要求物业公司履行维修义务'],
  },
  婚姻家庭纠纷: {
    summaries: [
      '{a}与{b}因家庭琐事长期不和，{a}提出离婚并要求分割共同财产。',
      '{a}反映其子{b}不履行赡养义务。',
      '{a}与{b}因子女抚养费{amount}元的支付问题发生纠纷。',
      '{a}与{b}因老人遗产分配问题发生家庭矛盾。',
    ],
    demands: ['要求按月支付赡养费', '要求依法分割共同财产', '要求支付抚养费{amount}元'],
  },
  房屋宅基地纠纷: {
    summaries: [
      '{a}与{b}因宅基地界址不清发生争执。',
      '{a}反映{b}翻建房屋时占用其宅基地约两平方米。',
      '{a}与{b}因共用墙体漏水、开裂的维修责任发生纠纷。',
    ],
    demands: ['要求确认界址', '要求{b}拆除占用部分', '要求共同承担维修费用{amount}元'],
  },
  合同纠纷: {
    summaries: [
      '{a}与{b}签订房屋租赁合同，因押金{amount}元退还问题发生纠纷。',
      '{a}委托{b}装修房屋，因工程质量问题拒付尾款{amount}元。',
      '{a}与{b}因借款{amount}元到期未还发生纠纷。',
    ],
    demands: ['要求退还押金{amount}元', '要求返工或减少价款', '要求归还借款{amount}元'],
  },
  生产经营纠纷: {
    summaries: [
      '{a}与{b}合伙经营门店，因利润分配发生分歧。',
      '{a}反映{b}在{place}占道经营，影响其店铺营业。',
    ],
    demands: ['要求按约定分配收益', '要求停止占道经营'],
  },
  损害赔偿纠纷: {
    summaries: [
      '{a}被{b}饲养的犬只咬伤，要求赔偿医疗费{amount}元。',
      '{a}在{place}被{b}家高空坠物砸伤车辆。',
      '{a}的电动车在{b}经营的停车棚内丢失。',
    ],
    demands: ['要求赔偿医疗费{amount}元', '要求赔偿修车费用{amount}元'],
  },
  山林土地纠纷: {
    summaries: ['{a}与{b}因承包地边界发生争议。', '{a}反映{b}在其承包地上种植果树。'],
    demands: ['要求确认承包地边界', '要求{b}清除地上种植物'],
  },
  征地拆迁纠纷: {
    summaries: ['{a}对{b}给出的拆迁补偿标准不满，拒绝签订协议。', '{a}反映拆迁安置房分配不公。'],
    demands: ['要求提高补偿标准', '要求公开安置房分配方案'],
  },
  环境污染纠纷: {
    summaries: ['{a}反映{b}餐饮油烟直排，影响居民生活。', '{a}反映{b}夜间施工噪音扰民。'],
    demands: ['要求安装油烟净化设备', '要求夜间停止施工'],
  },
  劳动争议纠纷: {
    summaries: [
      '{a}反映在{b}务工期间被拖欠工资{amount}元。',
      '{a}在{b}工作期间受伤，双方就工伤待遇发生争议。',
    ],
    demands: ['要求支付拖欠工资{amount}元', '要求按工伤标准赔偿'],
  },
  消费纠纷: {
    summaries: [
      '{a}在{b}购买的商品存在质量问题，要求退款{amount}元。',
      '{a}在{b}办理的预付卡无法使用，余额{amount}元。',
    ],
    demands: ['要求退款{amount}元', '要求退还预付卡余额'],
  },
  医疗纠纷: {
    summaries: ['{a}认为{b}诊疗存在过错，要求赔偿。', '{a}对{b}收取的治疗费用{amount}元有异议。'],
    demands: ['要求赔偿医疗费用{amount}元', '要求说明收费依据'],
  },
  道路交通事故纠纷: {
    summaries: [
      '{a}驾驶电动车与{b}驾驶的小型汽车在{place}发生碰撞，双方就医疗费{amount}元发生争议。',
      '{a}停放的车辆被{b}倒车时刮擦。',
    ],
    demands: ['要求赔偿医疗费{amount}元', '要求赔偿车辆维修费'],
  },
  其他纠纷: {
    summaries: ['{a}与{b}因琐事发生口角。', '{a}反映{b}在{place}张贴小广告。'],
    demands: ['要求调解解决', '要求赔礼道歉'],
  },
};

export const RESULTS = {
  resolved: [
    '经调解，双方达成协议，{b}一次性赔偿{a}{amount}元，当场履行完毕。',
    '经耐心疏导，双方互相谅解，握手言和。',
    '经调解，双方签订书面协议，约定分期履行。',
    '双方达成口头协议，已当场履行。',
  ],
  guided: ['经调解未达成一致，已引导当事人通过诉讼途径解决。', '双方分歧较大，已告知可申请仲裁。'],
  transferred: ['已移送街道城管部门处理。', '已移送辖区派出所处理。', '已移送区住建部门处理。'],
} as const;

export const FOLLOW_UP_NOTES = [
  '协议已履行，双方无异议。',
  '当事人表示满意，未再发生矛盾。',
  '尚有少量分歧，继续关注。',
];
export const SUSPEND_REASONS = ['当事人外出务工，暂无法联系。', '等待司法鉴定结果。', '一方当事人住院治疗。'];
export const INTAKE_MATTERS = [
  { matter: '咨询低保申请需要的材料', answer: '已告知申请条件和所需材料，请到社区服务窗口办理。' },
  { matter: '咨询离婚协议如何办理', answer: '已告知到区婚姻登记处办理，并提供法律援助电话。' },
  { matter: '反映小区路灯不亮', answer: '已记录并通知物业公司维修。' },
  { matter: '咨询拖欠工资如何维权', answer: '已告知可向劳动监察部门投诉或申请劳动仲裁。' },
  { matter: '反映楼道堆放杂物存在消防隐患', answer: '已通知网格员现场查看。' },
  { matter: '咨询调解协议的法律效力', answer: '已说明人民调解协议的效力及司法确认程序。' },
];
