import type { Identity, Profile } from '../../tables/types';
import { balance } from '../balance';
import { codeHierarchy } from '../code-hierarchy';
import { economicSplit } from '../economic-split';
import { itemSum } from '../item-sum';
import { rateColumn } from '../rate-column';
import { rowSum } from '../row-sum';
import { defineRule, type Rule } from '../types';

/** What each 决算 rule id checks, as juesuan.md §3 words it. */
export const JUESUAN_RULE_DESCRIPTIONS: Record<string, string> = {
  'J-01': '收入支出决算总表：本年收入合计 = 一至八项收入之和',
  'J-02': '收入支出决算总表：本年支出合计 = 各类支出之和',
  'J-03': '收入支出决算总表：收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余',
  'J-04': '收入支出决算总表：支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余',
  'J-05': '收入支出决算总表：收入总计 = 支出总计',
  'J-06': '收入支出决算总表：年末结转和结余 = 年初结转和结余 + 本年收入 + 使用非财政拨款结余 − 本年支出 − 结余分配',
  'J-07': '收入决算表每行：本年收入合计 = 财政拨款收入 + 上级补助收入 + 事业收入 + 经营收入 + 附属单位上缴收入 + 其他收入',
  'J-08': '支出决算表每行：本年支出合计 = 基本支出 + 项目支出 + 上缴上级支出 + 经营支出 + 对附属单位补助支出',
  'J-H': '科目层级：类 = 其下各款之和，款 = 其下各项之和，合计 = 各类之和',
  'J-09': '财政拨款收入支出决算总表每个支出行：合计 = 一般公共预算 + 政府性基金 + 国有资本经营',
  'J-10': '财政拨款收入支出决算总表：本年收入合计、年初财政拨款结转和结余分别等于其三项资金之和',
  'J-11': '财政拨款收入支出决算总表：本年支出合计（每列）= 各类支出之和',
  'J-12': '财政拨款收入支出决算总表：收入总计 = 本年收入合计 + 年初结转和结余；支出总计 = 本年支出合计 + 年末结转和结余；收入总计 = 支出总计',
  'J-14': '每行：合计（本年支出）= 基本支出 + 项目支出',
  'J-15': '基本支出决算表：经济分类 类 = 其下各款之和',
  'J-16': '基本支出决算表：人员经费合计 = 301 工资福利支出 + 303 对个人和家庭的补助',
  'J-17': '基本支出决算表：公用经费合计 = 302 商品和服务支出 + 310 资本性支出等公用类科目',
  'J-18': '“三公”经费决算表：合计 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费（预算数、决算数分别核对）',
  'J-19': '“三公”经费决算表：公务用车购置及运行维护费 = 购置费 + 运行维护费（预算数、决算数分别核对）',
  'J-36': '“三公”经费决算表每行：本年决算数 = 上年决算数 + 增减金额；分列资金来源时，预算数、决算数 = 一般公共预算 + 政府性基金；增减幅度 = 增减金额 ÷ 上年决算数',
};

const GENERIC: Record<Identity['kind'], Rule> = {
  'row-sum': rowSum,
  'item-sum': itemSum,
  balance,
  hierarchy: codeHierarchy,
  'class-column': economicSplit,
  rate: rateColumn,
};

/**
 * One rule per identity id of the profile's tables (J-01 …): the generic rule of the identity's kind, run over
 * the identities of that id only, reporting under the id. Its findings have the generic rule's shape (sides,
 * cells, amounts, difference, rounding) and messages; economic-split's 提示 becomes an error here, since
 * 人员经费 = 301 + 303 holds by construction in a 决算.
 */
export function identityRules(profile: Profile): Rule[] {
  const byId = new Map<string, Set<Identity['kind']>>();
  for (const t of profile.tables)
    for (const i of t.identities) {
      if (!i.id) continue;
      if (!byId.has(i.id)) byId.set(i.id, new Set());
      byId.get(i.id)!.add(i.kind);
    }
  const rules: Rule[] = [];
  for (const [id, kinds] of byId) {
    for (const kind of kinds) {
      const generic = GENERIC[kind];
      const only = (i: Identity) => i.id === id && i.kind === kind;
      rules.push(
        defineRule({
          id,
          severity: 'error',
          description: JUESUAN_RULE_DESCRIPTIONS[id] ?? generic.description,
          messages: generic.messages,
          behaviour: generic.behaviour,
          check: (ctx) => generic.check({ ...ctx, only }),
        }),
      );
    }
  }
  return rules.sort((a, b) => a.id.localeCompare(b.id));
}
