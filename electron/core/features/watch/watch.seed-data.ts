import type { EventCategory, FaultSymptom, PointKind } from '../../../../shared/watch/codes';

/** Words of the demo watch (watch.seed.ts): the centre's cameras and what its operators write. */

export const GRIDS = ['第一网格', '第二网格', '第三网格', '第四网格', '第五网格', '第六网格'] as const;

/** [编号前缀, 名称, 位置, 类型] — the points of a mid-sized 社区 and its streets. */
export const POINTS: readonly (readonly [string, string, string, PointKind])[] = [
  ['JX', '锦绣花园东门', '锦绣花园小区东门岗亭上方', 'bullet'],
  ['JX', '锦绣花园西门', '锦绣花园小区西门', 'bullet'],
  ['JX', '锦绣花园中心广场', '锦绣花园3栋与5栋之间', 'ptz'],
  ['JX', '锦绣花园地下车库入口', '锦绣花园地库坡道', 'plate'],
  ['XF', '幸福里南门', '幸福里小区南门', 'face'],
  ['XF', '幸福里北门', '幸福里小区北门', 'bullet'],
  ['XF', '幸福里儿童游乐区', '幸福里8栋东侧', 'dome'],
  ['JS', '建设路与幸福路交叉口', '建设路幸福路口东北角立杆', 'ptz'],
  ['JS', '建设路农贸市场正门', '建设路农贸市场', 'panorama'],
  ['JS', '建设路农贸市场后巷', '农贸市场北侧巷道', 'bullet'],
  ['JS', '建设路公交站', '建设路公交站台', 'bullet'],
  ['HP', '和平小学校门', '和平小学正门', 'face'],
  ['HP', '和平小学东侧路段', '和平路和平小学东侧', 'bullet'],
  ['HP', '和平公园入口', '和平公园南入口', 'ptz'],
  ['HP', '和平公园湖边步道', '和平公园人工湖北岸', 'panorama'],
  ['DX', '东兴商业街西口', '东兴商业街西端', 'ptz'],
  ['DX', '东兴商业街中段', '东兴商业街12号门前', 'dome'],
  ['DX', '东兴商业街东口', '东兴商业街东端', 'bullet'],
  ['DX', '东兴大厦停车场', '东兴大厦地面停车场', 'plate'],
  ['SQ', '社区服务中心大厅', '社区党群服务中心一楼', 'dome'],
  ['SQ', '社区服务中心门口', '社区党群服务中心正门', 'bullet'],
  ['SQ', '综治中心调解室外走廊', '社区党群服务中心二楼', 'dome'],
  ['YL', '颐乐老年公寓门口', '颐乐老年公寓', 'bullet'],
  ['YL', '卫生服务站门口', '社区卫生服务站', 'bullet'],
  ['BH', '滨河路桥头', '滨河路跨河桥南端', 'ptz'],
  ['BH', '滨河绿道北段', '滨河绿道3号口', 'panorama'],
  ['BH', '滨河路夜市', '滨河路夜市摊位区', 'ptz'],
  ['GY', '工业园区大门', '兴业工业园正门', 'plate'],
  ['GY', '工业园区宿舍区', '兴业工业园员工宿舍', 'bullet'],
  ['CZ', '城中村巷口一', '老街村3巷口', 'bullet'],
  ['CZ', '城中村巷口二', '老街村7巷口', 'bullet'],
  ['CZ', '老街村出租屋集中区', '老街村北片', 'ptz'],
  ['XX', '消防通道（锦绣花园）', '锦绣花园7栋消防通道', 'bullet'],
  ['XX', '电动车集中充电棚', '幸福里11栋北侧', 'dome'],
  ['XX', '垃圾分类站', '建设路垃圾分类收集点', 'bullet'],
  ['DT', '地铁站B出口', '和平路地铁站B出口', 'face'],
];

/** What operators write for each category ({p} is the point's name). */
export const DESCRIPTIONS: Record<EventCategory, readonly string[]> = {
  security: [
    '{p}有人反复拉车门，形迹可疑',
    '{p}两名男子发生推搡',
    '{p}发现有人翻越围墙',
    '{p}有人撬电动车锁',
    '{p}有人深夜徘徊并查看车内',
    '{p}发现醉酒人员躺卧路边',
    '{p}有人张贴小广告',
  ],
  traffic: [
    '{p}机动车违停堵塞通道',
    '{p}两车刮擦，双方在路中争执',
    '{p}早高峰拥堵，车辆排队较长',
    '{p}电动车逆行并闯红灯',
    '{p}货车占道卸货',
  ],
  fire: [
    '{p}消防通道被杂物堵塞',
    '{p}有人焚烧垃圾冒烟',
    '{p}电动车充电处有焦糊味和烟雾',
    '{p}楼道堆放易燃杂物',
  ],
  dispute: [
    '{p}商户与顾客因价格发生争吵',
    '{p}邻居因停车位发生口角',
    '{p}物业人员与业主争执',
    '{p}摊贩因摊位占道发生争执',
    '{p}装修噪音引发邻里争吵',
  ],
  equipment: ['{p}画面短暂中断后恢复', '{p}画面模糊需清洁镜头', '{p}夜间补光灯不亮', '{p}云台转动迟缓'],
  other: [
    '{p}老人独自长时间徘徊，疑似走失',
    '{p}儿童无人看护在路边玩耍',
    '{p}路灯不亮',
    '{p}井盖缺失',
    '{p}流浪犬聚集',
    '{p}大风吹倒广告牌',
  ],
};

export const DISPATCH_WHOM = {
  patrol: ['巡逻队王队长', '巡逻一组', '巡逻二组', '治安巡防队'],
  grid: ['网格员李明', '网格员周芳', '网格员陈刚', '网格员刘丽'],
  police: ['110 指挥中心', '辖区派出所值班室'],
  leader: ['带班领导', '综治中心主任'],
} as const;

export const RESULTS: Record<EventCategory, readonly string[]> = {
  security: ['巡逻队到场核实，人员已离开', '移交派出所处理', '经核实系业主本人，已解除', '已劝离并登记'],
  traffic: ['已通知车主挪车', '交警到场处理完毕', '拥堵已疏解', '已劝导并拍照留存'],
  fire: ['物业已清理通道', '已扑灭，无人员受伤', '已断电并通知物业检修', '杂物已清除'],
  dispute: ['网格员到场调解，双方和解', '已劝散，建议到综治中心调解', '双方自行离开', '转入矛盾纠纷台账'],
  equipment: ['画面已恢复', '已通知维保单位', '已清洁镜头', '已报修'],
  other: ['已联系家属接回', '已通知城管', '已报市政维修', '已通知物业处理'],
};

export const FAULT_DETAIL: Record<FaultSymptom, string> = {
  black: '画面全黑，无信号',
  offline: '平台显示设备离线',
  norecord: '录像回放无数据',
  ptz: '云台不能转动',
  blur: '画面模糊，疑似镜头脏污',
  other: '设备异常',
};

export const REPAIRERS = ['维保单位张工', '维保单位刘工', '运营商网络维护', '社区电工王师傅'] as const;

export const FOOTAGE_REQUESTERS = [
  ['李警官', '城南派出所'],
  ['王警官', '城南派出所刑侦中队'],
  ['赵交警', '交警二大队'],
  ['周律师', '明德律师事务所'],
  ['刘科长', '街道城管科'],
  ['陈调解员', '社区人民调解委员会'],
] as const;

export const FOOTAGE_PURPOSES = [
  '调查盗窃案件',
  '处理交通事故',
  '核实纠纷经过',
  '查找走失老人行踪',
  '调查毁损财物',
] as const;

export const MEDIA = ['U盘', '光盘', '移动硬盘', '公安专网传输'] as const;
