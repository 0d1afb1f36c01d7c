import type { ImportTarget } from './columns';

/**
 * The catalogue fields an old 归档文件目录 column can fill (issue 14, item 5),
 * with the names offices give them (DA/T 22-2015's 归档文件目录 and what
 * centres wrote before it: 案卷题名, 形成单位, 长期 …).
 */
export const CATALOGUE_TARGETS: readonly ImportTarget[] = [
  { key: 'code', label: '档号', names: ['档号', '原档号', '档案号', '档案编号', '归档号'] },
  { key: 'serial', label: '件号', names: ['件号', '件次号', '顺序号'] },
  { key: 'category', label: '门类', names: ['门类', '门类代码', '档案门类', '类别', '分类', '档案类别'] },
  { key: 'year', label: '年度', names: ['年度', '归档年度', '年份', '所属年度'] },
  { key: 'retention', label: '保管期限', names: ['保管期限', '期限', '保存期限'] },
  { key: 'classification', label: '密级', names: ['密级', '保密等级'] },
  {
    key: 'title',
    label: '题名',
    names: ['题名', '文件题名', '案卷题名', '标题', '文件名称', '名称', '档案名称'],
  },
  {
    key: 'responsible',
    label: '责任者',
    names: ['责任者', '责任单位', '形成单位', '发文单位', '立卷单位', '形成部门'],
  },
  { key: 'docNumber', label: '文号', names: ['文号', '发文字号', '文件编号', '发文号'] },
  { key: 'date', label: '日期', names: ['日期', '文件日期', '成文日期', '形成日期', '形成时间', '时间'] },
  { key: 'pages', label: '页数', names: ['页数', '张数', '总页数'] },
  { key: 'important', label: '重要档案', names: ['重要档案', '是否重要', '重要'] },
  { key: 'cabinet', label: '柜号', names: ['柜号', '档案柜', '柜'] },
  { key: 'boxNo', label: '盒号', names: ['盒号', '档案盒号', '盒'] },
  { key: 'location', label: '存放位置', names: ['存放位置', '位置', '存放地点', '库位'] },
  { key: 'note', label: '备注', names: ['备注', '说明', '附注'] },
];
