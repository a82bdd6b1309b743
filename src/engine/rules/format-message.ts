import { substitute } from '../compute/template';

/** Fills {{placeholders}}; an unknown message id, an unfilled or a single-brace placeholder is a bug in the rule. */
export function formatMessage(
  ruleId: string,
  messages: Record<string, string>,
  messageId: string,
  data: Record<string, string | number>,
): string {
  const template = messages[messageId];
  if (template === undefined) throw new Error(`规则 ${ruleId} 没有消息 ${messageId}`);
  return substitute(
    template,
    (key) => {
      if (!(key in data)) throw new Error(`规则 ${ruleId} 的消息 ${messageId} 缺少参数 ${key}`);
      return String(data[key]);
    },
    `规则 ${ruleId} 的消息 ${messageId}`,
  );
}
