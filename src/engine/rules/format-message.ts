/** Fills {{placeholders}}; an unknown message id or an unfilled placeholder is a bug in the rule. */
export function formatMessage(
  ruleId: string,
  messages: Record<string, string>,
  messageId: string,
  data: Record<string, string | number>,
): string {
  const template = messages[messageId];
  if (template === undefined) throw new Error(`规则 ${ruleId} 没有消息 ${messageId}`);
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => {
    if (!(key in data)) throw new Error(`规则 ${ruleId} 的消息 ${messageId} 缺少参数 ${key}`);
    return String(data[key]);
  });
}
