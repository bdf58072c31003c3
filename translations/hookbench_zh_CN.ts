<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Engine</name>
    <message>
        <source>interrupted: Hookbench stopped while waiting for the answer</source>
        <translation>已中断：Hookbench 在等待响应时停止</translation>
    </message>
    <message>
        <source>timed out after %1 ms</source>
        <translation>%1 毫秒后超时</translation>
    </message>
</context>
<context>
    <name>Hookbench</name>
    <message>
        <source>Pending</source>
        <translation>待发送</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>发送中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Retrying</source>
        <translation>重试中</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>empty duration</source>
        <translation>时长为空</translation>
    </message>
    <message>
        <source>“%1” is not a duration (use e.g. 500ms, 5s, 1m, 2h, 1d)</source>
        <translation>“%1”不是时长（例如 500ms、5s、1m、2h、1d）</translation>
    </message>
    <message>
        <source>“%1” is too large</source>
        <translation>“%1”太大</translation>
    </message>
    <message>
        <source>unknown unit “%1” in “%2” (use ms, s, m, h or d)</source>
        <translation>“%2”中的单位“%1”未知（请使用 ms、s、m、h 或 d）</translation>
    </message>
    <message>
        <source>entry %1 of the retry schedule: %2</source>
        <translation>重试计划第 %1 项：%2</translation>
    </message>
    <message>
        <source>No signature</source>
        <translation>不签名</translation>
    </message>
    <message>
        <source>Standard Webhooks</source>
        <translation>Standard Webhooks</translation>
    </message>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Stripe</source>
        <translation>Stripe</translation>
    </message>
    <message>
        <source>Custom HMAC</source>
        <translation>自定义 HMAC</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>Unterminated placeholder at %1: “{{” without “}}”.</source>
        <translation>位置 %1 处的占位符未闭合：有“{{”但没有“}}”。</translation>
    </message>
    <message>
        <source>{{random.int A B}} at %1 needs two whole numbers with A ≤ B.</source>
        <translation>位置 %1 处的 {{random.int A B}} 需要两个整数，且 A ≤ B。</translation>
    </message>
    <message>
        <source>{{random.hex N}} at %1 needs a length from 1 to 4096.</source>
        <translation>位置 %1 处的 {{random.hex N}} 需要 1 到 4096 之间的长度。</translation>
    </message>
    <message>
        <source>Unknown placeholder “{{%1}}” at %2; use uuid, now, now.unix, seq, random.int A B, random.hex N, event.type or endpoint.name.</source>
        <translation>位置 %2 处的占位符“{{%1}}”未知；请使用 uuid、now、now.unix、seq、random.int A B、random.hex N、event.type 或 endpoint.name。</translation>
    </message>
    <message>
        <source>The rendered payload is not valid JSON (%1).</source>
        <translation>渲染后的负载不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>invalid signature</source>
        <translation>签名无效</translation>
    </message>
    <message>
        <source>timestamp out of tolerance</source>
        <translation>时间戳超出容差</translation>
    </message>
    <message>
        <source>signature headers missing</source>
        <translation>缺少签名头</translation>
    </message>
    <message>
        <source>“%1” has a fraction: durations are whole numbers, e.g. 1500ms rather than 1.5s</source>
        <translation>“%1”带有小数：时长必须是整数，例如用 1500ms 而不是 1.5s</translation>
    </message>
</context>
<context>
    <name>Hookbench::Cli::Api</name>
    <message>
        <source>No subscription API activity yet.</source>
        <translation>订阅 API 尚无活动。</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>OUTCOME</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Print the recent API activity (registrations, refusals with their reason, WebSub verifications), newest first, and exit.</source>
        <translation>输出最近的 API 活动（注册、附带原因的拒绝、WebSub 验证），最新的在前，然后退出。</translation>
    </message>
    <message>
        <source>With --activity: how many records (default 20).</source>
        <translation>与 --activity 一起使用：显示多少条记录（默认 20）。</translation>
    </message>
    <message>
        <source>With --activity: one JSON object per line.</source>
        <translation>与 --activity 一起使用：每行一个 JSON 对象。</translation>
    </message>
    <message>
        <source>--limit: &apos;%1&apos; is not a positive number</source>
        <translation>--limit：“%1”不是正数</translation>
    </message>
    <message>
        <source>--activity only prints; use it without --enable, --disable or --new-token</source>
        <translation>--activity 仅用于输出；请勿与 --enable、--disable 或 --new-token 一起使用</translation>
    </message>
    <message>
        <source>--limit and --json only apply with --activity</source>
        <translation>--limit 和 --json 只能与 --activity 一起使用</translation>
    </message>
</context>
<context>
    <name>Hookbench::Engine</name>
    <message>
        <source>timed out after %1 ms</source>
        <translation>%1 毫秒后超时</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>HTTP %1: redirect not followed</source>
        <translation>HTTP %1：未跟随重定向</translation>
    </message>
    <message>
        <source>HTTP %1: redirect to %2 not followed</source>
        <translation>HTTP %1：未跟随到 %2 的重定向</translation>
    </message>
    <message>
        <source>HTTP 410 Gone: the receiver asked to stop sending</source>
        <translation>HTTP 410 Gone：接收方要求停止发送</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1 (client errors are not retried)</source>
        <translation>HTTP %1（客户端错误不重试）</translation>
    </message>
</context>
<context>
    <name>Hookbench::Engine::DeliveryEngine</name>
    <message>
        <source>%1: disabled%2</source>
        <translation>%1：已禁用%2</translation>
    </message>
    <message>
        <source>%1: expired at %2</source>
        <translation>%1：已于 %2 过期</translation>
    </message>
    <message>
        <source>The payload is not valid JSON: %1</source>
        <translation>负载不是有效的 JSON：%1</translation>
    </message>
    <message>
        <source>There is no endpoint with id %1.</source>
        <translation>不存在 ID 为 %1 的端点。</translation>
    </message>
    <message>
        <source>There is no event with id %1.</source>
        <translation>不存在 ID 为 %1 的事件。</translation>
    </message>
    <message>
        <source>This delivery is being sent right now.</source>
        <translation>此投递正在发送。</translation>
    </message>
    <message>
        <source>This delivery has not been written to the workspace yet; try again in a moment.</source>
        <translation>此投递尚未写入工作区；请稍后再试。</translation>
    </message>
    <message>
        <source>There is no delivery with id %1.</source>
        <translation>不存在 ID 为 %1 的投递。</translation>
    </message>
    <message>
        <source>This delivery is already final.</source>
        <translation>此投递已是最终状态。</translation>
    </message>
    <message>
        <source>cancelled by the user</source>
        <translation>已被用户取消</translation>
    </message>
    <message>
        <source>the endpoint was removed</source>
        <translation>端点已被删除</translation>
    </message>
    <message>
        <source>the endpoint is disabled%1</source>
        <translation>端点已禁用%1</translation>
    </message>
    <message>
        <source>the endpoint expired</source>
        <translation>端点已过期</translation>
    </message>
    <message>
        <source>the event of this delivery is missing from the workspace</source>
        <translation>工作区中缺少此投递对应的事件</translation>
    </message>
    <message>
        <source>%1; gave up after %2 attempts</source>
        <translation>%1；尝试 %2 次后放弃</translation>
    </message>
    <message>
        <source>circuit breaker: %1 consecutive failed deliveries</source>
        <translation>熔断器：连续 %1 次投递失败</translation>
    </message>
    <message>
        <source>the endpoint was disabled: %1</source>
        <translation>端点已被禁用：%1</translation>
    </message>
    <message>
        <source>Another Hookbench process is sending this delivery; redeliver it there, or once it is final.</source>
        <translation>另一个 Hookbench 进程正在发送此投递；请在那里重新投递，或等它结束后再试。</translation>
    </message>
    <message>
        <source>%1; gave up after one attempt</source>
        <translation>%1；尝试一次后放弃</translation>
    </message>
</context>
<context>
    <name>Hookbench::Export</name>
    <message>
        <source>This is not a Hookbench definitions file (its &quot;format&quot; is not &quot;%1&quot;).</source>
        <translation>这不是 Hookbench 定义文件（其“format”不是“%1”）。</translation>
    </message>
    <message>
        <source>The file has no valid &quot;version&quot;.</source>
        <translation>文件中没有有效的“version”。</translation>
    </message>
    <message>
        <source>The file was written by a newer Hookbench (definitions version %1; this one reads up to %2).</source>
        <translation>该文件由更新版本的 Hookbench 写入（定义版本 %1；当前版本最高可读 %2）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list.</source>
        <translation>“%1”不是列表。</translation>
    </message>
    <message>
        <source>added %1 %2</source>
        <translation>已添加%1 %2</translation>
    </message>
    <message>
        <source>added %1 %2 as %3 (the name was taken)</source>
        <translation>已将%1 %2 添加为 %3（名称已被占用）</translation>
    </message>
    <message>
        <source>unchanged %1 %2 (already there, identical)</source>
        <translation>%1 %2 未更改（已存在且相同）</translation>
    </message>
    <message>
        <source>skipped %1 %2</source>
        <translation>已跳过%1 %2</translation>
    </message>
    <message>
        <source>failed %1 %2</source>
        <translation>%1 %2 失败</translation>
    </message>
    <message>
        <source>The document is not JSON (%1 at offset %2); convert YAML documents to JSON first.</source>
        <translation>文档不是 JSON（%1，位于偏移 %2）；请先将 YAML 文档转换为 JSON。</translation>
    </message>
    <message>
        <source>The document has no &quot;openapi&quot; field; it is not an OpenAPI document.</source>
        <translation>文档没有“openapi”字段，不是 OpenAPI 文档。</translation>
    </message>
    <message>
        <source>The document has no &quot;webhooks&quot; section.</source>
        <translation>文档没有“webhooks”部分。</translation>
    </message>
    <message>
        <source>The document is OpenAPI %1, which has no &quot;webhooks&quot; section; webhooks came with OpenAPI 3.1.</source>
        <translation>文档是 OpenAPI %1，该版本没有“webhooks”部分；webhooks 自 OpenAPI 3.1 起才有。</translation>
    </message>
    <message>
        <source>The document says OpenAPI %1; read as 3.1.</source>
        <translation>文档声明为 OpenAPI %1；按 3.1 读取。</translation>
    </message>
    <message>
        <source>%1: no event type name can be made from it; left out.</source>
        <translation>%1：无法由此生成事件类型名称；已跳过。</translation>
    </message>
    <message>
        <source>%1: its event type name %2 is already taken by another webhook; left out.</source>
        <translation>%1：其事件类型名称 %2 已被另一个 webhook 使用；已跳过。</translation>
    </message>
    <message>
        <source>%1: its path item cannot be resolved (only local $refs are); left out.</source>
        <translation>%1：无法解析其 path item（仅支持本地 $ref）；已跳过。</translation>
    </message>
    <message>
        <source>%1: no operation; left out.</source>
        <translation>%1：没有操作；已跳过。</translation>
    </message>
    <message>
        <source>OpenAPI webhook “%1”.</source>
        <translation>OpenAPI webhook“%1”。</translation>
    </message>
    <message>
        <source>%1: no request body example or schema; its template is {}.</source>
        <translation>%1：没有请求体示例或 schema；其模板为 {}。</translation>
    </message>
    <message>
        <source>%1: its schema describes more than %2 values; the example was cut short there.</source>
        <translation>%1：其模式描述的值超过 %2 个；示例在此处被截断。</translation>
    </message>
    <message>
        <source>%1: its example is a single value (%2), not an object or array; its template is {}.</source>
        <translation>%1：其示例是单个值（%2），不是对象或数组；其模板为 {}。</translation>
    </message>
    <message>
        <source>%1: its example is not a usable template (%2); its template is {}.</source>
        <translation>%1：其示例不是可用的模板（%2）；其模板为 {}。</translation>
    </message>
</context>
<context>
    <name>Hookbench::Export::Importer</name>
    <message>
        <source>event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>an event type of this name exists and differs</source>
        <translation>已存在同名但内容不同的事件类型</translation>
    </message>
    <message>
        <source>endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>the file carries no secret; a new one was generated</source>
        <translation>文件中没有密钥；已生成新密钥</translation>
    </message>
    <message>
        <source>an endpoint of this name exists and differs</source>
        <translation>已存在同名但内容不同的端点</translation>
    </message>
    <message>
        <source>receiver</source>
        <translation>接收器</translation>
    </message>
    <message>
        <source>%n verification secret(s) not in the file were left out</source>
        <translation>文件中没有的 %n 个验证密钥已被略去</translation>
    </message>
    <message>
        <source>the file carries no access token; a new one was generated</source>
        <translation>文件中没有访问令牌；已生成新令牌</translation>
    </message>
    <message>
        <source>a receiver of this name exists and differs</source>
        <translation>已存在同名但内容不同的接收器</translation>
    </message>
    <message>
        <source>port %1 is also used by receiver %2</source>
        <translation>端口 %1 也被接收器 %2 使用</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>there is no event type %1 yet</source>
        <translation>尚无事件类型 %1</translation>
    </message>
    <message>
        <source>the file carries no value for its %1 header; the header was left out</source>
        <translation>文件中的 %1 头没有值；已略去该头</translation>
    </message>
</context>
<context>
    <name>Hookbench::Presets</name>
    <message>
        <source>Repository webhook: ping, push, issues and pull_request events signed with X-Hub-Signature-256.</source>
        <translation>仓库 webhook：ping、push、issues 和 pull_request 事件，使用 X-Hub-Signature-256 签名。</translation>
    </message>
    <message>
        <source>Sent once when the hook is created; the template describes a sample hook.</source>
        <translation>在创建 hook 时发送一次；模板描述了一个示例 hook。</translation>
    </message>
    <message>
        <source>Commits were pushed to a branch.</source>
        <translation>有提交被推送到分支。</translation>
    </message>
    <message>
        <source>An issue was opened.</source>
        <translation>有 issue 被打开。</translation>
    </message>
    <message>
        <source>An issue was closed.</source>
        <translation>有 issue 被关闭。</translation>
    </message>
    <message>
        <source>A pull request was opened.</source>
        <translation>有 pull request 被打开。</translation>
    </message>
    <message>
        <source>Stripe Event objects (evt_…) signed with Stripe-Signature.</source>
        <translation>Stripe Event 对象（evt_…），使用 Stripe-Signature 签名。</translation>
    </message>
    <message>
        <source>A payment intent succeeded.</source>
        <translation>一个 payment intent 已成功。</translation>
    </message>
    <message>
        <source>A customer was created.</source>
        <translation>已创建一位客户。</translation>
    </message>
    <message>
        <source>An invoice was paid.</source>
        <translation>一张发票已支付。</translation>
    </message>
    <message>
        <source>A charge was refunded.</source>
        <translation>一笔费用已退款。</translation>
    </message>
    <message>
        <source>Push notification channel: a sync message, then exists / not_exists notifications with no body, until the channel expires.</source>
        <translation>推送通知频道：先发送一条 sync 消息，然后发送不带正文的 exists / not_exists 通知，直到频道过期。</translation>
    </message>
    <message>
        <source>The watched resource changed (X-Goog-Resource-State: exists). No body is sent.</source>
        <translation>被监视的资源已更改（X-Goog-Resource-State: exists）。不发送正文。</translation>
    </message>
    <message>
        <source>The watched resource was deleted (X-Goog-Resource-State: not_exists). No body is sent.</source>
        <translation>被监视的资源已删除（X-Goog-Resource-State: not_exists）。不发送正文。</translation>
    </message>
    <message>
        <source>The Standard Webhooks envelope (type, timestamp, data) with webhook-id, webhook-timestamp and webhook-signature.</source>
        <translation>Standard Webhooks 信封（type、timestamp、data），带有 webhook-id、webhook-timestamp 和 webhook-signature。</translation>
    </message>
    <message>
        <source>A contact was created.</source>
        <translation>已创建联系人。</translation>
    </message>
    <message>
        <source>A contact was updated.</source>
        <translation>已更新联系人。</translation>
    </message>
    <message>
        <source>A contact was deleted.</source>
        <translation>已删除联系人。</translation>
    </message>
    <message>
        <source>CloudEvents 1.0 over HTTP, in binary mode (ce-* headers) or structured mode (application/cloudevents+json).</source>
        <translation>基于 HTTP 的 CloudEvents 1.0，二进制模式（ce-* 请求头）或结构化模式（application/cloudevents+json）。</translation>
    </message>
    <message>
        <source>An object was created.</source>
        <translation>已创建对象。</translation>
    </message>
    <message>
        <source>An object was deleted.</source>
        <translation>已删除对象。</translation>
    </message>
    <message>
        <source>A Google channel token is at most 256 characters long.</source>
        <translation>Google 频道令牌最长 256 个字符。</translation>
    </message>
    <message>
        <source>There is no preset named “%1”; choose one of %2.</source>
        <translation>没有名为“%1”的预设；请从 %2 中选择。</translation>
    </message>
    <message>
        <source>There is already an endpoint named “%1”.</source>
        <translation>已存在名为“%1”的端点。</translation>
    </message>
</context>
<context>
    <name>Hookbench::Receiving::HttpReceiver</name>
    <message>
        <source>cannot read the TLS certificate %1: %2</source>
        <translation>无法读取 TLS 证书 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no certificate (PEM or DER)</source>
        <translation>%1 中没有证书（PEM 或 DER）</translation>
    </message>
    <message>
        <source>cannot read the TLS key %1: %2</source>
        <translation>无法读取 TLS 密钥 %1：%2</translation>
    </message>
    <message>
        <source>%1 holds no unencrypted RSA, EC or DSA private key</source>
        <translation>%1 中没有未加密的 RSA、EC 或 DSA 私钥</translation>
    </message>
    <message>
        <source>“%1” is not an address to listen on</source>
        <translation>“%1”不是可监听的地址</translation>
    </message>
    <message>
        <source>HTTPS needs both a certificate and a private key</source>
        <translation>HTTPS 需要证书和私钥</translation>
    </message>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>无法监听 %1 的端口 %2：%3</translation>
    </message>
    <message>
        <source>cannot find a port free on both loopback addresses</source>
        <translation>找不到在两个环回地址上都空闲的端口</translation>
    </message>
</context>
<context>
    <name>Hookbench::Scheduling</name>
    <message>
        <source>Enter a date and time such as 2026-12-31T18:00:00.</source>
        <translation>请输入日期和时间，例如 2026-12-31T18:00:00。</translation>
    </message>
    <message>
        <source>This time is in the past.</source>
        <translation>此时间已过去。</translation>
    </message>
    <message>
        <source>The interval must be at least %1.</source>
        <translation>间隔至少为 %1。</translation>
    </message>
    <message>
        <source>The jitter cannot be negative.</source>
        <translation>抖动不能为负数。</translation>
    </message>
    <message>
        <source>The limit cannot be negative (0 means no limit).</source>
        <translation>次数上限不能为负数（0 表示不限）。</translation>
    </message>
    <message>
        <source>The end time is in the past.</source>
        <translation>结束时间已过去。</translation>
    </message>
    <message>
        <source>This schedule would never fire: nothing is due before its end time.</source>
        <translation>此计划永远不会触发：结束时间之前没有任何到期的触发。</translation>
    </message>
    <message>
        <source>The jitter must be shorter than the interval (%1), or firings would be skipped.</source>
        <translation>抖动必须短于间隔（%1），否则会跳过触发。</translation>
    </message>
</context>
<context>
    <name>Hookbench::Scheduling::ScheduleRunner</name>
    <message>
        <source>There is no event type %1 and the schedule has no payload of its own.</source>
        <translation>没有事件类型 %1，且该计划没有自己的负载。</translation>
    </message>
    <message>
        <source>The payload template does not render: %1</source>
        <translation>负载模板无法渲染：%1</translation>
    </message>
    <message>
        <source>Could not record which process runs the schedules: %1</source>
        <translation>无法记录由哪个进程运行计划：%1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Signing</name>
    <message>
        <source>webhook-id: the message id (%1), the same on every retry, so the receiver can drop duplicates.</source>
        <translation>webhook-id：消息 ID（%1），每次重试都相同，便于接收方丢弃重复消息。</translation>
    </message>
    <message>
        <source>webhook-timestamp: Unix time of this attempt (%1); receivers reject it beyond 5 minutes either way.</source>
        <translation>webhook-timestamp：本次尝试的 Unix 时间（%1）；前后偏差超过 5 分钟时接收方会拒绝。</translation>
    </message>
    <message numerus="yes">
        <source>webhook-signature: v1 = base64(HMAC-SHA256(key decoded from the whsec_ secret, &quot;&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;&quot;)); %n signature(s), one per active secret.</source>
        <translation>
            <numerusform>webhook-signature：v1 = base64(HMAC-SHA256(由 whsec_ 密钥解码出的密钥, &quot;&lt;webhook-id&gt;.&lt;webhook-timestamp&gt;.&lt;body&gt;&quot;))；共 %n 个签名，每个有效密钥一个。</numerusform>
        </translation>
    </message>
    <message>
        <source>X-Hub-Signature-256: &quot;sha256=&quot; + lower-case hex HMAC-SHA256 of the raw body, keyed with the secret&apos;s UTF-8 bytes (GitHub).</source>
        <translation>X-Hub-Signature-256：&quot;sha256=&quot; + 原始正文的小写十六进制 HMAC-SHA256，以密钥的 UTF-8 字节为密钥（GitHub）。</translation>
    </message>
    <message>
        <source>X-Hub-Signature: legacy &quot;sha1=&quot; + hex HMAC-SHA1 of the raw body (GitHub, WebSub).</source>
        <translation>X-Hub-Signature：旧式 &quot;sha1=&quot; + 原始正文的十六进制 HMAC-SHA1（GitHub、WebSub）。</translation>
    </message>
    <message>
        <source>X-GitHub-Delivery: the delivery GUID, unchanged on redelivery.</source>
        <translation>X-GitHub-Delivery：投递的 GUID，重新投递时不变。</translation>
    </message>
    <message>
        <source>X-GitHub-Event: the event name (%1); the payload&apos;s &quot;action&quot; says what happened.</source>
        <translation>X-GitHub-Event：事件名称（%1）；负载中的 &quot;action&quot; 说明发生了什么。</translation>
    </message>
    <message>
        <source>Stripe-Signature: t = Unix time, v1 = hex HMAC-SHA256 of &quot;&lt;t&gt;.&lt;body&gt;&quot; keyed with the whole whsec_ secret; one v1 per active secret.</source>
        <translation>Stripe-Signature：t = Unix 时间，v1 = 以完整 whsec_ 密钥为密钥、对 &quot;&lt;t&gt;.&lt;body&gt;&quot; 计算的十六进制 HMAC-SHA256；每个有效密钥一个 v1。</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>缺少 %1</translation>
    </message>
    <message>
        <source>webhook-timestamp is not a Unix time</source>
        <translation>webhook-timestamp 不是 Unix 时间</translation>
    </message>
    <message>
        <source>webhook-timestamp is %1 s from now (tolerance %2 s)</source>
        <translation>webhook-timestamp 与当前时间相差 %1 秒（容差 %2 秒）</translation>
    </message>
    <message>
        <source>webhook-signature entry %1 matches</source>
        <translation>webhook-signature 第 %1 项匹配</translation>
    </message>
    <message>
        <source>no v1 entry of webhook-signature matches this secret</source>
        <translation>webhook-signature 中没有与此密钥匹配的 v1 项</translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 matches</source>
        <translation>X-Hub-Signature-256 匹配</translation>
    </message>
    <message>
        <source>X-Hub-Signature-256 does not match</source>
        <translation>X-Hub-Signature-256 不匹配</translation>
    </message>
    <message>
        <source>X-Hub-Signature (SHA-1) matches</source>
        <translation>X-Hub-Signature（SHA-1）匹配</translation>
    </message>
    <message>
        <source>X-Hub-Signature (SHA-1) does not match</source>
        <translation>X-Hub-Signature（SHA-1）不匹配</translation>
    </message>
    <message>
        <source>Stripe-Signature has no timestamp (t=)</source>
        <translation>Stripe-Signature 没有时间戳（t=）</translation>
    </message>
    <message>
        <source>Stripe-Signature has no v1 signature</source>
        <translation>Stripe-Signature 没有 v1 签名</translation>
    </message>
    <message>
        <source>no v1 signature matches this secret</source>
        <translation>没有与此密钥匹配的 v1 签名</translation>
    </message>
    <message>
        <source>signed %1 s ago (tolerance %2 s)</source>
        <translation>%1 秒前签名（容差 %2 秒）</translation>
    </message>
    <message>
        <source>Stripe-Signature v1 matches</source>
        <translation>Stripe-Signature v1 匹配</translation>
    </message>
    <message>
        <source>%1 is not a Unix time</source>
        <translation>%1 不是 Unix 时间</translation>
    </message>
    <message>
        <source>%1 is %2 s from now (tolerance %3 s)</source>
        <translation>%1 与当前时间相差 %2 秒（容差 %3 秒）</translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation>%1 匹配</translation>
    </message>
    <message>
        <source>%1 does not match</source>
        <translation>%1 不匹配</translation>
    </message>
    <message>
        <source>no signature expected</source>
        <translation>不需要签名</translation>
    </message>
</context>
<context>
    <name>Hookbench::Storage</name>
    <message>
        <source>“%1” is a folder, not a workspace file.</source>
        <translation>“%1”是文件夹，不是工作区文件。</translation>
    </message>
    <message>
        <source>Cannot read the workspace “%1”: %2</source>
        <translation>无法读取工作区“%1”：%2</translation>
    </message>
    <message>
        <source>“%1” is not a Hookbench workspace: it is not an SQLite database, or it is damaged. The file was left as it is.</source>
        <translation>“%1”不是 Hookbench 工作区：它不是 SQLite 数据库，或已损坏。文件保持原样。</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged (its size does not match its page size). The file was left as it is; restore it from a backup or choose another workspace.</source>
        <translation>工作区“%1”已损坏（其大小与页大小不符）。文件保持原样；请从备份恢复，或选择其他工作区。</translation>
    </message>
    <message>
        <source>“%1” is an SQLite database of another application, not a Hookbench workspace. The file was left as it is.</source>
        <translation>“%1”是其他应用程序的 SQLite 数据库，不是 Hookbench 工作区。文件保持原样。</translation>
    </message>
    <message>
        <source>The workspace “%1” was written by a newer version of Hookbench (schema %2; this version reads up to %3). Update Hookbench to open it. The file was left as it is.</source>
        <translation>工作区“%1”由更新版本的 Hookbench 写入（架构 %2；当前版本最高可读 %3）。请更新 Hookbench 后再打开。文件保持原样。</translation>
    </message>
    <message>
        <source>Cannot open the workspace “%1”: %2</source>
        <translation>无法打开工作区“%1”：%2</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged and cannot be read (%2). The file was left as it is.</source>
        <translation>工作区“%1”已损坏，无法读取（%2）。文件保持原样。</translation>
    </message>
    <message>
        <source>The workspace was written by a newer version of Hookbench (schema %1; this version reads up to %2).</source>
        <translation>该工作区由更新版本的 Hookbench 写入（架构 %1；当前版本最高可读 %2）。</translation>
    </message>
    <message>
        <source>The file holds tables but is not a Hookbench workspace; it was left as it is.</source>
        <translation>文件中有数据表，但不是 Hookbench 工作区；文件保持原样。</translation>
    </message>
    <message>
        <source>Upgrading the workspace to schema %1 failed: %2</source>
        <translation>将工作区升级到架构 %1 失败：%2</translation>
    </message>
    <message>
        <source>Could not save the event type: %1</source>
        <translation>无法保存事件类型：%1</translation>
    </message>
    <message>
        <source>Could not save the endpoint: %1</source>
        <translation>无法保存端点：%1</translation>
    </message>
    <message>
        <source>Could not save the receiver: %1</source>
        <translation>无法保存接收器：%1</translation>
    </message>
    <message>
        <source>Could not save the schedule: %1</source>
        <translation>无法保存计划：%1</translation>
    </message>
    <message>
        <source>Could not save the setting: %1</source>
        <translation>无法保存设置：%1</translation>
    </message>
    <message>
        <source>An event type named “%1” already exists; choose another name.</source>
        <translation>名为“%1”的事件类型已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>An endpoint named “%1” already exists; choose another name.</source>
        <translation>名为“%1”的端点已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>A receiver named “%1” already exists; choose another name.</source>
        <translation>名为“%1”的接收器已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>There is no event type with id %1.</source>
        <translation>没有 ID 为 %1 的事件类型。</translation>
    </message>
    <message>
        <source>There is no endpoint with id %1.</source>
        <translation>没有 ID 为 %1 的端点。</translation>
    </message>
    <message>
        <source>There is no receiver with id %1.</source>
        <translation>没有 ID 为 %1 的接收器。</translation>
    </message>
    <message>
        <source>There is no schedule with id %1.</source>
        <translation>没有 ID 为 %1 的计划。</translation>
    </message>
    <message>
        <source>Schedule %1 fires “%2”; remove or change it first.</source>
        <translation>计划 %1 会触发“%2”；请先删除或修改它。</translation>
    </message>
    <message>
        <source>Schedules %1 fire “%2”; remove or change them first.</source>
        <translation>计划 %1 会触发“%2”；请先删除或修改它们。</translation>
    </message>
</context>
<context>
    <name>Hookbench::Subscriptions::Activity</name>
    <message>
        <source>hook %1</source>
        <translation>hook %1</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2: %3</source>
        <translation>%1 失败，HTTP %2：%3</translation>
    </message>
    <message>
        <source>%1 refused with HTTP %2: %3</source>
        <translation>%1 被拒绝，HTTP %2：%3</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1：已应答 HTTP %2</translation>
    </message>
    <message>
        <source>Test of hook %1: not subscribed to push, so nothing was sent</source>
        <translation>测试 hook %1：未订阅 push，因此未发送任何内容</translation>
    </message>
    <message>
        <source>Test of hook %1: sent the latest push</source>
        <translation>测试 hook %1：已发送最新的 push</translation>
    </message>
    <message numerus="yes">
        <source>Published %1: the content went to %n subscriber(s)</source>
        <translation>
            <numerusform>已发布 %1：内容已发送给 %n 个订阅者</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookbench::Subscriptions::ManagementServer</name>
    <message>
        <source>cannot listen on %1 port %2: %3</source>
        <translation>无法监听 %1 的端口 %2：%3</translation>
    </message>
    <message>
        <source>Intent verification failed: %1 could not be reached (%2)</source>
        <translation>意图验证失败：无法访问 %1（%2）</translation>
    </message>
    <message>
        <source>Intent verification refused: %1 answered %2 instead of echoing hub.challenge</source>
        <translation>意图验证被拒绝：%1 返回了 %2，而不是回显 hub.challenge</translation>
    </message>
    <message>
        <source>Intent verification refused: %1 answered %2 without echoing hub.challenge</source>
        <translation>意图验证被拒绝：%1 返回了 %2，但没有回显 hub.challenge</translation>
    </message>
    <message>
        <source>Intent verification confirmed by %1, but the subscription could not be saved: %2</source>
        <translation>%1 已确认意图验证，但无法保存订阅：%2</translation>
    </message>
    <message>
        <source>Intent verification confirmed: %1 subscribed to %2 for %3 s</source>
        <translation>意图验证已确认：%1 已订阅 %2，时长 %3 秒</translation>
    </message>
    <message>
        <source>Intent verification confirmed: %1 unsubscribed from %2</source>
        <translation>意图验证已确认：%1 已退订 %2</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ApiActivityModel</name>
    <message>
        <source>GitHub</source>
        <translation>GitHub</translation>
    </message>
    <message>
        <source>Google</source>
        <translation>Google</translation>
    </message>
    <message>
        <source>WebSub</source>
        <translation>WebSub</translation>
    </message>
    <message>
        <source>Generic</source>
        <translation>通用</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>URL or hook</source>
        <translation>URL 或 hook</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ApiPage</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>&amp;Serve the subscription APIs on this computer (loopback only)</source>
        <translation>在本机提供订阅 API（仅环回地址）(&amp;S)</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>New token</source>
        <translation>新令牌</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Base URL:</source>
        <translation>基础 URL：</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>令牌：</translation>
    </message>
    <message>
        <source>&lt;b&gt;Point your application here&lt;/b&gt;</source>
        <translation>&lt;b&gt;将您的应用指向这里&lt;/b&gt;</translation>
    </message>
    <message>
        <source>WebSub %1 confirmed by %2</source>
        <translation>WebSub %1 已由 %2 确认</translation>
    </message>
    <message>
        <source>WebSub %1 refused by %2: %3</source>
        <translation>WebSub %1 被 %2 拒绝：%3</translation>
    </message>
    <message>
        <source>Cannot serve the APIs: %1</source>
        <translation>无法提供 API：%1</translation>
    </message>
    <message>
        <source>Not serving</source>
        <translation>未提供服务</translation>
    </message>
    <message>
        <source>Subscription APIs</source>
        <translation>订阅 API</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent activity&lt;/b&gt; (registrations, refusals and WebSub verifications)</source>
        <translation>&lt;b&gt;最近活动&lt;/b&gt;（注册、拒绝和 WebSub 验证）</translation>
    </message>
    <message>
        <source>&lt;p&gt;Applications register their webhooks here as they would with the provider; Hookbench then delivers to them as the provider does, and every delivery appears in the Deliveries section. Every request needs the token, as &lt;code&gt;Authorization: Bearer %2&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;&lt;b&gt;GitHub&lt;/b&gt; — use &lt;code&gt;%1&lt;/code&gt; as the API base URL (Octokit: &lt;code&gt;baseUrl&lt;/code&gt;; Enterprise clients: the server URL). &lt;code&gt;POST /repos/OWNER/REPO/hooks&lt;/code&gt; creates a hook and sends &lt;code&gt;ping&lt;/code&gt;; list, edit, delete, ping, test (the latest push) and redeliver work as on GitHub.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Google Calendar&lt;/b&gt; — use &lt;code&gt;%1&lt;/code&gt; as the root URL (google-api clients: &lt;code&gt;rootUrl&lt;/code&gt; / &lt;code&gt;client_options={&quot;api_endpoint&quot;: …}&lt;/code&gt;). &lt;code&gt;events.watch&lt;/code&gt; opens a channel and sends &lt;code&gt;sync&lt;/code&gt;; &lt;code&gt;channels.stop&lt;/code&gt; ends it. Channels expire.&lt;/p&gt;&lt;p&gt;&lt;b&gt;WebSub&lt;/b&gt; — advertise the hub &lt;code&gt;%1/hub?access_token=%2&lt;/code&gt;. Subscriptions take effect once the callback echoes &lt;code&gt;hub.challenge&lt;/code&gt;; topics ending in &lt;code&gt;/topics/EVENT&lt;/code&gt; receive that event type, any other topic every event. Leases expire. Publishers ping it with &lt;code&gt;hub.mode=publish&lt;/code&gt; and &lt;code&gt;hub.url&lt;/code&gt;; the topic&apos;s newest event goes to its subscribers.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Anything else&lt;/b&gt; — &lt;code&gt;POST %1/hooks&lt;/code&gt; with &lt;code&gt;{&quot;url&quot;: …, &quot;events&quot;: [&quot;newfollower&quot;], &quot;secret&quot;: …}&lt;/code&gt;.&lt;/p&gt;&lt;p&gt;When a registration fails, &lt;b&gt;Recent activity&lt;/b&gt; below says why.&lt;/p&gt;</source>
        <translation>&lt;p&gt;应用程序在这里注册 webhook，方式与在服务商处相同；随后 Hookbench 像服务商一样向它们投递，每次投递都会显示在“投递”分区中。每个请求都需要携带令牌，形式为 &lt;code&gt;Authorization: Bearer %2&lt;/code&gt;。&lt;/p&gt;&lt;p&gt;&lt;b&gt;GitHub&lt;/b&gt; — 将 &lt;code&gt;%1&lt;/code&gt; 用作 API 基础 URL（Octokit：&lt;code&gt;baseUrl&lt;/code&gt;；Enterprise 客户端：服务器 URL）。&lt;code&gt;POST /repos/OWNER/REPO/hooks&lt;/code&gt; 会创建 hook 并发送 &lt;code&gt;ping&lt;/code&gt;；列出、编辑、删除、ping、测试（最新的 push）和重新投递的行为与 GitHub 相同。&lt;/p&gt;&lt;p&gt;&lt;b&gt;Google Calendar&lt;/b&gt; — 将 &lt;code&gt;%1&lt;/code&gt; 用作根 URL（google-api 客户端：&lt;code&gt;rootUrl&lt;/code&gt; / &lt;code&gt;client_options={&quot;api_endpoint&quot;: …}&lt;/code&gt;）。&lt;code&gt;events.watch&lt;/code&gt; 打开一个频道并发送 &lt;code&gt;sync&lt;/code&gt;；&lt;code&gt;channels.stop&lt;/code&gt; 将其关闭。频道会过期。&lt;/p&gt;&lt;p&gt;&lt;b&gt;WebSub&lt;/b&gt; — 公布 hub &lt;code&gt;%1/hub?access_token=%2&lt;/code&gt;。回调地址回显 &lt;code&gt;hub.challenge&lt;/code&gt; 后订阅即生效；以 &lt;code&gt;/topics/EVENT&lt;/code&gt; 结尾的 topic 接收该事件类型，其他 topic 接收所有事件。租约会过期。发布者通过 &lt;code&gt;hub.mode=publish&lt;/code&gt; 和 &lt;code&gt;hub.url&lt;/code&gt; ping 它；该 topic 的最新事件会发送给其订阅者。&lt;/p&gt;&lt;p&gt;&lt;b&gt;其他情况&lt;/b&gt; — &lt;code&gt;POST %1/hooks&lt;/code&gt;，正文为 &lt;code&gt;{&quot;url&quot;: …, &quot;events&quot;: [&quot;newfollower&quot;], &quot;secret&quot;: …}&lt;/code&gt;。&lt;/p&gt;&lt;p&gt;注册失败时，下方的&lt;b&gt;最近活动&lt;/b&gt;会说明原因。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::AttemptModel</name>
    <message>
        <source>no response</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>Attempt %1 · %2 · %3</source>
        <translation>第 %1 次尝试 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::BodyView</name>
    <message>
        <source>Pretty</source>
        <translation>美化</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Indented JSON with colours</source>
        <translation>带颜色的缩进 JSON</translation>
    </message>
    <message>
        <source>The body as it was sent</source>
        <translation>发送时的原始正文</translation>
    </message>
    <message>
        <source>Bytes in hexadecimal</source>
        <translation>十六进制字节</translation>
    </message>
    <message>
        <source>Copy the body</source>
        <translation>复制正文</translation>
    </message>
    <message>
        <source>No body</source>
        <translation>无正文</translation>
    </message>
    <message>
        <source> · JSON</source>
        <translation> · JSON</translation>
    </message>
    <message>
        <source> · binary</source>
        <translation> · 二进制</translation>
    </message>
    <message>
        <source>Shown as raw text: JSON bodies over 2 MB are not pretty-printed.</source>
        <translation>以原始文本显示：超过 2 MB 的 JSON 正文不做格式化。</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::CaptureDetails</name>
    <message>
        <source>Select a captured request to see it whole.</source>
        <translation>选择一个捕获的请求以查看完整内容。</translation>
    </message>
    <message>
        <source>answered %1 %2</source>
        <translation>已响应 %1 %2</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>未响应</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;%3 · from %4 · %5</source>
        <translation>&lt;b&gt;%1 %2&lt;/b&gt;&lt;br&gt;%3 · 来自 %4 · %5</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;No verification secret configured: signatures were not checked. Add the sender&apos;s secret in the receiver&apos;s settings.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;未配置验证密钥：未检查签名。请在接收器设置中添加发送方的密钥。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>✓ valid</source>
        <translation>✓ 有效</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>waiting…</source>
        <translation>等待中…</translation>
    </message>
    <message>
        <source>&lt;div&gt;Forwarded to %1: &lt;b&gt;%2&lt;/b&gt;&lt;/div&gt;</source>
        <translation>&lt;div&gt;已转发到 %1：&lt;b&gt;%2&lt;/b&gt;&lt;/div&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 %3</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;A provider handshake: answered automatically and not verified, since handshakes are not signed.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;提供方握手请求：已自动应答且未验证，因为握手请求不带签名。&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;span style=&quot;color:gray&quot;&gt;Not verified when captured: the receiver had no verification secret when this request arrived. Requests received since then are checked.&lt;/span&gt;</source>
        <translation>&lt;span style=&quot;color:gray&quot;&gt;捕获时未验证：此请求到达时接收器还没有验证密钥。此后收到的请求都会验证。&lt;/span&gt;</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::CaptureModel</name>
    <message>
        <source>not checked</source>
        <translation>未检查</translation>
    </message>
    <message>
        <source>valid (%1)</source>
        <translation>有效（%1）</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>From</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::DeliveriesPage</name>
    <message>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>No deliveries yet</source>
        <translation>尚无投递</translation>
    </message>
    <message>
        <source>Every event you trigger is delivered to the endpoints that subscribe to it, and each delivery shows up here live: its state, every attempt, the request sent and the response received.</source>
        <translation>您触发的每个事件都会投递到订阅它的端点，每次投递都会实时显示在这里：状态、每次尝试、发送的请求和收到的响应。</translation>
    </message>
    <message>
        <source>No deliveries match</source>
        <translation>没有匹配的投递</translation>
    </message>
    <message>
        <source>Nothing in the log matches these filters.</source>
        <translation>日志中没有符合这些筛选条件的内容。</translation>
    </message>
    <message>
        <source>Search id, URL, headers, body…</source>
        <translation>搜索 ID、URL、请求头、正文…</translation>
    </message>
    <message>
        <source>Words are matched in the delivery id, event type, URLs, headers and bodies, also as word beginnings (Ctrl+F)</source>
        <translation>在投递 ID、事件类型、URL、请求头和正文中匹配词语，也可匹配词首（Ctrl+F）</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>Show only deliveries in these states</source>
        <translation>仅显示处于这些状态的投递</translation>
    </message>
    <message>
        <source>Show only deliveries of this event type</source>
        <translation>仅显示此事件类型的投递</translation>
    </message>
    <message>
        <source>Show only deliveries to this endpoint</source>
        <translation>仅显示发往此端点的投递</translation>
    </message>
    <message>
        <source>Show only deliveries created in this period</source>
        <translation>仅显示在此时间段内创建的投递</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Show only deliveries whose last response had this HTTP status</source>
        <translation>仅显示最后一次响应为此 HTTP 状态码的投递</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation>清除所有筛选条件</translation>
    </message>
    <message numerus="yes">
        <source>%n new — show</source>
        <translation>
            <numerusform>%n 条新投递 — 显示</numerusform>
        </translation>
    </message>
    <message>
        <source>Delivery log</source>
        <translation>投递日志</translation>
    </message>
    <message>
        <source>Trigger an event</source>
        <translation>触发事件</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>&amp;Redeliver</source>
        <translation>重新投递(&amp;R)</translation>
    </message>
    <message>
        <source>Send the selected deliveries once more, with the same delivery id (Ctrl+R)</source>
        <translation>以相同的投递 ID 再次发送所选投递（Ctrl+R）</translation>
    </message>
    <message>
        <source>Re&amp;play event</source>
        <translation>重放事件(&amp;P)</translation>
    </message>
    <message>
        <source>Trigger the selected delivery&apos;s event again: new deliveries to today&apos;s subscribers (Ctrl+Shift+R)</source>
        <translation>再次触发所选投递的事件：向当前订阅者发起新的投递（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>&amp;Stop retrying</source>
        <translation>停止重试(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel the waiting retries of the selected deliveries</source>
        <translation>取消所选投递正在等待的重试</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>复制为 cURL(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected attempt&apos;s request as a curl command (Ctrl+Shift+C)</source>
        <translation>将所选尝试的请求复制为 curl 命令（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <source>Copy delivery &amp;id</source>
        <translation>复制投递 ID(&amp;I)</translation>
    </message>
    <message>
        <source>Export selected as &amp;HAR…</source>
        <translation>将所选项导出为 HAR(&amp;H)…</translation>
    </message>
    <message>
        <source>Save the selected deliveries as an HTTP Archive (HAR 1.2) for browser tools</source>
        <translation>将所选投递保存为 HTTP 存档（HAR 1.2），供浏览器工具使用</translation>
    </message>
    <message>
        <source>Export selected as &amp;JSON…</source>
        <translation>将所选项导出为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>Save the selected deliveries with all their attempts as JSON</source>
        <translation>将所选投递及其所有尝试保存为 JSON</translation>
    </message>
    <message>
        <source>Show &amp;details pane</source>
        <translation>显示详情窗格(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln deliveries</source>
        <translation>
            <numerusform>%Ln 条投递</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching</source>
        <translation>
            <numerusform>%Ln 条匹配</numerusform>
        </translation>
    </message>
    <message>
        <source>All event types</source>
        <translation>所有事件类型</translation>
    </message>
    <message>
        <source>All endpoints</source>
        <translation>所有端点</translation>
    </message>
    <message numerus="yes">
        <source>%n redelivery(s) queued</source>
        <translation>
            <numerusform>已排队 %n 次重新投递</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Event replayed as %1: %n delivery(s)</source>
        <translation>
            <numerusform>事件已重放为 %1：%n 条投递</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped retrying %n delivery(s)</source>
        <translation>
            <numerusform>已停止 %n 条投递的重试</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied attempt %1 as a curl command</source>
        <translation>已将第 %1 次尝试复制为 curl 命令</translation>
    </message>
    <message>
        <source>Export deliveries as HAR</source>
        <translation>将投递导出为 HAR</translation>
    </message>
    <message>
        <source>Export deliveries as JSON</source>
        <translation>将投递导出为 JSON</translation>
    </message>
    <message>
        <source>HTTP Archive (*.har)</source>
        <translation>HTTP 存档 (*.har)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>无法写入“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n delivery(s) to %1</source>
        <translation>
            <numerusform>已将 %n 条投递导出到 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this event type</source>
        <translation>仅此事件类型</translation>
    </message>
    <message>
        <source>Only this endpoint</source>
        <translation>仅此端点</translation>
    </message>
    <message>
        <source>Deliveries</source>
        <translation>投递</translation>
    </message>
    <message>
        <source>&amp;Delivery</source>
        <translation>投递(&amp;D)</translation>
    </message>
    <message>
        <source>Showing the deliveries of one event; click to see them all</source>
        <translation>正在显示一个事件的投递；点击查看全部</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>事件 %1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::DeliveryDetails</name>
    <message>
        <source>no response</source>
        <translation>无响应</translation>
    </message>
    <message>
        <source>#%1  %2  ·  %3</source>
        <translation>#%1  %2  ·  %3</translation>
    </message>
    <message>
        <source>  ·  +%1 after #%2</source>
        <translation>  ·  #%2 之后 +%1</translation>
    </message>
    <message>
        <source>Select a delivery to see its attempts, the request sent and the response received.</source>
        <translation>选择一个投递以查看其尝试、发送的请求和收到的响应。</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>, next %1</source>
        <translation>，下次 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; → &lt;b&gt;%2&lt;/b&gt; &amp;nbsp;·&amp;nbsp; %3</translation>
    </message>
    <message>
        <source>%1 · %2 · created %3</source>
        <translation>%1 · %2 · 创建于 %3</translation>
    </message>
    <message>
        <source>Waiting to be sent.</source>
        <translation>等待发送。</translation>
    </message>
    <message>
        <source>Being sent…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>No attempts.</source>
        <translation>没有尝试。</translation>
    </message>
    <message>
        <source>&lt;b style=&quot;color:#d3373c&quot;&gt;No response&lt;/b&gt;</source>
        <translation>&lt;b style=&quot;color:#d3373c&quot;&gt;无响应&lt;/b&gt;</translation>
    </message>
    <message>
        <source> &amp;nbsp;·&amp;nbsp; %1</source>
        <translation> &amp;nbsp;·&amp;nbsp; %1</translation>
    </message>
    <message>
        <source>truncated</source>
        <translation>已截断</translation>
    </message>
    <message>
        <source>&lt;p&gt;This request carries no signature headers: the endpoint does not sign.&lt;/p&gt;&lt;p&gt;Choose a signing scheme in the endpoint&apos;s &lt;i&gt;Signing&lt;/i&gt; tab so receivers can check that requests come from you.&lt;/p&gt;</source>
        <translation>&lt;p&gt;此请求不带签名请求头：该端点不签名。&lt;/p&gt;&lt;p&gt;请在端点的&lt;i&gt;签名&lt;/i&gt;选项卡中选择签名方案，以便接收方确认请求来自您。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;What each signature header of this attempt means:&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;本次尝试中各签名请求头的含义：&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <source>As sent</source>
        <translation>原样</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::DeliveryLogModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>耗时</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>下次重试</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>When the event was triggered</source>
        <translation>事件触发的时间</translation>
    </message>
    <message>
        <source>HTTP status of the last attempt</source>
        <translation>最后一次尝试的 HTTP 状态码</translation>
    </message>
    <message>
        <source>Duration of the last attempt</source>
        <translation>最后一次尝试的耗时</translation>
    </message>
    <message>
        <source>When the next attempt is due</source>
        <translation>下一次尝试的时间</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EndpointEditor</name>
    <message>
        <source>Send test</source>
        <translation>发送测试</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>投递</translation>
    </message>
    <message>
        <source>e.g. billing service</source>
        <translation>例如：计费服务</translation>
    </message>
    <message>
        <source>https://example.com/webhooks</source>
        <translation>https://example.com/webhooks</translation>
    </message>
    <message>
        <source>Enabled — deliver events to this endpoint</source>
        <translation>已启用 — 向此端点投递事件</translation>
    </message>
    <message>
        <source>All event types (*)</source>
        <translation>所有事件类型 (*)</translation>
    </message>
    <message>
        <source>The event types this endpoint receives</source>
        <translation>此端点接收的事件类型</translation>
    </message>
    <message>
        <source>More patterns, e.g. issues.*, pull_request.*</source>
        <translation>更多模式，例如 issues.*、pull_request.*</translation>
    </message>
    <message>
        <source>Wildcards: issues.* matches every type that starts with issues.</source>
        <translation>通配符：issues.* 匹配所有以 issues. 开头的类型</translation>
    </message>
    <message>
        <source>JSON (application/json)</source>
        <translation>JSON (application/json)</translation>
    </message>
    <message>
        <source>Form (payload=…, as GitHub&apos;s form content type)</source>
        <translation>表单（payload=…，与 GitHub 的表单内容类型相同）</translation>
    </message>
    <message>
        <source>Stop delivering at</source>
        <translation>停止投递于</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>事件(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Method</source>
        <translation>方法(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Body</source>
        <translation>正文(&amp;B)</translation>
    </message>
    <message>
        <source>E&amp;xpires</source>
        <translation>过期(&amp;X)</translation>
    </message>
    <message>
        <source>Add header</source>
        <translation>添加请求头</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Sent with every delivery, before the signature headers. Hookbench sets Content-Type, User-Agent and the signing headers itself.</source>
        <translation>随每次投递发送，位于签名请求头之前。Content-Type、User-Agent 和签名请求头由 Hookbench 自行设置。</translation>
    </message>
    <message>
        <source>Do not sign</source>
        <translation>不签名</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>Add a secret for rotation</source>
        <translation>添加用于轮换的密钥</translation>
    </message>
    <message>
        <source>Generate another secret: while both are active every request carries both signatures, so receivers can switch without missing one</source>
        <translation>再生成一个密钥：两者都有效时，每个请求都带两个签名，接收方可以无缝切换</translation>
    </message>
    <message>
        <source>Every secret signs each request. To rotate, add a new one, update the receiver, then remove the old one.</source>
        <translation>每个密钥都会为每个请求签名。轮换时，先添加新密钥，更新接收方，再移除旧密钥。</translation>
    </message>
    <message>
        <source>Custom HMAC</source>
        <translation>自定义 HMAC</translation>
    </message>
    <message>
        <source>Hex</source>
        <translation>十六进制</translation>
    </message>
    <message>
        <source>Base64</source>
        <translation>Base64</translation>
    </message>
    <message>
        <source>e.g. sha256=</source>
        <translation>例如 sha256=</translation>
    </message>
    <message>
        <source>Sign &quot;&lt;timestamp&gt;.&lt;body&gt;&quot; and send the timestamp in</source>
        <translation>对 &quot;&lt;timestamp&gt;.&lt;body&gt;&quot; 签名，并将时间戳放在</translation>
    </message>
    <message>
        <source>Signature header</source>
        <translation>签名请求头</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Also send the legacy X-Hub-Signature (SHA-1)</source>
        <translation>同时发送旧式 X-Hub-Signature（SHA-1）</translation>
    </message>
    <message>
        <source>&amp;Scheme</source>
        <translation>方案(&amp;S)</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>显示密钥</translation>
    </message>
    <message>
        <source>Copy the secret</source>
        <translation>复制密钥</translation>
    </message>
    <message>
        <source>Replace with a newly generated secret</source>
        <translation>替换为新生成的密钥</translation>
    </message>
    <message>
        <source>Remove this secret (the end of a rotation)</source>
        <translation>移除此密钥（轮换结束）</translation>
    </message>
    <message>
        <source>e.g. 15s</source>
        <translation>例如 15s</translation>
    </message>
    <message>
        <source>How long to wait for a response: 500ms, 15s, 1m…</source>
        <translation>等待响应的时长：500ms、15s、1m…</translation>
    </message>
    <message>
        <source>Fixed schedule</source>
        <translation>固定计划</translation>
    </message>
    <message>
        <source>Exponential backoff with jitter</source>
        <translation>带抖动的指数退避</translation>
    </message>
    <message>
        <source>Delay before each attempt, from the previous one: the first is normally 0</source>
        <translation>每次尝试前距上一次的延迟：第一次通常为 0</translation>
    </message>
    <message>
        <source>First delay</source>
        <translation>首次延迟</translation>
    </message>
    <message>
        <source>Factor</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>Longest delay</source>
        <translation>最长延迟</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试</translation>
    </message>
    <message>
        <source>Retry 4xx answers too (normally final, except 408 and 429)</source>
        <translation>也重试 4xx 响应（通常为最终结果，408 和 429 除外）</translation>
    </message>
    <message>
        <source>Follow redirects</source>
        <translation>跟随重定向</translation>
    </message>
    <message>
        <source>Requests to this endpoint in flight at once</source>
        <translation>同时发往此端点的请求数</translation>
    </message>
    <message>
        <source> /s</source>
        <translation> /秒</translation>
    </message>
    <message>
        <source>unlimited</source>
        <translation>不限</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Disable the endpoint after this many failed deliveries in a row</source>
        <translation>连续失败这么多次投递后禁用该端点</translation>
    </message>
    <message>
        <source>Verify TLS certificates</source>
        <translation>验证 TLS 证书</translation>
    </message>
    <message>
        <source>HTTP/2 without TLS (prior knowledge)</source>
        <translation>不带 TLS 的 HTTP/2（prior knowledge）</translation>
    </message>
    <message>
        <source>&amp;Timeout</source>
        <translation>超时(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Retries</source>
        <translation>重试(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Concurrency</source>
        <translation>并发(&amp;C)</translation>
    </message>
    <message>
        <source>Rate &amp;limit</source>
        <translation>速率限制(&amp;L)</translation>
    </message>
    <message>
        <source>Circuit &amp;breaker</source>
        <translation>熔断器(&amp;B)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>传输</translation>
    </message>
    <message>
        <source>Disabled by Hookbench: %1</source>
        <translation>已被 Hookbench 禁用：%1</translation>
    </message>
    <message>
        <source>Write a duration such as 15s or 500ms.</source>
        <translation>请输入时长，例如 15s 或 500ms。</translation>
    </message>
    <message>
        <source>Write delays such as 0s, 5s, 5m, 30m.</source>
        <translation>请输入延迟，例如 0s、5s、5m、30m。</translation>
    </message>
    <message>
        <source>First delay: %1</source>
        <translation>首次延迟：%1</translation>
    </message>
    <message>
        <source>Longest delay: %1</source>
        <translation>最长延迟：%1</translation>
    </message>
    <message>
        <source>Save the endpoint (Ctrl+S)</source>
        <translation>保存端点（Ctrl+S）</translation>
    </message>
    <message>
        <source>Fix the marked fields to save</source>
        <translation>请修正标记的字段后再保存</translation>
    </message>
    <message>
        <source>Deliver a test event to this endpoint now</source>
        <translation>立即向此端点投递一个测试事件</translation>
    </message>
    <message>
        <source>Save the endpoint first</source>
        <translation>请先保存端点</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EndpointModel</name>
    <message>
        <source>No finished deliveries yet</source>
        <translation>尚无已完成的投递</translation>
    </message>
    <message numerus="yes">
        <source>Last %n deliveries, average %1</source>
        <translation>
            <numerusform>最近 %n 次投递，平均 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>未签名</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Disabled: %1</source>
        <translation>已禁用：%1</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Latency of the recent deliveries; red marks failures</source>
        <translation>最近投递的延迟；红色表示失败</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Signing</source>
        <translation>签名</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EndpointsPage</name>
    <message>
        <source>No endpoints yet</source>
        <translation>尚无端点</translation>
    </message>
    <message>
        <source>An endpoint is a URL that receives the event types it subscribes to, signed and retried the way you choose. Point one at your handler, or at one of Hookbench&apos;s receivers to see exactly what gets sent.</source>
        <translation>端点是一个 URL，接收它所订阅的事件类型，并按您选择的方式签名和重试。可以将其指向您的处理程序，或指向 Hookbench 的某个接收器，以准确查看发送的内容。</translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation>筛选端点</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>New from &amp;preset…</source>
        <translation>从预设新建(&amp;P)…</translation>
    </message>
    <message>
        <source>GitHub, Stripe, Standard Webhooks, Google Calendar, CloudEvents: event types and an endpoint sent to the way the provider sends</source>
        <translation>GitHub、Stripe、Standard Webhooks、Google Calendar、CloudEvents：按服务商的方式发送的事件类型和端点</translation>
    </message>
    <message>
        <source>Send &amp;test</source>
        <translation>发送测试(&amp;T)</translation>
    </message>
    <message>
        <source>Deliver a test event to the selected endpoint (Ctrl+Enter)</source>
        <translation>向所选端点投递一个测试事件（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Show &amp;deliveries</source>
        <translation>显示投递(&amp;D)</translation>
    </message>
    <message>
        <source>Open the delivery log filtered to this endpoint</source>
        <translation>打开按此端点筛选的投递日志</translation>
    </message>
    <message>
        <source>New endpoint (Ctrl+N)</source>
        <translation>新建端点（Ctrl+N）</translation>
    </message>
    <message>
        <source>New endpoint</source>
        <translation>新建端点</translation>
    </message>
    <message>
        <source>From a provider preset…</source>
        <translation>从服务商预设…</translation>
    </message>
    <message>
        <source>Select an endpoint to see its activity and edit it, or press Ctrl+N to add one.</source>
        <translation>选择一个端点以查看其活动并编辑，或按 Ctrl+N 添加。</translation>
    </message>
    <message>
        <source>Unsaved endpoint</source>
        <translation>未保存的端点</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>Fix the marked fields first.</source>
        <translation>请先修正标记的字段。</translation>
    </message>
    <message>
        <source>Preset not applied</source>
        <translation>未应用预设</translation>
    </message>
    <message>
        <source>Created endpoint %1</source>
        <translation>已创建端点 %1</translation>
    </message>
    <message numerus="yes">
        <source> and %n event type(s)</source>
        <translation>
            <numerusform> 和 %n 个事件类型</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved endpoint %1</source>
        <translation>已保存端点 %1</translation>
    </message>
    <message>
        <source>Delete endpoint</source>
        <translation>删除端点</translation>
    </message>
    <message>
        <source>Delete “%1”? Deliveries waiting for it are not sent; past deliveries stay in the log.</source>
        <translation>删除“%1”吗？等待发往它的投递将不会发送；过去的投递仍保留在日志中。</translation>
    </message>
    <message>
        <source>Deleted endpoint %1</source>
        <translation>已删除端点 %1</translation>
    </message>
    <message>
        <source>Test delivery from Hookbench</source>
        <translation>来自 Hookbench 的测试投递</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>未发送：%1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>已投递</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1，用时 %2</translation>
    </message>
    <message>
        <source> (not retried)</source>
        <translation>（不重试）</translation>
    </message>
    <message>
        <source>E&amp;ndpoint</source>
        <translation>端点(&amp;N)</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EventTypeEditor</name>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Trigger…</source>
        <translation>触发…</translation>
    </message>
    <message>
        <source>e.g. invoice.paid</source>
        <translation>例如 invoice.paid</translation>
    </message>
    <message>
        <source>Letters, digits, dots, dashes and underscores; dots group types (issues.opened)</source>
        <translation>字母、数字、点、连字符和下划线；点用于对类型分组（issues.opened）</translation>
    </message>
    <message>
        <source>What happened, in a few words</source>
        <translation>用几句话描述发生了什么</translation>
    </message>
    <message>
        <source>JSON sent as the payload. Placeholders: {{uuid}}, {{now}}, {{now.unix}}, {{seq}}, {{random.int A B}}, {{random.hex N}}, {{event.type}}, {{endpoint.name}}</source>
        <translation>作为负载发送的 JSON。占位符：{{uuid}}、{{now}}、{{now.unix}}、{{seq}}、{{random.int A B}}、{{random.hex N}}、{{event.type}}、{{endpoint.name}}</translation>
    </message>
    <message>
        <source>Indent the template (when it is plain JSON)</source>
        <translation>缩进模板（当它是纯 JSON 时）</translation>
    </message>
    <message>
        <source>Save the event type (Ctrl+S)</source>
        <translation>保存事件类型（Ctrl+S）</translation>
    </message>
    <message>
        <source>Open the trigger section with this event type</source>
        <translation>用此事件类型打开触发页面</translation>
    </message>
    <message>
        <source>Placeholders: &lt;code&gt;{{uuid}}&lt;/code&gt; &lt;code&gt;{{now}}&lt;/code&gt; &lt;code&gt;{{now.unix}}&lt;/code&gt; &lt;code&gt;{{seq}}&lt;/code&gt; &lt;code&gt;{{random.int 1 100}}&lt;/code&gt; &lt;code&gt;{{random.hex 8}}&lt;/code&gt; &lt;code&gt;{{event.type}}&lt;/code&gt; &lt;code&gt;{{endpoint.name}}&lt;/code&gt;</source>
        <translation>占位符：&lt;code&gt;{{uuid}}&lt;/code&gt; &lt;code&gt;{{now}}&lt;/code&gt; &lt;code&gt;{{now.unix}}&lt;/code&gt; &lt;code&gt;{{seq}}&lt;/code&gt; &lt;code&gt;{{random.int 1 100}}&lt;/code&gt; &lt;code&gt;{{random.hex 8}}&lt;/code&gt; &lt;code&gt;{{event.type}}&lt;/code&gt; &lt;code&gt;{{endpoint.name}}&lt;/code&gt;</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>描述(&amp;D)</translation>
    </message>
    <message>
        <source>Payload &amp;template</source>
        <translation>负载模板(&amp;T)</translation>
    </message>
    <message>
        <source>Fix the messages above to save</source>
        <translation>请修正上方的消息后再保存</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EventTypeModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Payload template</source>
        <translation>负载模板</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::EventTypesPage</name>
    <message>
        <source>No event types yet</source>
        <translation>尚无事件类型</translation>
    </message>
    <message>
        <source>An event type names something that happens in your application, like &lt;b&gt;invoice.paid&lt;/b&gt;, with the JSON payload its webhooks carry. Define one, then add an endpoint that subscribes to it.</source>
        <translation>事件类型为您的应用中发生的某件事命名，例如 &lt;b&gt;invoice.paid&lt;/b&gt;，并带有其 webhook 携带的 JSON 负载。先定义一个，再添加订阅它的端点。</translation>
    </message>
    <message>
        <source>Filter event types</source>
        <translation>筛选事件类型</translation>
    </message>
    <message>
        <source>Event types</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>New event type</source>
        <translation>新建事件类型</translation>
    </message>
    <message>
        <source>Select an event type to edit it, or press Ctrl+N to define a new one.</source>
        <translation>选择一个事件类型进行编辑，或按 Ctrl+N 定义新的事件类型。</translation>
    </message>
    <message>
        <source>Unsaved event type</source>
        <translation>未保存的事件类型</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>Fix the messages above first.</source>
        <translation>请先修正上方的消息。</translation>
    </message>
    <message>
        <source>Saved event type %1</source>
        <translation>已保存事件类型 %1</translation>
    </message>
    <message>
        <source>Delete event type</source>
        <translation>删除事件类型</translation>
    </message>
    <message>
        <source>Delete “%1”? Its past deliveries stay in the log.</source>
        <translation>删除“%1”吗？其过去的投递仍保留在日志中。</translation>
    </message>
    <message>
        <source>Deleted event type %1</source>
        <translation>已删除事件类型 %1</translation>
    </message>
    <message>
        <source>#%1 (%2)</source>
        <translation>#%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1”? %n schedule(s) fire it and cannot fire without it: %2. Its past deliveries stay in the log.</source>
        <translation>
            <numerusform>删除“%1”？有 %n 个计划会触发它，没有它将无法触发：%2。它过去的投递仍保留在日志中。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::Format</name>
    <message>
        <source>… %1 more bytes not shown</source>
        <translation>… 还有 %1 字节未显示</translation>
    </message>
    <message>
        <source>%1 µs</source>
        <translation>%1 微秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1前</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>at once</source>
        <translation>立即</translation>
    </message>
    <message>
        <source>right away</source>
        <translation>马上</translation>
    </message>
    <message>
        <source>within %1</source>
        <translation>%1 内</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>%1 后</translation>
    </message>
    <message>
        <source>#%1  %2</source>
        <translation>#%1  %2</translation>
    </message>
    <message>
        <source>  (by %1 after the event)</source>
        <translation>  （事件后 %1 之前）</translation>
    </message>
    <message>
        <source>  (%1 after the event)</source>
        <translation>  （事件后 %1）</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::HeaderModel</name>
    <message>
        <source>Header</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Header %1: %2</source>
        <translation>请求头 %1：%2</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::HttpMessageView</name>
    <message>
        <source>Right-click to copy a header or its value</source>
        <translation>右键单击可复制请求头或其值</translation>
    </message>
    <message>
        <source>Copy “%1: …”</source>
        <translation>复制“%1: …”</translation>
    </message>
    <message>
        <source>Copy value</source>
        <translation>复制值</translation>
    </message>
    <message>
        <source>Copy all headers</source>
        <translation>复制全部请求头</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::LatencyChart</name>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message numerus="yes">
        <source>last %n · p50 %1 · p95 %2</source>
        <translation>
            <numerusform>最近 %n 次 · p50 %1 · p95 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>no finished deliveries yet</source>
        <translation>尚无已完成的投递</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Hookbench</source>
        <translation>关于 Hookbench(&amp;A)</translation>
    </message>
    <message>
        <source>About Hookbench</source>
        <translation>关于 Hookbench</translation>
    </message>
    <message>
        <source>%1 — Hookbench</source>
        <translation>%1 — Hookbench</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>分区</translation>
    </message>
    <message>
        <source>Receivers not started: %1</source>
        <translation>接收器未启动：%1</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Create an item in the current section (Ctrl+N)</source>
        <translation>在当前分区中创建一项（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>Send the event in Trigger, or a test to the endpoint in Endpoints (Ctrl+Enter)</source>
        <translation>发送“触发”中的事件，或向“端点”中的端点发送测试（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>Read the current section again from the workspace (F5)</source>
        <translation>从工作区重新读取当前分区（F5）</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>Filter the current list (Ctrl+F)</source>
        <translation>筛选当前列表（Ctrl+F）</translation>
    </message>
    <message>
        <source>Times in &amp;UTC</source>
        <translation>以 UTC 显示时间(&amp;U)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>设置(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hookbench %1&lt;/b&gt;&lt;p&gt;A native workbench for building and testing webhook integrations.&lt;/p&gt;&lt;p&gt;Workspace: %2&lt;/p&gt;</source>
        <translation>&lt;b&gt;Hookbench %1&lt;/b&gt;&lt;p&gt;用于构建和测试 webhook 集成的原生工作台。&lt;/p&gt;&lt;p&gt;工作区：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Click a URL to copy it</source>
        <translation>单击 URL 即可复制</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>Deliveries that succeeded among those that finished in the last minute</source>
        <translation>最近一分钟内完成的投递中成功的比例</translation>
    </message>
    <message>
        <source>No receiver running</source>
        <translation>没有运行中的接收器</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in flight · %1 retrying · %2 pending</source>
        <translation>
            <numerusform>%Ln 个发送中 · %1 个重试中 · %2 个待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>%1% succeeded (last minute)</source>
        <translation>%1% 成功（最近一分钟）</translation>
    </message>
    <message>
        <source>— succeeded (last minute)</source>
        <translation>— 成功（最近一分钟）</translation>
    </message>
    <message>
        <source>Not saved to the workspace (%1): %2</source>
        <translation>未保存到工作区（%1）：%2</translation>
    </message>
    <message>
        <source>Schedule %1 (%2) could not fire: %3</source>
        <translation>计划 %1（%2）无法触发：%3</translation>
    </message>
    <message>
        <source>No schedule fires from this window: %1</source>
        <translation>此窗口不会触发任何计划：%1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::PresetDialog</name>
    <message>
        <source>New endpoint from a provider preset</source>
        <translation>从服务商预设新建端点</translation>
    </message>
    <message>
        <source>Where your handler listens, e.g. http://localhost:3000/webhooks</source>
        <translation>您的处理程序监听的位置，例如 http://localhost:3000/webhooks</translation>
    </message>
    <message>
        <source>The preset&apos;s name</source>
        <translation>预设的名称</translation>
    </message>
    <message>
        <source>Generated in the provider&apos;s format when empty</source>
        <translation>留空时按服务商的格式生成</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>服务商(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;URL</source>
        <translation>&amp;URL</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Secret</source>
        <translation>密钥(&amp;S)</translation>
    </message>
    <message>
        <source>Event types: %1</source>
        <translation>事件类型：%1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ReceiverEditor</name>
    <message>
        <source>Answer</source>
        <translation>应答</translation>
    </message>
    <message>
        <source>Fail the first N requests</source>
        <translation>使前 N 个请求失败</translation>
    </message>
    <message>
        <source>Fail a share of requests</source>
        <translation>使一定比例的请求失败</translation>
    </message>
    <message>
        <source>Rate limit (429)</source>
        <translation>速率限制（429）</translation>
    </message>
    <message>
        <source>Never answer (timeout)</source>
        <translation>从不应答（超时）</translation>
    </message>
    <message>
        <source>Close mid-response</source>
        <translation>响应中途关闭连接</translation>
    </message>
    <message>
        <source>Start when Hookbench starts</source>
        <translation>随 Hookbench 启动</translation>
    </message>
    <message>
        <source>Answer provider handshakes (WebSub, CloudEvents, Slack)</source>
        <translation>应答服务商握手（WebSub、CloudEvents、Slack）</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>127.0.0.1 or ::1 keep the receiver on this machine; 0.0.0.0 opens it to the network and then needs an access token</source>
        <translation>127.0.0.1 或 ::1 使接收器仅限本机；0.0.0.0 将其开放到网络，此时需要访问令牌</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>Needed when listening beyond this machine</source>
        <translation>监听范围超出本机时需要</translation>
    </message>
    <message>
        <source>Generate a token</source>
        <translation>生成令牌</translation>
    </message>
    <message>
        <source>Optional: also send every request on to this URL</source>
        <translation>可选：同时将每个请求转发到此 URL</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>port</source>
        <translation>端口</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <source>Access &amp;token</source>
        <translation>访问令牌(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Forward to</source>
        <translation>转发到(&amp;F)</translation>
    </message>
    <message>
        <source>Largest &amp;body</source>
        <translation>最大正文(&amp;B)</translation>
    </message>
    <message>
        <source>Response rules</source>
        <translation>响应规则</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <source>Remove the rule</source>
        <translation>移除规则</translation>
    </message>
    <message>
        <source>Match earlier</source>
        <translation>提前匹配</translation>
    </message>
    <message>
        <source>Match later</source>
        <translation>延后匹配</translation>
    </message>
    <message>
        <source>The first rule that matches a request answers it; without a match the answer is 200 {&quot;ok&quot;:true}.</source>
        <translation>第一条匹配请求的规则负责应答；没有匹配时应答 200 {&quot;ok&quot;:true}。</translation>
    </message>
    <message>
        <source>* matches within a path segment, ** across segments: /hooks/**</source>
        <translation>* 在单个路径段内匹配，** 跨路径段匹配：/hooks/**</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> 毫秒</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Add a response header</source>
        <translation>添加响应头</translation>
    </message>
    <message>
        <source>Placeholders: {{request.id}}, {{request.time}}, {{header.Name}}, {{json.path.to.field}}</source>
        <translation>占位符：{{request.id}}、{{request.time}}、{{header.Name}}、{{json.path.to.field}}</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>after</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>first</source>
        <translation>前</translation>
    </message>
    <message>
        <source>with</source>
        <translation>附带</translation>
    </message>
    <message>
        <source>Retry-After</source>
        <translation>Retry-After</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>失败方式</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>请求头</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Signature verification</source>
        <translation>签名验证</translation>
    </message>
    <message>
        <source>Add a secret</source>
        <translation>添加密钥</translation>
    </message>
    <message>
        <source>How far a signed timestamp may be from now</source>
        <translation>签名时间戳与当前时间允许的最大偏差</translation>
    </message>
    <message>
        <source>Answer 401 when no secret verifies the request</source>
        <translation>没有密钥能验证请求时应答 401</translation>
    </message>
    <message>
        <source>Each request is checked against every secret; the verdicts show in the captured list.</source>
        <translation>每个请求都会用每个密钥检查；结果显示在捕获列表中。</translation>
    </message>
    <message>
        <source>Timestamp tolerance</source>
        <translation>时间戳容差</translation>
    </message>
    <message>
        <source>The sender&apos;s signing secret</source>
        <translation>发送方的签名密钥</translation>
    </message>
    <message>
        <source>Remove this secret</source>
        <translation>移除此密钥</translation>
    </message>
    <message>
        <source>Save the receiver (Ctrl+S)</source>
        <translation>保存接收器（Ctrl+S）</translation>
    </message>
    <message>
        <source>Fix the messages above to save</source>
        <translation>请修正上方的消息后再保存</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ReceiverHost</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ReceiverModel</name>
    <message>
        <source>Send webhooks to this URL</source>
        <translation>将 webhook 发送到此 URL</translation>
    </message>
    <message>
        <source>Start the receiver to get its URL</source>
        <translation>启动接收器以获取其 URL</translation>
    </message>
    <message>
        <source>%1, any free port</source>
        <translation>%1，任意空闲端口</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>监听</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ReceiversPage</name>
    <message>
        <source>No receivers yet</source>
        <translation>尚无接收器</translation>
    </message>
    <message>
        <source>A receiver is a local HTTP endpoint that captures every request sent to it, checks its signature and answers the way you tell it to — healthy, slow, or failing on purpose. Point an endpoint, a provider&apos;s CLI or your own sender at it.</source>
        <translation>接收器是一个本地 HTTP 端点，它捕获发给它的每个请求，检查签名，并按您的设定应答——正常、缓慢或故意失败。可以将端点、服务商的 CLI 或您自己的发送程序指向它。</translation>
    </message>
    <message>
        <source>Receivers</source>
        <translation>接收器</translation>
    </message>
    <message>
        <source>Captured requests</source>
        <translation>已捕获的请求</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>启动(&amp;S)</translation>
    </message>
    <message>
        <source>Start or stop the selected receiver (Ctrl+Shift+L)</source>
        <translation>启动或停止所选接收器（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>复制 URL(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the URL to send webhooks to</source>
        <translation>复制用于发送 webhook 的 URL</translation>
    </message>
    <message>
        <source>Copy as c&amp;URL</source>
        <translation>复制为 cURL(&amp;U)</translation>
    </message>
    <message>
        <source>Copy the selected request as a curl command</source>
        <translation>将所选请求复制为 curl 命令</translation>
    </message>
    <message>
        <source>&amp;Forward to…</source>
        <translation>转发到(&amp;F)…</translation>
    </message>
    <message>
        <source>Send the selected request, as captured, to another URL</source>
        <translation>将所选请求按捕获原样发送到另一个 URL</translation>
    </message>
    <message>
        <source>Replay to &amp;endpoint…</source>
        <translation>重放到端点(&amp;E)…</translation>
    </message>
    <message>
        <source>Trigger the selected request&apos;s body as an event to one of your endpoints</source>
        <translation>将所选请求的正文作为事件触发到您的某个端点</translation>
    </message>
    <message>
        <source>C&amp;lear captured requests</source>
        <translation>清空已捕获的请求(&amp;L)</translation>
    </message>
    <message>
        <source>New receiver (Ctrl+N)</source>
        <translation>新建接收器（Ctrl+N）</translation>
    </message>
    <message>
        <source>Requests appear here as they arrive.</source>
        <translation>请求到达后会显示在这里。</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Select a receiver, or press Ctrl+N to add one.</source>
        <translation>选择一个接收器，或按 Ctrl+N 添加。</translation>
    </message>
    <message>
        <source>Create and start a receiver</source>
        <translation>创建并启动接收器</translation>
    </message>
    <message>
        <source>New receiver…</source>
        <translation>新建接收器…</translation>
    </message>
    <message>
        <source>the forward target</source>
        <translation>转发目标</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Unsaved receiver</source>
        <translation>未保存的接收器</translation>
    </message>
    <message>
        <source>Save the changes to “%1”?</source>
        <translation>保存对“%1”的更改吗？</translation>
    </message>
    <message>
        <source>Fix the messages above first.</source>
        <translation>请先修正上方的消息。</translation>
    </message>
    <message>
        <source>Local receiver</source>
        <translation>本地接收器</translation>
    </message>
    <message>
        <source>Local receiver %1</source>
        <translation>本地接收器 %1</translation>
    </message>
    <message>
        <source>%1 could not start: %2</source>
        <translation>%1 无法启动：%2</translation>
    </message>
    <message>
        <source>%1 listening on %2</source>
        <translation>%1 正在监听 %2</translation>
    </message>
    <message>
        <source>%1 stopped: %2</source>
        <translation>%1 已停止：%2</translation>
    </message>
    <message>
        <source>Saved receiver %1</source>
        <translation>已保存接收器 %1</translation>
    </message>
    <message>
        <source>Delete receiver</source>
        <translation>删除接收器</translation>
    </message>
    <message>
        <source>Delete “%1” and stop it? Its captured requests are deleted too.</source>
        <translation>删除并停止“%1”吗？其捕获的请求也会被删除。</translation>
    </message>
    <message>
        <source>Deleted receiver %1</source>
        <translation>已删除接收器 %1</translation>
    </message>
    <message>
        <source>Receiver stopped</source>
        <translation>接收器已停止</translation>
    </message>
    <message>
        <source>Receiver not started</source>
        <translation>接收器未启动</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>Copied the request as a curl command</source>
        <translation>已将请求复制为 curl 命令</translation>
    </message>
    <message>
        <source>Forward request</source>
        <translation>转发请求</translation>
    </message>
    <message>
        <source>Send the request, as captured, to:</source>
        <translation>将请求按捕获原样发送到：</translation>
    </message>
    <message>
        <source>Forwarding to %1…</source>
        <translation>正在转发到 %1…</translation>
    </message>
    <message>
        <source>Replay to endpoint</source>
        <translation>重放到端点</translation>
    </message>
    <message>
        <source>Only JSON bodies can be replayed as an event. %1</source>
        <translation>只有 JSON 正文可以作为事件重放。%1</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>端点</translation>
    </message>
    <message>
        <source>As event type</source>
        <translation>作为事件类型</translation>
    </message>
    <message>
        <source>Add an endpoint first.</source>
        <translation>请先添加端点。</translation>
    </message>
    <message>
        <source>Replayed as %1 to %2</source>
        <translation>已作为 %1 重放到 %2</translation>
    </message>
    <message>
        <source>Clear captured requests</source>
        <translation>清空已捕获的请求</translation>
    </message>
    <message>
        <source>Delete every request this receiver captured?</source>
        <translation>删除此接收器捕获的所有请求吗？</translation>
    </message>
    <message>
        <source>&amp;Receiver</source>
        <translation>接收器(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::RuleModel</name>
    <message>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1 for the first %2, then %3</source>
        <translation>前 %2 个请求 %1，之后 %3</translation>
    </message>
    <message>
        <source>%1 for %2% of requests, else %3</source>
        <translation>%2% 的请求 %1，其余 %3</translation>
    </message>
    <message>
        <source>429 with Retry-After %1 s</source>
        <translation>429，Retry-After %1 秒</translation>
    </message>
    <message>
        <source>never answers</source>
        <translation>从不应答</translation>
    </message>
    <message>
        <source>closes mid-response</source>
        <translation>响应中途关闭</translation>
    </message>
    <message>
        <source> after %1 ms</source>
        <translation>，%1 毫秒后</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>应答</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ScheduleEditor</name>
    <message>
        <source>Read times and the cron expression in &amp;UTC (otherwise local time)</source>
        <translation>按 UTC 解释时间和 cron 表达式(&amp;U)（否则按本地时间）</translation>
    </message>
    <message>
        <source>After a restart, fire &amp;once for firings missed meanwhile (otherwise skip them)</source>
        <translation>重启后，对错过的触发补发一次(&amp;O)（否则跳过）</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>The event type to fire; its payload template is used unless a payload is given below</source>
        <translation>要触发的事件类型；除非在下方提供负载，否则使用其负载模板</translation>
    </message>
    <message>
        <source>Once, at a time</source>
        <translation>在某一时间触发一次</translation>
    </message>
    <message>
        <source>Every interval</source>
        <translation>按固定间隔</translation>
    </message>
    <message>
        <source>By a cron expression</source>
        <translation>按 cron 表达式</translation>
    </message>
    <message>
        <source>e.g. 30s, 5m, 1h30m</source>
        <translation>例如 30s、5m、1h30m</translation>
    </message>
    <message>
        <source>minute hour day-of-month month day-of-week, e.g. */15 9-17 * * MON-FRI</source>
        <translation>分 时 日 月 星期，例如 */15 9-17 * * MON-FRI</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Delay each firing by a random time up to this long</source>
        <translation>将每次触发随机延迟，最长不超过此时长</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>不限次数</translation>
    </message>
    <message>
        <source>Empty: the event type&apos;s payload template</source>
        <translation>留空：使用事件类型的负载模板</translation>
    </message>
    <message>
        <source>&amp;Event type</source>
        <translation>事件类型(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Fires</source>
        <translation>触发方式(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;At</source>
        <translation>时间(&amp;A)</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>间隔(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Cron</source>
        <translation>Cron(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Jitter</source>
        <translation>抖动(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Limit</source>
        <translation>次数上限(&amp;L)</translation>
    </message>
    <message>
        <source>E&amp;nds</source>
        <translation>结束(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>负载(&amp;P)</translation>
    </message>
    <message>
        <source>Next firings</source>
        <translation>接下来的触发</translation>
    </message>
    <message>
        <source>Fix the fields above to see when it fires.</source>
        <translation>修正上方字段后即可查看触发时间。</translation>
    </message>
    <message>
        <source>Stop firing at</source>
        <translation>停止触发于</translation>
    </message>
    <message>
        <source>When it fires; click the arrow for a calendar</source>
        <translation>触发时间；单击箭头可打开日历</translation>
    </message>
    <message>
        <source>Without an end time the schedule fires until its limit, or for ever</source>
        <translation>如果没有结束时间，计划会一直触发到次数上限，或永远触发</translation>
    </message>
    <message>
        <source>No firing after this time; click the arrow for a calendar</source>
        <translation>此时间之后不再触发；单击箭头可打开日历</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>local time (%1)</source>
        <translation>本地时间（%1）</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::ScheduleModel</name>
    <message>
        <source>at %1</source>
        <translation>于 %1</translation>
    </message>
    <message>
        <source>every %1</source>
        <translation>每 %1</translation>
    </message>
    <message>
        <source>cron %1 (UTC)</source>
        <translation>cron %1（UTC）</translation>
    </message>
    <message>
        <source>cron %1 (local time)</source>
        <translation>cron %1（本地时间）</translation>
    </message>
    <message>
        <source>, up to %1 late</source>
        <translation>，最多延迟 %1</translation>
    </message>
    <message>
        <source>, at most once</source>
        <translation>，最多一次</translation>
    </message>
    <message>
        <source>, at most %1 times</source>
        <translation>，最多 %1 次</translation>
    </message>
    <message>
        <source>, until %1</source>
        <translation>，直到 %1</translation>
    </message>
    <message>
        <source>Sends its own payload instead of the event type&apos;s template</source>
        <translation>发送自己的负载，而不是事件类型的模板</translation>
    </message>
    <message>
        <source>Last fired %1</source>
        <translation>上次触发 %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Event type</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Next firing</source>
        <translation>下次触发</translation>
    </message>
    <message>
        <source>Fired</source>
        <translation>已触发</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The last firing failed: %1</source>
        <translation>上次触发失败：%1</translation>
    </message>
    <message>
        <source>Failing</source>
        <translation>失败中</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::SchedulesPanel</name>
    <message>
        <source>&amp;New schedule…</source>
        <translation>新建计划(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>禁用(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>计划</translation>
    </message>
    <message>
        <source>Double-click a schedule to edit it</source>
        <translation>双击计划即可编辑</translation>
    </message>
    <message>
        <source>Fire an event type at a time, every interval or by cron, while this window or &lt;tt&gt;hookbench run&lt;/tt&gt; is running.</source>
        <translation>在此窗口或 &lt;tt&gt;hookbench run&lt;/tt&gt; 运行期间，于指定时间、按固定间隔或按 cron 触发事件类型。</translation>
    </message>
    <message>
        <source>Remove schedule</source>
        <translation>移除计划</translation>
    </message>
    <message>
        <source>Remove this schedule? It will not fire again.</source>
        <translation>移除此计划吗？它将不再触发。</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>启用(&amp;E)</translation>
    </message>
    <message>
        <source>Schedule for %1 added</source>
        <translation>已为 %1 添加计划</translation>
    </message>
    <message>
        <source>The schedule no longer exists.</source>
        <translation>该计划已不存在。</translation>
    </message>
    <message>
        <source>Schedule not saved</source>
        <translation>计划未保存</translation>
    </message>
    <message>
        <source>A schedule fires one of your event types, and this workspace has none yet. Define an event type first, then add schedules here.</source>
        <translation>计划会触发您的某个事件类型，而此工作区还没有事件类型。请先定义一个事件类型，然后在这里添加计划。</translation>
    </message>
    <message>
        <source>Define an event type</source>
        <translation>定义事件类型</translation>
    </message>
    <message>
        <source>Add a schedule that fires an event type later or repeatedly</source>
        <translation>添加一个计划，在稍后或重复触发某个事件类型</translation>
    </message>
    <message>
        <source>A schedule needs an event type: define one first</source>
        <translation>计划需要一个事件类型：请先定义一个</translation>
    </message>
    <message>
        <source>A schedule needs an event type: define one first.</source>
        <translation>计划需要一个事件类型：请先定义一个。</translation>
    </message>
    <message>
        <source>No schedule fires from this window: %1</source>
        <translation>此窗口不会触发任何计划：%1</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::SettingsDialog</name>
    <message>
        <source>Local time</source>
        <translation>本地时间</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>A new language applies the next time Hookbench starts.</source>
        <translation>新语言将在下次启动 Hookbench 时生效。</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Show times in</source>
        <translation>时间显示为</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::SuccessRateChart</name>
    <message>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>%1% succeeded</source>
        <translation>%1% 成功</translation>
    </message>
    <message>
        <source>%1 ok · %2 failed · last %3</source>
        <translation>%1 成功 · %2 失败 · 最近 %3</translation>
    </message>
    <message>
        <source>no finished deliveries yet</source>
        <translation>尚无已完成的投递</translation>
    </message>
</context>
<context>
    <name>Hookbench::Ui::TriggerPage</name>
    <message>
        <source>Nothing to trigger yet</source>
        <translation>尚无可触发的内容</translation>
    </message>
    <message>
        <source>Reset to template</source>
        <translation>重置为模板</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>The event type to send</source>
        <translation>要发送的事件类型</translation>
    </message>
    <message>
        <source>Send to every subscribed endpoint, or to one endpoint only</source>
        <translation>发送到所有订阅的端点，或仅发送到一个端点</translation>
    </message>
    <message>
        <source>The payload; placeholders such as {{uuid}} and {{now}} are filled in when it is sent</source>
        <translation>负载；{{uuid}} 和 {{now}} 等占位符在发送时填充</translation>
    </message>
    <message>
        <source>What the next send would carry (placeholders filled in)</source>
        <translation>下一次发送将携带的内容（已填充占位符）</translation>
    </message>
    <message>
        <source>Send the event now (Ctrl+Enter)</source>
        <translation>立即发送事件（Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Double-click to see the deliveries of an event</source>
        <translation>双击可查看某个事件的投递</translation>
    </message>
    <message>
        <source>&amp;Event type</source>
        <translation>事件类型(&amp;E)</translation>
    </message>
    <message>
        <source>Send &amp;to</source>
        <translation>发送到(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Payload</source>
        <translation>负载(&amp;P)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Sent from this window</source>
        <translation>从此窗口发送的</translation>
    </message>
    <message>
        <source>Double-click an event to see its deliveries.</source>
        <translation>双击事件即可查看其投递。</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>立即发送(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation>计划(&amp;S)</translation>
    </message>
    <message>
        <source>Define an event type</source>
        <translation>定义事件类型</translation>
    </message>
    <message>
        <source>All subscribed endpoints</source>
        <translation>所有订阅的端点</translation>
    </message>
    <message>
        <source>Only %1</source>
        <translation>仅 %1</translation>
    </message>
    <message>
        <source>No endpoint receives %1 yet.</source>
        <translation>尚无端点接收 %1。</translation>
    </message>
    <message>
        <source>Goes to %1.</source>
        <translation>发往 %1。</translation>
    </message>
    <message>
        <source>Skipped (disabled or expired): %1.</source>
        <translation>已跳过（已禁用或已过期）：%1。</translation>
    </message>
    <message>
        <source>Fix the payload first.</source>
        <translation>请先修正负载。</translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 · %n delivery(s) · &lt;a href=&quot;%2&quot;&gt;show in the log&lt;/a&gt;</source>
        <translation>
            <numerusform>已发送 %1 · %n 条投递 · &lt;a href=&quot;%2&quot;&gt;在日志中查看&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Not sent to: %1</source>
        <translation>未发送到：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2 → %n delivery(s)</source>
        <translation>
            <numerusform>%1  %2 → %n 条投递</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %1 to %n endpoint(s)</source>
        <translation>
            <numerusform>已将 %1 发送到 %n 个端点</numerusform>
        </translation>
    </message>
    <message>
        <source>Trigger &amp; schedules</source>
        <translation>触发与计划</translation>
    </message>
    <message>
        <source>Triggering sends an event of one of your event types to every endpoint that subscribes to it. Define an event type first. Schedules fire event types too: their list is in the Schedules tab above.</source>
        <translation>触发会将某个事件类型的事件发送到订阅它的每个端点。请先定义一个事件类型。计划也会触发事件类型：其列表位于上方的“计划”选项卡中。</translation>
    </message>
</context>
<context>
    <name>Hookbench::Validation</name>
    <message>
        <source>The URL is empty; enter an absolute http:// or https:// URL.</source>
        <translation>URL 为空；请输入以 http:// 或 https:// 开头的绝对 URL。</translation>
    </message>
    <message>
        <source>“%1” is not a valid URL: %2</source>
        <translation>“%1”不是有效的 URL：%2</translation>
    </message>
    <message>
        <source>“%1” is not an absolute URL; it must start with http:// or https://.</source>
        <translation>“%1”不是绝对 URL；必须以 http:// 或 https:// 开头。</translation>
    </message>
    <message>
        <source>“%1” uses the scheme “%2”; only http and https are supported.</source>
        <translation>“%1”使用了“%2”协议；仅支持 http 和 https。</translation>
    </message>
    <message>
        <source>“%1” has no host name.</source>
        <translation>“%1”没有主机名。</translation>
    </message>
    <message>
        <source>The header name is empty.</source>
        <translation>请求头名称为空。</translation>
    </message>
    <message>
        <source>The header name “%1” contains “%2” at position %3; header names may only contain letters, digits and !#$%&amp;&apos;*+-.^_`|~.</source>
        <translation>请求头名称“%1”在位置 %3 包含“%2”；请求头名称只能包含字母、数字和 !#$%&amp;&apos;*+-.^_`|~。</translation>
    </message>
    <message>
        <source>The header value contains a line break at position %1; header values must be on one line.</source>
        <translation>请求头值在位置 %1 包含换行符；请求头值必须在一行内。</translation>
    </message>
    <message>
        <source>The header value contains a NUL byte at position %1.</source>
        <translation>请求头值在位置 %1 包含 NUL 字节。</translation>
    </message>
    <message>
        <source>“%1” is not a header; write it as “Name: value”.</source>
        <translation>“%1”不是请求头；请写成“Name: value”的形式。</translation>
    </message>
    <message>
        <source>The event type name is empty.</source>
        <translation>事件类型名称为空。</translation>
    </message>
    <message>
        <source>“%1” is not a valid event type name; use lowercase words separated by dots, such as “issues.opened” or “payment_intent.succeeded”.</source>
        <translation>“%1”不是有效的事件类型名称；请使用以点分隔的小写单词，例如“issues.opened”或“payment_intent.succeeded”。</translation>
    </message>
    <message>
        <source>“%1” is not a valid subscription; a wildcard is a dotted prefix followed by “.*”, such as “issues.*”.</source>
        <translation>“%1”不是有效的订阅；通配符是以点分隔的前缀后跟“.*”，例如“issues.*”。</translation>
    </message>
    <message>
        <source>“%1” is not a valid subscription; use an event type name (“issues.opened”), a prefix wildcard (“issues.*”) or “*”.</source>
        <translation>“%1”不是有效的订阅；请使用事件类型名称（“issues.opened”）、前缀通配符（“issues.*”）或“*”。</translation>
    </message>
    <message>
        <source>“%1” is not a supported method; use POST, PUT, PATCH, GET or DELETE.</source>
        <translation>“%1”不是受支持的方法；请使用 POST、PUT、PATCH、GET 或 DELETE。</translation>
    </message>
    <message>
        <source>Invalid JSON at line %1, column %2: %3</source>
        <translation>第 %1 行第 %2 列的 JSON 无效：%3</translation>
    </message>
    <message>
        <source>The endpoint name is empty.</source>
        <translation>端点名称为空。</translation>
    </message>
    <message>
        <source>The endpoint name is longer than 200 characters.</source>
        <translation>端点名称超过 200 个字符。</translation>
    </message>
    <message>
        <source>The endpoint subscribes to no event types; add at least one, or “*”.</source>
        <translation>该端点未订阅任何事件类型；请至少添加一个，或添加“*”。</translation>
    </message>
    <message>
        <source>The signing scheme %1 needs at least one secret.</source>
        <translation>签名方案 %1 至少需要一个密钥。</translation>
    </message>
    <message>
        <source>A secret is empty.</source>
        <translation>有密钥为空。</translation>
    </message>
    <message>
        <source>A Standard Webhooks secret must be “whsec_” followed by base64 (24 to 64 random bytes).</source>
        <translation>Standard Webhooks 密钥必须是“whsec_”后跟 base64（24 到 64 个随机字节）。</translation>
    </message>
    <message>
        <source>The timeout must be between 1 ms and 10 minutes.</source>
        <translation>超时必须在 1 毫秒到 10 分钟之间。</translation>
    </message>
    <message>
        <source>The concurrency limit must be between 1 and 256.</source>
        <translation>并发上限必须在 1 到 256 之间。</translation>
    </message>
    <message>
        <source>The rate limit cannot be negative.</source>
        <translation>速率限制不能为负数。</translation>
    </message>
    <message>
        <source>The circuit breaker threshold cannot be negative.</source>
        <translation>熔断阈值不能为负数。</translation>
    </message>
    <message>
        <source>The retry schedule is empty; it needs at least one entry.</source>
        <translation>重试计划为空；至少需要一项。</translation>
    </message>
    <message>
        <source>A retry delay cannot be negative.</source>
        <translation>重试延迟不能为负数。</translation>
    </message>
    <message>
        <source>The number of attempts must be between 1 and 100.</source>
        <translation>尝试次数必须在 1 到 100 之间。</translation>
    </message>
    <message>
        <source>The backoff cap must be at least the base delay.</source>
        <translation>退避上限不能小于基础延迟。</translation>
    </message>
    <message>
        <source>The backoff factor must be at least 1.</source>
        <translation>退避倍数至少为 1。</translation>
    </message>
    <message>
        <source>The receiver name is empty.</source>
        <translation>接收器名称为空。</translation>
    </message>
    <message>
        <source>“%1” is not an IP address to listen on (for example 127.0.0.1, ::1 or 0.0.0.0).</source>
        <translation>“%1”不是可监听的 IP 地址（例如 127.0.0.1、::1 或 0.0.0.0）。</translation>
    </message>
    <message>
        <source>A receiver reachable from other machines needs an access token of at least 16 characters.</source>
        <translation>可从其他机器访问的接收器需要至少 16 个字符的访问令牌。</translation>
    </message>
    <message>
        <source>The maximum body size must be at least one byte.</source>
        <translation>最大正文大小至少为 1 字节。</translation>
    </message>
    <message>
        <source>Status %1 is not an HTTP status (100–599).</source>
        <translation>状态码 %1 不是 HTTP 状态码（100–599）。</translation>
    </message>
    <message>
        <source>A rule&apos;s delay cannot be negative.</source>
        <translation>规则的延迟不能为负数。</translation>
    </message>
    <message>
        <source>A failure percentage must be between 0 and 100.</source>
        <translation>失败百分比必须在 0 到 100 之间。</translation>
    </message>
    <message>
        <source>A verification secret is empty.</source>
        <translation>有验证密钥为空。</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>一个空格</translation>
    </message>
    <message>
        <source>The signature prefix “%1” contains %2 at position %3; a prefix may only contain visible ASCII characters, and no spaces, which separate the signatures of several secrets.</source>
        <translation>签名前缀“%1”在第 %3 个位置包含 %2；前缀只能包含可见的 ASCII 字符，且不能包含空格（空格用于分隔多个密钥的签名）。</translation>
    </message>
    <message>
        <source>The URL contains a space at position %1; encode it as %2.</source>
        <translation>URL 在第 %1 个字符处含有空格；请编码为 %2。</translation>
    </message>
    <message>
        <source>The URL contains “%1” at position %2; encode it as %3.</source>
        <translation>URL 在第 %2 个字符处含有“%1”；请编码为 %3。</translation>
    </message>
    <message>
        <source>The port “%1” is not a number.</source>
        <translation>端口“%1”不是数字。</translation>
    </message>
    <message>
        <source>The port %1 is out of range (1–65535).</source>
        <translation>端口 %1 超出范围（1–65535）。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Cannot open the workspace</source>
        <translation>无法打开工作区</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Cannot create the folder for the workspace “%1”.</source>
        <translation>无法为工作区“%1”创建文件夹。</translation>
    </message>
    <message>
        <source>Cannot open the workspace “%1”: %2</source>
        <translation>无法打开工作区“%1”：%2</translation>
    </message>
    <message>
        <source>Could not save the API activity: %1</source>
        <translation>无法保存 API 活动：%1</translation>
    </message>
</context>
</TS>
