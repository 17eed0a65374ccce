/**
 * GB/T 2260 administrative divisions of Henan: the province, its 17 prefecture-level cities plus the
 * Jiyuan demonstration zone, and their counties, county-level cities and districts. Codes are the current
 * ones (after the 2021 Luoyang reorganisation); development zones (41xx7x) are statistical codes, not
 * GB/T 2260, and are deliberately absent.
 */

export type RegionLevel = "PROVINCE" | "CITY" | "COUNTY";

/** The plan sets different targets for these groups of cities. */
export type CityGroup = "TRANSMISSION_CHANNEL" | "FENWEI" | "OTHER";

export interface RegionRecord {
  code: string;
  name: string;
  /** pinyin */
  nameEn: string;
  level: RegionLevel;
  parentCode: string | null;
  /** cities only, else null */
  group: CityGroup | null;
  /** issuing-authority letters of the city's plates (豫A …); cities only, else [] */
  plateLetters: string[];
}

export const HENAN_PROVINCE_CODE = "410000";

type CityRow = readonly [code: string, name: string, nameEn: string, group: CityGroup, plateLetters: readonly string[]];

const CITY_ROWS: readonly CityRow[] = [
  ["410100", "郑州市", "Zhengzhou", "TRANSMISSION_CHANNEL", ["A", "V"]],
  ["410200", "开封市", "Kaifeng", "TRANSMISSION_CHANNEL", ["B"]],
  ["410300", "洛阳市", "Luoyang", "FENWEI", ["C"]],
  ["410400", "平顶山市", "Pingdingshan", "OTHER", ["D"]],
  ["410500", "安阳市", "Anyang", "TRANSMISSION_CHANNEL", ["E"]],
  ["410600", "鹤壁市", "Hebi", "TRANSMISSION_CHANNEL", ["F"]],
  ["410700", "新乡市", "Xinxiang", "TRANSMISSION_CHANNEL", ["G"]],
  ["410800", "焦作市", "Jiaozuo", "TRANSMISSION_CHANNEL", ["H"]],
  ["410900", "濮阳市", "Puyang", "TRANSMISSION_CHANNEL", ["J"]],
  ["411000", "许昌市", "Xuchang", "OTHER", ["K"]],
  ["411100", "漯河市", "Luohe", "OTHER", ["L"]],
  ["411200", "三门峡市", "Sanmenxia", "FENWEI", ["M"]],
  ["411300", "南阳市", "Nanyang", "OTHER", ["R"]],
  ["411400", "商丘市", "Shangqiu", "OTHER", ["N"]],
  ["411500", "信阳市", "Xinyang", "OTHER", ["S"]],
  ["411600", "周口市", "Zhoukou", "OTHER", ["P"]],
  ["411700", "驻马店市", "Zhumadian", "OTHER", ["Q"]],
  // Formally a county-level city administered by the province (under 419000), but it is planned and
  // reported as a city of its own, so the hub treats it as one.
  ["419001", "济源市", "Jiyuan", "OTHER", ["U"]],
];

type CountyRow = readonly [code: string, name: string, nameEn: string];

const COUNTY_ROWS_BY_CITY: Readonly<Record<string, readonly CountyRow[]>> = {
  "410100": [
    ["410102", "中原区", "Zhongyuan District"],
    ["410103", "二七区", "Erqi District"],
    ["410104", "管城回族区", "Guancheng Hui District"],
    ["410105", "金水区", "Jinshui District"],
    ["410106", "上街区", "Shangjie District"],
    ["410108", "惠济区", "Huiji District"],
    ["410122", "中牟县", "Zhongmu County"],
    ["410181", "巩义市", "Gongyi City"],
    ["410182", "荥阳市", "Xingyang City"],
    ["410183", "新密市", "Xinmi City"],
    ["410184", "新郑市", "Xinzheng City"],
    ["410185", "登封市", "Dengfeng City"],
  ],
  "410200": [
    ["410202", "龙亭区", "Longting District"],
    ["410203", "顺河回族区", "Shunhe Hui District"],
    ["410204", "鼓楼区", "Gulou District"],
    ["410205", "禹王台区", "Yuwangtai District"],
    ["410212", "祥符区", "Xiangfu District"],
    ["410221", "杞县", "Qi County"],
    ["410222", "通许县", "Tongxu County"],
    ["410223", "尉氏县", "Weishi County"],
    ["410225", "兰考县", "Lankao County"],
  ],
  "410300": [
    ["410302", "老城区", "Laocheng District"],
    ["410303", "西工区", "Xigong District"],
    ["410304", "瀍河回族区", "Chanhe Hui District"],
    ["410305", "涧西区", "Jianxi District"],
    ["410307", "偃师区", "Yanshi District"],
    ["410308", "孟津区", "Mengjin District"],
    ["410311", "洛龙区", "Luolong District"],
    ["410323", "新安县", "Xin'an County"],
    ["410324", "栾川县", "Luanchuan County"],
    ["410325", "嵩县", "Song County"],
    ["410326", "汝阳县", "Ruyang County"],
    ["410327", "宜阳县", "Yiyang County"],
    ["410328", "洛宁县", "Luoning County"],
    ["410329", "伊川县", "Yichuan County"],
  ],
  "410400": [
    ["410402", "新华区", "Xinhua District"],
    ["410403", "卫东区", "Weidong District"],
    ["410404", "石龙区", "Shilong District"],
    ["410411", "湛河区", "Zhanhe District"],
    ["410421", "宝丰县", "Baofeng County"],
    ["410422", "叶县", "Ye County"],
    ["410423", "鲁山县", "Lushan County"],
    ["410425", "郏县", "Jia County"],
    ["410481", "舞钢市", "Wugang City"],
    ["410482", "汝州市", "Ruzhou City"],
  ],
  "410500": [
    ["410502", "文峰区", "Wenfeng District"],
    ["410503", "北关区", "Beiguan District"],
    ["410505", "殷都区", "Yindu District"],
    ["410506", "龙安区", "Long'an District"],
    ["410522", "安阳县", "Anyang County"],
    ["410523", "汤阴县", "Tangyin County"],
    ["410526", "滑县", "Hua County"],
    ["410527", "内黄县", "Neihuang County"],
    ["410581", "林州市", "Linzhou City"],
  ],
  "410600": [
    ["410602", "鹤山区", "Heshan District"],
    ["410603", "山城区", "Shancheng District"],
    ["410611", "淇滨区", "Qibin District"],
    ["410621", "浚县", "Xun County"],
    ["410622", "淇县", "Qi County"],
  ],
  "410700": [
    ["410702", "红旗区", "Hongqi District"],
    ["410703", "卫滨区", "Weibin District"],
    ["410704", "凤泉区", "Fengquan District"],
    ["410711", "牧野区", "Muye District"],
    ["410721", "新乡县", "Xinxiang County"],
    ["410724", "获嘉县", "Huojia County"],
    ["410725", "原阳县", "Yuanyang County"],
    ["410726", "延津县", "Yanjin County"],
    ["410727", "封丘县", "Fengqiu County"],
    ["410781", "卫辉市", "Weihui City"],
    ["410782", "辉县市", "Huixian City"],
    ["410783", "长垣市", "Changyuan City"],
  ],
  "410800": [
    ["410802", "解放区", "Jiefang District"],
    ["410803", "中站区", "Zhongzhan District"],
    ["410804", "马村区", "Macun District"],
    ["410811", "山阳区", "Shanyang District"],
    ["410821", "修武县", "Xiuwu County"],
    ["410822", "博爱县", "Bo'ai County"],
    ["410823", "武陟县", "Wuzhi County"],
    ["410825", "温县", "Wen County"],
    ["410882", "沁阳市", "Qinyang City"],
    ["410883", "孟州市", "Mengzhou City"],
  ],
  "410900": [
    ["410902", "华龙区", "Hualong District"],
    ["410922", "清丰县", "Qingfeng County"],
    ["410923", "南乐县", "Nanle County"],
    ["410926", "范县", "Fan County"],
    ["410927", "台前县", "Taiqian County"],
    ["410928", "濮阳县", "Puyang County"],
  ],
  "411000": [
    ["411002", "魏都区", "Weidu District"],
    ["411003", "建安区", "Jian'an District"],
    ["411024", "鄢陵县", "Yanling County"],
    ["411025", "襄城县", "Xiangcheng County"],
    ["411081", "禹州市", "Yuzhou City"],
    ["411082", "长葛市", "Changge City"],
  ],
  "411100": [
    ["411102", "源汇区", "Yuanhui District"],
    ["411103", "郾城区", "Yancheng District"],
    ["411104", "召陵区", "Shaoling District"],
    ["411121", "舞阳县", "Wuyang County"],
    ["411122", "临颍县", "Linying County"],
  ],
  "411200": [
    ["411202", "湖滨区", "Hubin District"],
    ["411203", "陕州区", "Shanzhou District"],
    ["411221", "渑池县", "Mianchi County"],
    ["411224", "卢氏县", "Lushi County"],
    ["411281", "义马市", "Yima City"],
    ["411282", "灵宝市", "Lingbao City"],
  ],
  "411300": [
    ["411302", "宛城区", "Wancheng District"],
    ["411303", "卧龙区", "Wolong District"],
    ["411321", "南召县", "Nanzhao County"],
    ["411322", "方城县", "Fangcheng County"],
    ["411323", "西峡县", "Xixia County"],
    ["411324", "镇平县", "Zhenping County"],
    ["411325", "内乡县", "Neixiang County"],
    ["411326", "淅川县", "Xichuan County"],
    ["411327", "社旗县", "Sheqi County"],
    ["411328", "唐河县", "Tanghe County"],
    ["411329", "新野县", "Xinye County"],
    ["411330", "桐柏县", "Tongbai County"],
    ["411381", "邓州市", "Dengzhou City"],
  ],
  "411400": [
    ["411402", "梁园区", "Liangyuan District"],
    ["411403", "睢阳区", "Suiyang District"],
    ["411421", "民权县", "Minquan County"],
    ["411422", "睢县", "Sui County"],
    ["411423", "宁陵县", "Ningling County"],
    ["411424", "柘城县", "Zhecheng County"],
    ["411425", "虞城县", "Yucheng County"],
    ["411426", "夏邑县", "Xiayi County"],
    ["411481", "永城市", "Yongcheng City"],
  ],
  "411500": [
    ["411502", "浉河区", "Shihe District"],
    ["411503", "平桥区", "Pingqiao District"],
    ["411521", "罗山县", "Luoshan County"],
    ["411522", "光山县", "Guangshan County"],
    ["411523", "新县", "Xin County"],
    ["411524", "商城县", "Shangcheng County"],
    ["411525", "固始县", "Gushi County"],
    ["411526", "潢川县", "Huangchuan County"],
    ["411527", "淮滨县", "Huaibin County"],
    ["411528", "息县", "Xi County"],
  ],
  "411600": [
    ["411602", "川汇区", "Chuanhui District"],
    ["411603", "淮阳区", "Huaiyang District"],
    ["411621", "扶沟县", "Fugou County"],
    ["411622", "西华县", "Xihua County"],
    ["411623", "商水县", "Shangshui County"],
    ["411624", "沈丘县", "Shenqiu County"],
    ["411625", "郸城县", "Dancheng County"],
    ["411627", "太康县", "Taikang County"],
    ["411628", "鹿邑县", "Luyi County"],
    ["411681", "项城市", "Xiangcheng City"],
  ],
  "411700": [
    ["411702", "驿城区", "Yicheng District"],
    ["411721", "西平县", "Xiping County"],
    ["411722", "上蔡县", "Shangcai County"],
    ["411723", "平舆县", "Pingyu County"],
    ["411724", "正阳县", "Zhengyang County"],
    ["411725", "确山县", "Queshan County"],
    ["411726", "泌阳县", "Biyang County"],
    ["411727", "汝南县", "Runan County"],
    ["411728", "遂平县", "Suiping County"],
    ["411729", "新蔡县", "Xincai County"],
  ],
};

function freezeRecord(record: RegionRecord): RegionRecord {
  Object.freeze(record.plateLetters);
  return Object.freeze(record);
}

function buildRegions(): readonly RegionRecord[] {
  const records: RegionRecord[] = [
    freezeRecord({
      code: HENAN_PROVINCE_CODE,
      name: "河南省",
      nameEn: "Henan",
      level: "PROVINCE",
      parentCode: null,
      group: null,
      plateLetters: [],
    }),
  ];
  for (const [code, name, nameEn, group, plateLetters] of CITY_ROWS) {
    records.push(
      freezeRecord({ code, name, nameEn, level: "CITY", parentCode: HENAN_PROVINCE_CODE, group, plateLetters: [...plateLetters] }),
    );
    for (const [countyCode, countyName, countyNameEn] of COUNTY_ROWS_BY_CITY[code] ?? []) {
      records.push(
        freezeRecord({
          code: countyCode,
          name: countyName,
          nameEn: countyNameEn,
          level: "COUNTY",
          parentCode: code,
          group: null,
          plateLetters: [],
        }),
      );
    }
  }
  return Object.freeze(records);
}

export const REGIONS: readonly RegionRecord[] = buildRegions();

/**
 * Codes withdrawn from GB/T 2260 by recent reorganisations. Old records and credit codes issued before
 * the change still carry them, so a check can say what replaced the code instead of just "unknown".
 */
export interface RetiredRegionCode {
  code: string;
  name: string;
  replacedBy: string;
  year: number;
}

export const RETIRED_REGION_CODES: ReadonlyMap<string, RetiredRegionCode> = new Map(
  (
    [
      ["410211", "金明区", "410202", 2014],
      ["410224", "开封县", "410212", 2014],
      ["410306", "吉利区", "410308", 2021],
      ["410322", "孟津县", "410308", 2021],
      ["410381", "偃师市", "410307", 2021],
      ["410728", "长垣县", "410783", 2019],
      ["411023", "许昌县", "411003", 2016],
      ["411222", "陕县", "411203", 2015],
      ["411626", "淮阳县", "411603", 2019],
    ] as const
  ).map(([code, name, replacedBy, year]) => [code, Object.freeze({ code, name, replacedBy, year })]),
);

const BY_CODE: ReadonlyMap<string, RegionRecord> = new Map(REGIONS.map((region) => [region.code, region]));

const CHILDREN: ReadonlyMap<string, readonly RegionRecord[]> = (() => {
  const children = new Map<string, RegionRecord[]>();
  for (const region of REGIONS) {
    if (region.parentCode === null) continue;
    const siblings = children.get(region.parentCode);
    if (siblings) siblings.push(region);
    else children.set(region.parentCode, [region]);
  }
  for (const list of children.values()) Object.freeze(list);
  return children;
})();

const NO_REGIONS: readonly RegionRecord[] = Object.freeze([]);

export function regionByCode(code: string): RegionRecord | undefined {
  return BY_CODE.get(code);
}

export function isKnownRegionCode(code: string): boolean {
  return BY_CODE.has(code);
}

/** Direct children: the cities of a province, the counties and districts of a city. */
export function childrenOf(code: string): readonly RegionRecord[] {
  return CHILDREN.get(code) ?? NO_REGIONS;
}

export function citiesOf(provinceCode: string = HENAN_PROVINCE_CODE): readonly RegionRecord[] {
  return childrenOf(provinceCode).filter((region) => region.level === "CITY");
}

/** The city a county belongs to, the city itself for a city; undefined for the province or an unknown code. */
export function cityOf(code: string): RegionRecord | undefined {
  const region = BY_CODE.get(code);
  if (!region) return undefined;
  if (region.level === "CITY") return region;
  if (region.level === "COUNTY" && region.parentCode !== null) return BY_CODE.get(region.parentCode);
  return undefined;
}
