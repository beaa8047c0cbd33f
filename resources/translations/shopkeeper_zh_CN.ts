<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AbTest</name>
    <message>
        <location filename="../../shopkeeper/services/ab_tests.py" line="37"/>
        <source>Not enough data yet: each version needs visitors and at least a few orders (about 5) before the difference means anything.</source>
        <translation>数据还不够：两个版本都需要有访客，并且合计至少约 5 笔订单，差异才有意义。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ab_tests.py" line="42"/>
        <source>Version {winner} sells better ({rate_w} of visitors order, against {rate_l}). A gap this big would come from luck less than {odds} times in 100, so it is very likely real: keep version {winner}.</source>
        <translation>版本 {winner} 卖得更好（{rate_w} 的访客下单，对比 {rate_l}）。这么大的差距靠运气出现的机会不到 100 次里 {odds} 次，所以很可能是真的：保留版本 {winner}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ab_tests.py" line="48"/>
        <source>Version {winner} looks better ({rate_w} against {rate_l}), but luck could still explain it ({odds} times in 100). Keep the test running before you decide.</source>
        <translation>版本 {winner} 看起来更好（{rate_w} 对比 {rate_l}），但仍可能只是运气（100 次里约 {odds} 次）。先继续测试再做决定。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ab_tests.py" line="53"/>
        <source>No real difference so far ({rate_a} for A, {rate_b} for B): a gap like this comes from luck alone {odds} times in 100.</source>
        <translation>目前没有真正的差异（A 为 {rate_a}，B 为 {rate_b}）：这样的差距单靠运气 100 次里就会出现 {odds} 次。</translation>
    </message>
</context>
<context>
    <name>AbTestDialog</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="49"/>
        <source>A/B test</source>
        <translation>A/B 测试</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="67"/>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="68"/>
        <source>What is tested:</source>
        <translation>测试内容：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="69"/>
        <source>Version A:</source>
        <translation>版本 A：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="70"/>
        <source>Version B:</source>
        <translation>版本 B：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="71"/>
        <source>Visitors to A:</source>
        <translation>A 的访客：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="72"/>
        <source>Orders from A:</source>
        <translation>A 的订单：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="73"/>
        <source>Visitors to B:</source>
        <translation>B 的访客：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="74"/>
        <source>Orders from B:</source>
        <translation>B 的订单：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="75"/>
        <source>Started on:</source>
        <translation>开始日期：</translation>
    </message>
</context>
<context>
    <name>AbTestsPanel</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="36"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="37"/>
        <source>Main image</source>
        <translation>主图</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="38"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="108"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="109"/>
        <source>Tested</source>
        <translation>测试内容</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="110"/>
        <source>A: orders / visitors</source>
        <translation>A：订单 / 访客</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="111"/>
        <source>B: orders / visitors</source>
        <translation>B：订单 / 访客</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="112"/>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="113"/>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="122"/>
        <source>Select a test to read what its numbers say.</source>
        <translation>选择一个测试，查看数据说明了什么。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="125"/>
        <source>Add test…</source>
        <translation>添加测试…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="127"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ab_tests_panel.py" line="129"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>AgendaList</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="58"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="59"/>
        <source>What</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="60"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="61"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="97"/>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="138"/>
        <source>Mark done</source>
        <translation>标记为完成</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="146"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="148"/>
        <source>Delete this event</source>
        <translation>删除这个事件</translation>
    </message>
</context>
<context>
    <name>BulkEditDialog</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="46"/>
        <source>Bulk edit {count} listing(s)</source>
        <translation>批量编辑 {count} 个商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="50"/>
        <source>{listings} listing(s) with {variants} variant(s) selected.</source>
        <translation>已选 {listings} 个商品，共 {variants} 个规格。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="57"/>
        <source>Change the price</source>
        <translation>修改价格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="58"/>
        <source>Set the stock</source>
        <translation>设置库存</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="59"/>
        <source>Set the status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="60"/>
        <source>Set the category</source>
        <translation>设置类目</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="61"/>
        <source>Add or remove tags</source>
        <translation>添加或移除标签</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="62"/>
        <source>Find and replace in titles</source>
        <translation>标题查找替换</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="78"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="84"/>
        <source>SKU / handle</source>
        <translation>SKU / 链接标识</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="84"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="84"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="84"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="111"/>
        <source>by a percentage</source>
        <translation>按百分比</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="112"/>
        <source>by an amount</source>
        <translation>按金额</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="113"/>
        <source>to a price</source>
        <translation>改为指定价格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="114"/>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="138"/>
        <source>-10 lowers by 10%</source>
        <translation>-10 即降低 10%</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="117"/>
        <source>No rounding</source>
        <translation>不取整</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="120"/>
        <source>Allow prices below cost</source>
        <translation>允许低于成本</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="121"/>
        <source>Change</source>
        <translation>修改方式</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="122"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="123"/>
        <source>Round down to the ending</source>
        <translation>向下取整到尾数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="125"/>
        <source>Compare-at prices do not change.</source>
        <translation>划线价不变。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="139"/>
        <source>-5.00 lowers by 5.00</source>
        <translation>-5.00 即降低 5.00</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="140"/>
        <source>e.g. 99.00</source>
        <translation>例如 99.00</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="149"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="158"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="166"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="171"/>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="172"/>
        <source>Separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="175"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="176"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="183"/>
        <source>Match case</source>
        <translation>区分大小写</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="186"/>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="187"/>
        <source>Replace with</source>
        <translation>替换为</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="206"/>
        <source>Type how much to change the price by</source>
        <translation>请输入价格的调整幅度</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="221"/>
        <source>A price cannot be negative</source>
        <translation>价格不能为负数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="288"/>
        <source>{value} — below cost, left unchanged</source>
        <translation>{value} — 低于成本，保持不变</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="299"/>
        <source>{changed} value(s) will change.</source>
        <translation>将修改 {changed} 个值。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="302"/>
        <source>{skipped} variant(s) would fall below cost and stay as they are.</source>
        <translation>{skipped} 个规格会低于成本，保持原价。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="305"/>
        <source>The first {n} are listed.</source>
        <translation>仅列出前 {n} 个。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="323"/>
        <source>Applying the bulk edit…</source>
        <translation>正在批量修改…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_bulk_dialog.py" line="328"/>
        <source>Bulk edit: {what}</source>
        <translation>批量编辑：{what}</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/calendar_view.py" line="245"/>
        <source>+{n} more</source>
        <translation>还有 {n} 项</translation>
    </message>
</context>
<context>
    <name>CampaignTask</name>
    <message>
        <location filename="../../shopkeeper/services/promotions_plan.py" line="34"/>
        <source>Choose the products for the campaign</source>
        <translation>选定参加活动的商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions_plan.py" line="35"/>
        <source>Check stock cover against expected demand</source>
        <translation>按预计需求检查库存是否充足</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions_plan.py" line="42"/>
        <source>Set the campaign prices</source>
        <translation>设置活动价格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions_plan.py" line="43"/>
        <source>Prepare the images</source>
        <translation>准备活动图片</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions_plan.py" line="50"/>
        <source>Prepare the coupons</source>
        <translation>准备优惠券</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions_plan.py" line="51"/>
        <source>Check stock cover once more</source>
        <translation>再次检查库存</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions_plan.py" line="54"/>
        <source>Review the results</source>
        <translation>复盘活动效果</translation>
    </message>
</context>
<context>
    <name>CannedRepliesDialog</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_replies_dialog.py" line="34"/>
        <source>Canned replies</source>
        <translation>快捷回复</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_replies_dialog.py" line="42"/>
        <source>Any language</source>
        <translation>任意语言</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_replies_dialog.py" line="43"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_replies_dialog.py" line="44"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_replies_dialog.py" line="49"/>
        <source>Variables: {names}</source>
        <translation>可用变量：{names}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_replies_dialog.py" line="55"/>
        <source>Title:</source>
        <translation>标题：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_replies_dialog.py" line="56"/>
        <source>Category:</source>
        <translation>分类：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_replies_dialog.py" line="57"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_replies_dialog.py" line="58"/>
        <source>Text:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_replies_dialog.py" line="61"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_replies_dialog.py" line="63"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_replies_dialog.py" line="65"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_replies_dialog.py" line="138"/>
        <source>Save canned reply “{title}”</source>
        <translation>保存快捷回复“{title}”</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_replies_dialog.py" line="147"/>
        <source>Delete canned reply</source>
        <translation>删除快捷回复</translation>
    </message>
</context>
<context>
    <name>CannedReplyPicker</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_reply_picker.py" line="29"/>
        <source>Insert a canned reply</source>
        <translation>插入快捷回复</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_reply_picker.py" line="33"/>
        <source>Search canned replies…</source>
        <translation>搜索快捷回复…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_reply_picker.py" line="37"/>
        <source>All languages</source>
        <translation>全部语言</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_reply_picker.py" line="38"/>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_reply_picker.py" line="39"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_reply_picker.py" line="48"/>
        <source>Insert</source>
        <translation>插入</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_reply_picker.py" line="61"/>
        <source>No canned reply matches.</source>
        <translation>没有匹配的快捷回复。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/canned_reply_picker.py" line="90"/>
        <source>No canned replies yet. Write your first ones with Manage &gt; Canned replies… at the top of the Inbox.</source>
        <translation>还没有快捷回复。请在“客服”页顶部的 管理 &gt; 快捷回复… 中编写。</translation>
    </message>
</context>
<context>
    <name>CellError</name>
    <message>
        <location filename="../../shopkeeper/services/exchange/cells.py" line="22"/>
        <source>“{value}” is not one of: {choices}</source>
        <translation>“{value}”不是以下值之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/cells.py" line="23"/>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/cells.py" line="24"/>
        <source>{field} is empty</source>
        <translation>{field}为空</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/dates.py" line="43"/>
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/dates.py" line="44"/>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/dates.py" line="45"/>
        <source>year/month/day</source>
        <translation>年/月/日</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/dates.py" line="48"/>
        <location filename="../../shopkeeper/services/exchange/parsing.py" line="34"/>
        <source>empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/dates.py" line="49"/>
        <source>not a date</source>
        <translation>不是日期</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/dates.py" line="50"/>
        <source>not a valid date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/dates.py" line="51"/>
        <source>not a valid time of day</source>
        <translation>不是有效的时间</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/dates.py" line="52"/>
        <source>ambiguous day/month order</source>
        <translation>无法确定日和月的先后顺序</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/dates.py" line="53"/>
        <source>not a valid date in {order} order</source>
        <translation>按“{order}”顺序读取不是有效日期</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/dates.py" line="54"/>
        <source>a time without a date</source>
        <translation>只有时间，没有日期</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/dates.py" line="55"/>
        <source>Excel date 60 is 29 February 1900, a day that never existed</source>
        <translation>Excel 日期序号 60 对应 1900 年 2 月 29 日，这一天并不存在</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/customers.py" line="13"/>
        <source>no customer id, name, email or phone: nothing to tell who this is</source>
        <translation>没有客户 ID、姓名、邮箱或电话，无法确定是哪位客户</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/keyed.py" line="24"/>
        <source>duplicate of row {row} ({key})</source>
        <translation>与第 {row} 行重复（{key}）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/listings.py" line="37"/>
        <source>the product {handle} has no title on any row</source>
        <translation>商品 {handle} 的所有行都没有标题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/listings.py" line="38"/>
        <source>no handle and no title: cannot tell which product</source>
        <translation>没有链接标识也没有标题，无法确定是哪个商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/listings.py" line="39"/>
        <source>Price is empty</source>
        <translation>价格为空</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/listings.py" line="40"/>
        <source>duplicate SKU {sku}: also in row {row}</source>
        <translation>SKU {sku} 重复：第 {row} 行也有</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/listings.py" line="41"/>
        <source>SKU {sku} already belongs to another product ({handle})</source>
        <translation>SKU {sku} 已属于另一个商品（{handle}）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/listings.py" line="44"/>
        <source>negative price or cost</source>
        <translation>价格或成本为负数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/listings.py" line="45"/>
        <source>the listing&apos;s quantity {stock} is shared among its {count} variations (Etsy gives one quantity per listing)</source>
        <translation>该商品的数量 {stock} 已分配给它的 {count} 个变体（Etsy 每个商品只给一个数量）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/orders.py" line="34"/>
        <source>unknown order status “{value}”</source>
        <translation>未知的订单状态“{value}”</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/orders.py" line="35"/>
        <source>same as row {row}; kept as a line of its own, since the platform charged both</source>
        <translation>与第 {row} 行相同；作为单独的一行保留，因为平台两次都收了款</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/orders.py" line="38"/>
        <source>the order&apos;s total is too large to store (more than 18 digits)</source>
        <translation>订单总额太大，无法保存（超过 18 位数字）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/orders.py" line="42"/>
        <source>quantity is 0</source>
        <translation>数量为 0</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/orders.py" line="43"/>
        <source>negative unit price (an adjustment, not a sale)</source>
        <translation>单价为负数（这是调整项，不是销售）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/orders.py" line="44"/>
        <source>negative discount, shipping or refund</source>
        <translation>优惠、运费或退款为负数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/orders.py" line="45"/>
        <source>another line of order {order} was rejected (row {row})</source>
        <translation>订单 {order} 的另一行被拒绝（第 {row} 行）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/promotions.py" line="25"/>
        <source>ends before it starts</source>
        <translation>结束时间早于开始时间</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/promotions.py" line="26"/>
        <source>Value: {reason}</source>
        <translation>优惠力度：{reason}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/promotions.py" line="27"/>
        <source>Tiers: “{text}” is not spend:save</source>
        <translation>阶梯：“{text}”不是“满:减”的格式</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/promotions.py" line="28"/>
        <source>Targets: “{text}” is not listing:, sku:, category: or tag: followed by a name</source>
        <translation>适用范围：“{text}”应为 listing:、sku:、category: 或 tag: 加名称</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/promotions.py" line="31"/>
        <source>Targets: the shop has no {what} “{name}”</source>
        <translation>适用范围：店铺里没有{what}“{name}”</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/promotions.py" line="32"/>
        <source>Combines with: no promotion “{name}” runs at the same time</source>
        <translation>可叠加：同一时间没有名为“{name}”的活动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/promotions.py" line="35"/>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/parsing.py" line="35"/>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/parsing.py" line="36"/>
        <source>not a whole number</source>
        <translation>不是整数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/parsing.py" line="37"/>
        <source>too large</source>
        <translation>数值太大</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/parsing.py" line="38"/>
        <source>more than {places} decimal places</source>
        <translation>小数超过 {places} 位</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/parsing.py" line="39"/>
        <source>more than 1 decimal place</source>
        <translation>小数超过 1 位</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/parsing.py" line="40"/>
        <source>decimals are not allowed for this currency</source>
        <translation>该币种不允许有小数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/parsing.py" line="41"/>
        <source>more precise than 0.01%</source>
        <translation>精度超过 0.01%</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/parsing.py" line="42"/>
        <source>Excel turned this into scientific notation ({value}); the digits are lost — format the column as Text and export again</source>
        <translation>Excel 已把它变成科学计数法（{value}），数字已丢失——请把该列设为“文本”格式后重新导出</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/parsing.py" line="47"/>
        <source>this long number lost its last digits in Excel (it keeps only 15) — format the column as Text and export again</source>
        <translation>这个长数字在 Excel 中丢失了末尾几位（Excel 只保留 15 位）——请把该列设为“文本”格式后重新导出</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/parsing.py" line="52"/>
        <source>Excel turned this code into a date ({value}) — format the column as Text and export again</source>
        <translation>Excel 已把这个编码变成日期（{value}）——请把该列设为“文本”格式后重新导出</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/parsing.py" line="57"/>
        <source>a TRUE/FALSE value, not a code</source>
        <translation>这是 TRUE/FALSE 逻辑值，不是编码</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/currency.py" line="14"/>
        <source>amounts in {currency}, but this shop keeps its amounts in {shop}: convert them first, or import into a {currency} shop</source>
        <translation>金额为 {currency}，但本店的金额以 {shop} 记账：请先换算，或导入到 {currency} 店铺</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/value_map.py" line="28"/>
        <source>“{value}” is not one of: {choices}. Map it in the import wizard&apos;s value step (or with --map-value {field}={value}:CHOICE)</source>
        <translation>“{value}”不是以下之一：{choices}。请在导入向导的取值步骤中对应（或使用 --map-value {field}={value}:CHOICE）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/value_map.py" line="33"/>
        <source>“{value}” is not one of: {choices}; imported as {choice}</source>
        <translation>“{value}”不是以下之一：{choices}；已按 {choice} 导入</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/tickets.py" line="38"/>
        <source>no subject, message, score or ticket number</source>
        <translation>没有主题、消息、评分或工单号</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/tickets.py" line="39"/>
        <source>score {score} is not on the {scale} scale ({low}–{high})</source>
        <translation>评分 {score} 不在 {scale} 范围内（{low}–{high}）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/tickets.py" line="42"/>
        <source>order {order_no} is not in the shop yet; the ticket is linked when it arrives</source>
        <translation>订单 {order_no} 还不在店铺中；导入该订单后工单会自动关联</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/tickets.py" line="45"/>
        <source>SKU {sku} is not in the shop yet; the ticket is linked when it arrives</source>
        <translation>SKU {sku} 还不在店铺中；导入后工单会自动关联</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/tickets.py" line="48"/>
        <source>reason “{value}” is not one of: {choices}; imported as other</source>
        <translation>原因“{value}”不是以下之一：{choices}；已按“其他”导入</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/tickets.py" line="51"/>
        <source>none of the {count} customers in this file is in the shop; they will be added as new customers. If your orders name customers differently (a buyer name instead of an email, say), map the Customer column to that column instead</source>
        <translation>文件中的 {count} 个客户都不在店铺中，将作为新客户添加。如果订单里的客户写法不同（例如用买家昵称而不是邮箱），请把“客户”字段对应到那一列</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/plans.py" line="31"/>
        <source>this row is not UTF-8 like the rest of the file; it was read as Windows-1252 (check its accented letters)</source>
        <translation>这一行不像文件其余部分那样是 UTF-8；已按 Windows-1252 读取（请检查其中的重音字母）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/kinds/ticket_age.py" line="23"/>
        <source>tickets without a status whose customer last wrote before {cutoff} ({days} days before this import) are imported as resolved ({count:,} in this file), so old reviews and chats do not fill the Inbox; map a Status column to keep them open</source>
        <translation>没有状态、且买家最后一次留言早于 {cutoff}（本次导入前 {days} 天）的工单以“已解决”导入（本文件中有 {count:,} 个），以免旧评价和聊天记录挤满客服收件箱；如要保持未处理，请映射“状态”列</translation>
    </message>
</context>
<context>
    <name>ChannelsPage</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_channels_page.py" line="41"/>
        <source>Title per channel (empty: the main title)</source>
        <translation>各渠道标题（留空：使用主标题）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_channels_page.py" line="59"/>
        <source>Price per channel (empty: the main price)</source>
        <translation>各渠道价格（留空：使用主价格）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_channels_page.py" line="63"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_channels_page.py" line="77"/>
        <source>New variants get their own channel prices after the first save.</source>
        <translation>新规格保存一次后即可设置渠道价格。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_channels_page.py" line="92"/>
        <location filename="../../shopkeeper/ui/dialogs/listing_channels_page.py" line="109"/>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_channels_page.py" line="92"/>
        <location filename="../../shopkeeper/ui/dialogs/listing_channels_page.py" line="109"/>
        <source>chars</source>
        <translation>字符</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_channels_page.py" line="143"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <location filename="../../shopkeeper/ui/charts.py" line="126"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/charts.py" line="127"/>
        <source>Copy the chart as a picture</source>
        <translation>把图表复制为图片</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/charts.py" line="129"/>
        <source>Save as…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/charts.py" line="130"/>
        <source>Save the chart as PNG or SVG</source>
        <translation>把图表保存为 PNG 或 SVG</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/charts.py" line="203"/>
        <source>Save chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/charts.py" line="205"/>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/charts.py" line="225"/>
        <source>Copy chart</source>
        <translation>复制图表</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/charts.py" line="226"/>
        <source>Save as PNG or SVG…</source>
        <translation>保存为 PNG 或 SVG…</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="80"/>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="91"/>
        <source>Close ticket</source>
        <translation>关闭工单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="82"/>
        <source>No score</source>
        <translation>无评分</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="83"/>
        <source>CSAT (1–5)</source>
        <translation>满意度 CSAT（1–5）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="84"/>
        <source>NPS (0–10)</source>
        <translation>净推荐值 NPS（0–10）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="89"/>
        <source>Satisfaction:</source>
        <translation>满意度：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="90"/>
        <source>Score:</source>
        <translation>评分：</translation>
    </message>
</context>
<context>
    <name>ContentDialog</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="72"/>
        <source>Plan content</source>
        <translation>内容计划</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="73"/>
        <source>e.g. 618 种草笔记</source>
        <translation>例如：618 种草笔记</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="78"/>
        <source>Post</source>
        <translation>帖子</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="79"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="80"/>
        <source>Live stream</source>
        <translation>直播</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="81"/>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="90"/>
        <source>No promotion</source>
        <translation>不关联活动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="95"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="96"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="97"/>
        <source>Format</source>
        <translation>形式</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="98"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="99"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="100"/>
        <source>Supports</source>
        <translation>关联活动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="101"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
</context>
<context>
    <name>DateOrderChooser</name>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/date_order.py" line="19"/>
        <source>How are the dates written?</source>
        <translation>日期按什么顺序书写？</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/date_order.py" line="21"/>
        <source>Day first (day/month/year)</source>
        <translation>日在前（日/月/年）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/date_order.py" line="22"/>
        <source>Month first (month/day/year)</source>
        <translation>月在前（月/日/年）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/date_order.py" line="23"/>
        <source>Year first (year/month/day)</source>
        <translation>年在前（年/月/日）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/date_order.py" line="38"/>
        <source>The dates in column “{column}” can be read in more than one way, for example “{example}”. Shopkeeper does not guess: choose how this file writes them.</source>
        <translation>“{column}”列中的日期有多种读法，例如“{example}”。Shopkeeper 不会猜测，请选择这个文件的日期写法。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/date_order.py" line="64"/>
        <source>{name}: {example} is {date}</source>
        <translation>{name}：{example} 即 {date}</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="166"/>
        <source>Show results</source>
        <translation>查看活动效果</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="168"/>
        <source>Check stock cover</source>
        <translation>检查库存</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="171"/>
        <source>Which SKUs may run out: stock against what they sold over the same days a year ago</source>
        <translation>哪些 SKU 可能断货：库存对比去年同期销量</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="189"/>
        <source>&lt;p style=&apos;color:palette(placeholder-text)&apos;&gt;Click a promotion to see it here; double-click to edit it, drag it to move it.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:palette(placeholder-text)&apos;&gt;单击活动在此查看；双击编辑，拖动可改期。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="200"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="209"/>
        <source>Budget: {amount}</source>
        <translation>预算：{amount}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="218"/>
        <source>{n} variant-days below the price floor, e.g. {sku}: {lowest} &lt; {floor}</source>
        <translation>{n} 个 SKU·天低于价格底线，例如 {sku}：{lowest} &lt; {floor}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="233"/>
        <source>Overlaps without combining: {names}</source>
        <translation>时间重叠但不可叠加：{names}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="254"/>
        <source>Every SKU of {name} has stock for the expected demand.</source>
        <translation>{name} 的每个 SKU 库存都够预计需求。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="259"/>
        <source>{sku}: {stock} in stock, about {expected} expected</source>
        <translation>{sku}：库存 {stock}，预计需要约 {expected}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="265"/>
        <source>{n} SKUs may run out during {name}:</source>
        <translation>{name} 期间有 {n} 个 SKU 可能断货：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="270"/>
        <source>… and {n} more</source>
        <translation>……还有 {n} 个</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="271"/>
        <source>Stock cover</source>
        <translation>库存检查</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="274"/>
        <source>Checking stock cover</source>
        <translation>正在检查库存</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="286"/>
        <source>Sales {sales} ({orders} orders, {units} units)
Discount given {discount}
Gross profit {profit}
Lift against the {days} days before: {lift}
ROI: {roi}</source>
        <translation>销售额 {sales}（{orders} 单，{units} 件）
让利 {discount}
毛利 {profit}
较活动前 {days} 天的提升：{lift}
ROI：{roi}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_panels.py" line="298"/>
        <source>Results of {name}</source>
        <translation>{name} 的活动效果</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="20"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="42"/>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="91"/>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="132"/>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="138"/>
        <source>Your shop was not changed.</source>
        <translation>店铺数据没有任何改动。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="45"/>
        <source>Nothing was imported. Fix the {count:,} rejected rows in {name} and import it again.</source>
        <translation>未导入任何数据。请修正 {name} 中被拒绝的 {count:,} 行，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="51"/>
        <source>Importing from {name}.</source>
        <translation>正在从 {name} 导入。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="52"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="68"/>
        <source>Importing {name}…</source>
        <translation>正在导入 {name}…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="84"/>
        <source>The import is complete.</source>
        <translation>导入完成。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="86"/>
        <source>Imported: {new:,} new, {changed:,} changed.</source>
        <translation>已导入：新增 {new:,} 条，更新 {changed:,} 条。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="94"/>
        <source>Nothing to import: every good row is already in your shop.</source>
        <translation>没有需要导入的数据：所有有效行都已在店铺中。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="96"/>
        <source>Nothing to import: every row of the file was rejected.</source>
        <translation>没有可导入的内容：文件中的每一行都被拒绝了。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="102"/>
        <source>1 row was already up to date.</source>
        <translation>1 行已是最新，无需更新。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="104"/>
        <source>{count:,} rows were already up to date.</source>
        <translation>{count:,} 行已是最新，无需更新。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="114"/>
        <source>1 rejected row was saved to {path}.</source>
        <translation>1 行被拒绝的数据已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="116"/>
        <source>{count:,} rejected rows were saved to {path}.</source>
        <translation>{count:,} 行被拒绝的数据已保存到 {path}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="122"/>
        <source>A backup was taken just before the import: File &gt; Restore… brings the shop back to how it was.</source>
        <translation>导入前已自动备份：通过“文件 &gt; 恢复…”可把店铺还原到导入前的状态。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="133"/>
        <source>Nothing was imported.</source>
        <translation>未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/done_page.py" line="139"/>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>导入已取消，未导入任何数据。</translation>
    </message>
</context>
<context>
    <name>ErrorHandler</name>
    <message>
        <location filename="../../shopkeeper/ui/error_handler.py" line="41"/>
        <source>Shopkeeper ran into an unexpected problem. Nothing was saved from the step that failed; your shop file is safe. The details were written to the log in {folder}.</source>
        <translation>Shopkeeper 遇到了意外问题。失败的这一步没有保存任何内容，店铺文件是安全的。详细信息已写入 {folder} 中的日志。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/error_handler.py" line="54"/>
        <source>Shopkeeper</source>
        <translation>Shopkeeper</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="36"/>
        <source>Add my own event</source>
        <translation>添加自定义事件</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="37"/>
        <source>e.g. Shop anniversary</source>
        <translation>例如：店铺周年庆</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="42"/>
        <source>Every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="43"/>
        <source>Every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="44"/>
        <source>Once</source>
        <translation>仅一次</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="49"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="50"/>
        <source>From</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="51"/>
        <source>To</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="52"/>
        <source>Repeats</source>
        <translation>重复</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/calendar_entry_dialogs.py" line="53"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ExchangeActions</name>
    <message>
        <location filename="../../shopkeeper/ui/exchange_actions.py" line="21"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/exchange_actions.py" line="26"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/exchange_actions.py" line="41"/>
        <source>Indexing orders for search…</source>
        <translation>正在为搜索建立订单索引…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/exchange_actions.py" line="46"/>
        <source>Imported: {new:,} new, {changed:,} changed.</source>
        <translation>已导入：新增 {new:,} 条，更新 {changed:,} 条。</translation>
    </message>
</context>
<context>
    <name>ExchangeKinds</name>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/labels.py" line="12"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/labels.py" line="13"/>
        <source>Listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/labels.py" line="14"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/labels.py" line="15"/>
        <source>Tickets</source>
        <translation>客服工单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/labels.py" line="16"/>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/labels.py" line="17"/>
        <source>Ad spend</source>
        <translation>推广花费</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/labels.py" line="18"/>
        <source>Competitor prices</source>
        <translation>竞品价格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/labels.py" line="19"/>
        <source>Promotions</source>
        <translation>促销活动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/labels.py" line="50"/>
        <source>Spreadsheets and CSV files ({patterns})</source>
        <translation>表格和 CSV 文件 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/labels.py" line="53"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="60"/>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="92"/>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="213"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="68"/>
        <source>Choose…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="70"/>
        <source>Only &amp;listings changed since the last export to this format</source>
        <translation>只导出自上次导出到此格式以来改动过的商品(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="83"/>
        <source>&amp;Export:</source>
        <translation>导出(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="84"/>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="85"/>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="133"/>
        <source>A spreadsheet with a frozen header, number and date formats. Importing it back changes nothing.</source>
        <translation>带冻结表头、数字和日期格式的表格。原样导入回来不会改动任何数据。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="137"/>
        <source>A CSV file for a platform&apos;s importer or another program.</source>
        <translation>供平台导入工具或其他程序使用的 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="162"/>
        <source>Never exported to this format yet: every listing goes in the file.</source>
        <translation>尚未导出过此格式：所有商品都会写入文件。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="166"/>
        <source>Last exported to this format: {when}.</source>
        <translation>上次导出到此格式：{when}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="180"/>
        <source>Export to file</source>
        <translation>导出到文件</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="206"/>
        <source>Choose a file in an existing folder.</source>
        <translation>请选择已存在的文件夹中的文件。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="214"/>
        <source>{name} exists. Replace it?</source>
        <translation>{name} 已存在。要替换吗？</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="222"/>
        <source>Exporting {kind}…</source>
        <translation>正在导出{kind}…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="257"/>
        <source>Exported, with a warning</source>
        <translation>已导出，但请注意</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="260"/>
        <source>Exported {count:,} rows to {path}.</source>
        <translation>已导出 {count:,} 行到 {path}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="271"/>
        <source>The file could not be written: {error}</source>
        <translation>无法写入文件：{error}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/export_dialog.py" line="285"/>
        <source>The export was cancelled. No file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>ExportFormat</name>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/labels.py" line="24"/>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/labels.py" line="25"/>
        <source>CSV (UTF-8, opens in Excel)</source>
        <translation>CSV（UTF-8，可用 Excel 打开）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/labels.py" line="26"/>
        <source>Shopify product CSV</source>
        <translation>Shopify 商品 CSV</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/labels.py" line="27"/>
        <source>Taobao Assistant CSV (淘宝助理)</source>
        <translation>淘宝助理 CSV</translation>
    </message>
</context>
<context>
    <name>ExportWarning</name>
    <message>
        <location filename="../../shopkeeper/services/exchange/cell_limits.py" line="17"/>
        <source>{count} cells hold more than 32,767 characters, Excel&apos;s limit, and were cut there (first: row {row}, {column}). Re-importing this file keeps the shop&apos;s full text; export as CSV to keep every character in the file.</source>
        <translation>{count} 个单元格超过 Excel 的 32,767 个字符上限，已在该处截断（第一个：第 {row} 行，{column}）。重新导入此文件会保留店铺中的完整文本；要在文件中保留全部字符，请导出为 CSV。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/cell_limits.py" line="23"/>
        <source>{count} cells begin with =, +, - or @ and may run as a formula if this file is opened in a spreadsheet (first: row {row}, {column}). The platform reads them as text; open the file in a spreadsheet only with care.</source>
        <translation>{count} 个单元格以 =、+、- 或 @ 开头，用电子表格打开此文件时可能被当作公式执行（第一个：第 {row} 行，{column}）。平台会把它们当作文本读取；用电子表格打开时请小心。</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/orders.py" line="12"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="61"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/orders.py" line="19"/>
        <source>Placed at</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/orders.py" line="28"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="25"/>
        <source>Customer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/customers.py" line="23"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/orders.py" line="36"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="29"/>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/customers.py" line="26"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/orders.py" line="39"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/competitor_prices.py" line="12"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="74"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/orders.py" line="45"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="65"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/orders.py" line="51"/>
        <source>Item title</source>
        <translation>商品标题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/orders.py" line="57"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/orders.py" line="64"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/orders.py" line="72"/>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/orders.py" line="78"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="69"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/orders.py" line="84"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="71"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="39"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/orders.py" line="90"/>
        <source>Refund</source>
        <translation>退款金额</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/daily.py" line="13"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/daily.py" line="36"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/orders.py" line="96"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="65"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="51"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/orders.py" line="102"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="137"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/orders.py" line="106"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/orders.py" line="110"/>
        <source>Tracking number</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="15"/>
        <source>Option 1 name</source>
        <translation>规格1名称</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="16"/>
        <source>Option 1 value</source>
        <translation>规格1值</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="19"/>
        <source>Option 2 name</source>
        <translation>规格2名称</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="20"/>
        <source>Option 2 value</source>
        <translation>规格2值</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="23"/>
        <source>Option 3 name</source>
        <translation>规格3名称</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="24"/>
        <source>Option 3 value</source>
        <translation>规格3值</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="47"/>
        <source>Handle</source>
        <translation>链接标识</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="51"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="54"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="61"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/customers.py" line="37"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="66"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="93"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="77"/>
        <source>Barcode</source>
        <translation>条形码</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/competitor_prices.py" line="27"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="83"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="90"/>
        <source>Compare-at price</source>
        <translation>划线价</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="97"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="119"/>
        <source>Cost</source>
        <translation>成本价</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="103"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="110"/>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="120"/>
        <source>Image</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="127"/>
        <source>SEO title</source>
        <translation>SEO 标题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="133"/>
        <source>SEO description</source>
        <translation>SEO 描述</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="142"/>
        <source>Subtitle (selling points)</source>
        <translation>副标题（卖点）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="148"/>
        <source>Search keywords</source>
        <translation>搜索关键词</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="160"/>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/customers.py" line="12"/>
        <source>Customer ID</source>
        <translation>客户 ID</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/customers.py" line="18"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="25"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/customers.py" line="32"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="12"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="18"/>
        <source>Message</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="32"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="32"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="46"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="54"/>
        <source>Created at</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="68"/>
        <source>Satisfaction score</source>
        <translation>满意度评分</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="75"/>
        <source>Ticket number</source>
        <translation>工单号</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="82"/>
        <source>Message from</source>
        <translation>发送方</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="89"/>
        <source>Message time</source>
        <translation>消息时间</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="96"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="102"/>
        <source>Score scale</source>
        <translation>评分类型</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/tickets.py" line="109"/>
        <source>Snoozed until</source>
        <translation>稍后处理至</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/daily.py" line="10"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/daily.py" line="33"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/daily.py" line="19"/>
        <source>Visitors</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/daily.py" line="26"/>
        <source>Page views</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/daily.py" line="42"/>
        <source>Spend</source>
        <translation>花费</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/daily.py" line="49"/>
        <source>Impressions</source>
        <translation>展现量</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/daily.py" line="53"/>
        <source>Clicks</source>
        <translation>点击量</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/daily.py" line="56"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/daily.py" line="62"/>
        <source>Revenue</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/competitor_prices.py" line="19"/>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/competitor_prices.py" line="24"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/competitor_prices.py" line="34"/>
        <source>Observed on</source>
        <translation>采集日期</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="41"/>
        <source>Value</source>
        <translation>优惠力度</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="47"/>
        <source>Threshold</source>
        <translation>使用门槛</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="53"/>
        <source>Starts at</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="60"/>
        <source>Ends at</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="66"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/listings.py" line="154"/>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="67"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="76"/>
        <source>Tiers</source>
        <translation>优惠阶梯</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="79"/>
        <source>Targets</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="85"/>
        <source>Combines with</source>
        <translation>可叠加</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="91"/>
        <source>Coupon code</source>
        <translation>券码</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="97"/>
        <source>Quantity limit</source>
        <translation>数量上限</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="103"/>
        <source>Limit per buyer</source>
        <translation>每人限领</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="109"/>
        <source>Buy quantity</source>
        <translation>购买件数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="115"/>
        <source>Free quantity</source>
        <translation>赠送件数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/field_tables/promotions.py" line="120"/>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/file_page.py" line="36"/>
        <source>Choose what to import</source>
        <translation>选择要导入的内容</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/file_page.py" line="39"/>
        <source>Pick the kind of data and the file it is in. Nothing in your shop changes until you confirm on the last step.</source>
        <translation>选择数据类型和所在的文件。在最后一步确认之前，店铺数据不会有任何改动。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/file_page.py" line="47"/>
        <source>Choose a file, or drop one on the main window</source>
        <translation>选择文件，或把文件拖到主窗口上</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/file_page.py" line="49"/>
        <source>Choose…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/file_page.py" line="56"/>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/file_page.py" line="59"/>
        <source>&amp;Import:</source>
        <translation>导入(&amp;I)：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/file_page.py" line="61"/>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/file_page.py" line="65"/>
        <source>Shopkeeper reads Excel (.xlsx, .xlsm, .xls), OpenDocument (.ods) and text (.csv, .tsv, .txt) files, in English or Chinese.</source>
        <translation>Shopkeeper 可读取中文或英文的 Excel（.xlsx、.xlsm、.xls）、OpenDocument（.ods）和文本（.csv、.tsv、.txt）文件。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/file_page.py" line="85"/>
        <source>Automatic (recognise the platform)</source>
        <translation>自动（识别平台）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/file_page.py" line="91"/>
        <source>Automatic knows the exports of Shopify, Etsy and Taobao Assistant and matches any other file by its column names.</source>
        <translation>“自动”可识别 Shopify、Etsy 和淘宝助理导出的文件，其他文件则按列名匹配。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/file_page.py" line="110"/>
        <source>Import from file</source>
        <translation>从文件导入</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/file_page.py" line="152"/>
        <source>Reading {name}…</source>
        <translation>正在读取 {name}…</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/filter_bar.py" line="65"/>
        <location filename="../../shopkeeper/ui/widgets/filter_bar.py" line="150"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/filter_bar.py" line="67"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/filter_bar.py" line="101"/>
        <source>Placed:</source>
        <translation>下单时间：</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <location filename="../../shopkeeper/services/exchange/formats.py" line="62"/>
        <source>Shopify product CSV</source>
        <translation>Shopify 商品 CSV</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/formats.py" line="118"/>
        <source>Shopify orders export</source>
        <translation>Shopify 订单导出</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/formats.py" line="156"/>
        <source>Etsy listings CSV</source>
        <translation>Etsy 商品 CSV</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/formats.py" line="194"/>
        <source>Taobao Assistant CSV (淘宝助理)</source>
        <translation>淘宝助理 CSV</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/formats.py" line="220"/>
        <source>Other spreadsheet</source>
        <translation>其他表格</translation>
    </message>
</context>
<context>
    <name>ImagesPage</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_images.py" line="55"/>
        <source>Add images…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_images.py" line="57"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_images.py" line="59"/>
        <source>Move earlier</source>
        <translation>前移</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_images.py" line="61"/>
        <source>Move later</source>
        <translation>后移</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_images.py" line="68"/>
        <source>Alt text:</source>
        <translation>替代文字：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_images.py" line="70"/>
        <source>What the picture shows, for search engines and screen readers</source>
        <translation>描述图片内容，供搜索引擎和读屏软件使用</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_images.py" line="103"/>
        <source>Image {n}</source>
        <translation>图片 {n}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_images.py" line="110"/>
        <source>Add images</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_images.py" line="112"/>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp);;All files (*)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.webp *.bmp);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/page.py" line="30"/>
        <source>Something unexpected went wrong; the details were written to the log. Nothing was changed.</source>
        <translation>出现意外错误，详细信息已写入日志。没有做任何改动。</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/wizard.py" line="47"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
</context>
<context>
    <name>InboxFolders</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/inbox_folders.py" line="26"/>
        <source>Folders</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/inbox_folders.py" line="29"/>
        <source>Kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/inbox_folders.py" line="32"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>InboxTab</name>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox.py" line="68"/>
        <source>Inbox</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="122"/>
        <source>Search subjects and messages…</source>
        <translation>搜索主题和消息…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="184"/>
        <source>No reason</source>
        <translation>无原因</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="188"/>
        <source>Tags, separated by commas</source>
        <translation>标签，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="202"/>
        <source>Resolve</source>
        <translation>标为已解决</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="205"/>
        <source>Close…</source>
        <translation>关闭…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="206"/>
        <source>Snooze…</source>
        <translation>稍后处理…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="207"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="213"/>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="216"/>
        <source>Order…</source>
        <translation>订单…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="217"/>
        <source>Listing (SKU)…</source>
        <translation>商品（SKU）…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox.py" line="74"/>
        <source>Loading tickets…</source>
        <translation>正在加载工单…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox.py" line="134"/>
        <source>{count} tickets</source>
        <translation>{count} 个工单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox.py" line="139"/>
        <source>No tickets here.</source>
        <translation>这里没有工单。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox.py" line="139"/>
        <source>Pick another folder or clear the search.</source>
        <translation>请选择其他文件夹或清除搜索。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox.py" line="143"/>
        <source>No tickets yet.</source>
        <translation>还没有工单。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox.py" line="144"/>
        <source>Import chats, reviews or emails with File &gt; Import… (Ctrl+I).</source>
        <translation>用 文件 &gt; 导入…（Ctrl+I）导入聊天记录、评价或邮件。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox.py" line="210"/>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="99"/>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="74"/>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="68"/>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="70"/>
        <source>Unread</source>
        <translation>未读</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="73"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="88"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="90"/>
        <source>Age</source>
        <translation>时长</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="97"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="104"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="126"/>
        <source>Manage</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="129"/>
        <source>New ticket…</source>
        <translation>新建工单…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="131"/>
        <source>Canned replies…</source>
        <translation>快捷回复…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_layout.py" line="133"/>
        <source>Service hours and response targets…</source>
        <translation>服务时间和响应目标…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox.py" line="205"/>
        <source>No ticket selected</source>
        <translation>未选择工单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox.py" line="216"/>
        <source>snoozed until {time}</source>
        <translation>稍后处理至 {time}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="53"/>
        <source>Set “{subject}” to {state}</source>
        <translation>将“{subject}”设为{state}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="60"/>
        <source>Edit “{subject}”</source>
        <translation>编辑“{subject}”</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_replies.py" line="47"/>
        <source>Reply to “{subject}”</source>
        <translation>回复“{subject}”</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_replies.py" line="51"/>
        <source>Copied: paste it into the platform&apos;s chat.</source>
        <translation>已复制：请粘贴到平台的聊天窗口。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_replies.py" line="75"/>
        <source>The note is empty. Write something first.</source>
        <translation>备注是空的，请先写点内容。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_replies.py" line="76"/>
        <source>Note on “{subject}”</source>
        <translation>备注“{subject}”</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="74"/>
        <source>Close “{subject}”</source>
        <translation>关闭“{subject}”</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="89"/>
        <source>Snooze {count} tickets</source>
        <translation>稍后处理 {count} 个工单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="111"/>
        <source>Merge ticket</source>
        <translation>合并工单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="112"/>
        <source>Move this ticket&apos;s messages into:</source>
        <translation>把这个工单的消息移到：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="114"/>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="214"/>
        <source>Merge</source>
        <translation>合并</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="121"/>
        <source>Merge “{subject}”</source>
        <translation>合并“{subject}”</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="136"/>
        <source>Link an order</source>
        <translation>关联订单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="137"/>
        <source>Order number:</source>
        <translation>订单号：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="143"/>
        <source>Link order {order}</source>
        <translation>关联订单 {order}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="154"/>
        <source>Link a listing</source>
        <translation>关联商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="155"/>
        <source>SKU:</source>
        <translation>SKU：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="161"/>
        <source>Link SKU {sku}</source>
        <translation>关联 SKU {sku}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="186"/>
        <source>New ticket “{subject}”</source>
        <translation>新建工单“{subject}”</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_replies.py" line="84"/>
        <source>The message is empty. Paste what the customer wrote.</source>
        <translation>消息是空的，请粘贴客户写的内容。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_replies.py" line="87"/>
        <source>Customer message on “{subject}”</source>
        <translation>记录“{subject}”的客户消息</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="204"/>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="221"/>
        <source>Merge customers</source>
        <translation>合并客户</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/inbox_actions.py" line="205"/>
        <source>Merge this duplicate into the ticket&apos;s customer; their orders and tickets move over:</source>
        <translation>把这个重复客户合并到工单的客户，其订单和工单一并转移：</translation>
    </message>
</context>
<context>
    <name>Job</name>
    <message>
        <location filename="../../shopkeeper/ui/background.py" line="127"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/background.py" line="143"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
</context>
<context>
    <name>Kpi</name>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="31"/>
        <source>Gross sales</source>
        <translation>销售总额</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="32"/>
        <source>Sum of unit price × quantity of the lines of orders placed in the range, before discounts and refunds. Cancelled orders (including C-invoices) count nowhere.</source>
        <translation>区间内下单订单各行的单价 × 数量之和，未减折扣和退款。已取消的订单（包括 C 开头的发票）一律不计。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="41"/>
        <source>Discounts</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="42"/>
        <source>Order and line discounts of the orders placed in the range.</source>
        <translation>区间内下单订单的整单折扣和商品行折扣。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="47"/>
        <source>Refunds</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="48"/>
        <source>Money refunded in the range, dated by the refund&apos;s date (the order&apos;s date when the file gave none), on orders that were not cancelled.</source>
        <translation>区间内退还的金额，按退款日期计（文件没有退款日期时按订单日期），不含已取消订单。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="57"/>
        <source>Net sales</source>
        <translation>净销售额</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="58"/>
        <source>Gross sales − discounts − refunds.</source>
        <translation>销售总额 − 折扣 − 退款。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="63"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="64"/>
        <source>Orders placed in the range (by their placed-at time in the shop&apos;s time zone), cancelled ones left out.</source>
        <translation>区间内下单的订单（按店铺时区的下单时间），不含已取消订单。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="73"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="74"/>
        <source>Items sold: the sum of the quantities on those orders&apos; lines.</source>
        <translation>售出件数：这些订单各行数量之和。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="79"/>
        <source>Average order value</source>
        <translation>平均订单金额</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="80"/>
        <source>(Gross sales − discounts) ÷ orders, rounded half-up to the cent.</source>
        <translation>（销售总额 − 折扣）÷ 订单数，四舍五入到分。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="87"/>
        <source>Buyers</source>
        <translation>买家数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="88"/>
        <source>Distinct identified customers with an order in the range, plus one per guest order.</source>
        <translation>区间内有订单的不同已识别顾客数，每笔游客订单另计一位。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="96"/>
        <source>Sales per buyer (客单价)</source>
        <translation>客单价</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="97"/>
        <source>(Gross sales − discounts) ÷ buyers, rounded half-up to the cent.</source>
        <translation>（销售总额 − 折扣）÷ 买家数，四舍五入到分。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="104"/>
        <source>Visitors</source>
        <translation>访客数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="105"/>
        <source>Visitors from the imported traffic data, summed over the days.</source>
        <translation>导入的流量数据中的访客数，按天相加。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="110"/>
        <source>Page views</source>
        <translation>浏览量</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="111"/>
        <source>Page views from the imported traffic data.</source>
        <translation>导入的流量数据中的浏览量。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="116"/>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="117"/>
        <source>Orders ÷ visitors. Shown as “no traffic data” when no traffic was imported for the range, never as 0%.</source>
        <translation>订单数 ÷ 访客数。区间没有导入流量数据时显示“无流量数据”，而不是 0%。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="126"/>
        <source>Repeat-purchase rate</source>
        <translation>复购率</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="127"/>
        <source>Identified customers with 2 or more orders in the range ÷ identified customers with an order in the range (guests left out).</source>
        <translation>区间内下单 2 次及以上的已识别顾客 ÷ 区间内有订单的已识别顾客（不含游客）。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="136"/>
        <source>Returning-customer rate</source>
        <translation>老顾客占比</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="137"/>
        <source>Identified customers in the range who had ordered before it ÷ identified customers with an order in the range.</source>
        <translation>区间内在此之前下过单的已识别顾客 ÷ 区间内有订单的已识别顾客。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="146"/>
        <source>Refund rate</source>
        <translation>退款率</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="147"/>
        <source>Refunds ÷ gross sales, by value. Refunds are dated by refund date, so a quiet range after a busy one can show more than 100%.</source>
        <translation>退款 ÷ 销售总额（按金额）。退款按退款日期计，所以旺季之后的淡季区间可能超过 100%。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="156"/>
        <source>Refund rate by count</source>
        <translation>退款率（按单数）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="157"/>
        <source>Orders with a refund in the range ÷ orders.</source>
        <translation>区间内有退款的订单数 ÷ 订单数。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="162"/>
        <source>Cost of goods</source>
        <translation>商品成本</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="163"/>
        <source>Quantity × the unit cost kept on each order line when it was imported; lines without a cost are left out and counted.</source>
        <translation>数量 × 导入时记在每个订单行上的单位成本；没有成本的行不计入，并另行统计。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="172"/>
        <source>Channel fees</source>
        <translation>平台费用</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="173"/>
        <source>Each channel&apos;s fee percentage of its (gross sales − discounts) plus its fixed fee per order, as set in the channel settings.</source>
        <translation>各渠道按渠道设置收取的（销售总额 − 折扣）的费率，加上每单固定费用。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="182"/>
        <source>Gross profit</source>
        <translation>毛利</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="183"/>
        <source>Net sales − cost of goods − channel fees.</source>
        <translation>净销售额 − 商品成本 − 平台费用。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="188"/>
        <source>Gross margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="189"/>
        <source>Gross profit ÷ net sales.</source>
        <translation>毛利 ÷ 净销售额。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="194"/>
        <source>Lines without cost</source>
        <translation>无成本的订单行</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="195"/>
        <source>Order lines in the range with no cost kept; their cost is missing from gross profit, so profit reads high by that much.</source>
        <translation>区间内没有记录成本的订单行；毛利中缺少它们的成本，所以毛利会偏高这么多。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="204"/>
        <source>Ad spend</source>
        <translation>广告花费</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="205"/>
        <source>Advertising spend from the imported ad data.</source>
        <translation>导入的广告数据中的花费。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="210"/>
        <source>ROAS</source>
        <translation>ROAS（广告回报）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="211"/>
        <source>Revenue the ad platforms attribute to ads ÷ ad spend.</source>
        <translation>广告平台归因于广告的收入 ÷ 广告花费。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="216"/>
        <source>Cost per ad order (CPA)</source>
        <translation>每单广告成本（CPA）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="217"/>
        <source>Ad spend ÷ orders the ad platforms attribute to ads, rounded half-up.</source>
        <translation>广告花费 ÷ 广告平台归因于广告的订单数，四舍五入。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="224"/>
        <source>Tickets opened</source>
        <translation>新工单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="225"/>
        <source>Customer tickets created in the range (merged tickets counted once).</source>
        <translation>区间内创建的客户工单（合并的工单只计一次）。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="232"/>
        <source>Median first response</source>
        <translation>首次回复时长中位数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="233"/>
        <source>Median time from a ticket&apos;s creation to the seller&apos;s first reply, over tickets opened in the range that have a reply.</source>
        <translation>区间内已有回复的工单，从创建到卖家首次回复的时间中位数。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="242"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="243"/>
        <source>Tickets rated 4 or 5 stars ÷ rated tickets opened in the range (CSAT).</source>
        <translation>区间内评分为 4 或 5 星的工单 ÷ 有评分的工单（CSAT）。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="250"/>
        <source>NPS</source>
        <translation>NPS（净推荐值）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi_definitions.py" line="251"/>
        <source>Net promoter score of tickets opened in the range rated 0–10: (promoters 9–10 − detractors 0–6) ÷ rated, from −100 to 100.</source>
        <translation>区间内按 0–10 评分的工单的净推荐值：（推荐者 9–10 − 贬损者 0–6）÷ 评分数，范围 −100 到 100。</translation>
    </message>
</context>
<context>
    <name>KpiCards</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_cards.py" line="22"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_cards.py" line="23"/>
        <source>Order value</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_cards.py" line="24"/>
        <source>Traffic</source>
        <translation>流量</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_cards.py" line="26"/>
        <source>Customers</source>
        <translation>顾客</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_cards.py" line="30"/>
        <source>Refunds and profit</source>
        <translation>退款与利润</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_cards.py" line="33"/>
        <source>Advertising</source>
        <translation>广告</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_cards.py" line="35"/>
        <source>Service</source>
        <translation>客服</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_cards.py" line="82"/>
        <location filename="../../shopkeeper/ui/widgets/kpi_cards.py" line="88"/>
        <source>no change</source>
        <translation>持平</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_cards.py" line="83"/>
        <source>{points:+.1f} pt</source>
        <translation>{points:+.1f} 个百分点</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_cards.py" line="85"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_cards.py" line="200"/>
        <source>not by category</source>
        <translation>不按类目统计</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_cards.py" line="203"/>
        <source>no traffic data</source>
        <translation>无流量数据</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_cards.py" line="208"/>
        <source>{n} order lines have no cost: profit reads high.</source>
        <translation>有 {n} 个订单行没有成本：毛利偏高。</translation>
    </message>
</context>
<context>
    <name>KpiControls</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_controls.py" line="61"/>
        <source>By day</source>
        <translation>按天</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_controls.py" line="62"/>
        <source>By week</source>
        <translation>按周</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_controls.py" line="63"/>
        <source>By month</source>
        <translation>按月</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_controls.py" line="68"/>
        <source>vs previous period</source>
        <translation>对比上一周期</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_controls.py" line="69"/>
        <source>vs same period last year</source>
        <translation>对比去年同期</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_controls.py" line="70"/>
        <source>no comparison</source>
        <translation>不对比</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_controls.py" line="74"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_controls.py" line="76"/>
        <source>All categories</source>
        <translation>全部类目</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_controls.py" line="79"/>
        <source>Narrows the sales cards and the product charts to one category; traffic, advertising and service are not recorded by category</source>
        <translation>把销售卡片和商品图表限定到一个类目；流量、广告和客服数据不按类目记录</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/kpi_controls.py" line="84"/>
        <source>Range:</source>
        <translation>区间：</translation>
    </message>
</context>
<context>
    <name>KpiPlots</name>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots.py" line="59"/>
        <location filename="../../shopkeeper/ui/kpi_plots.py" line="281"/>
        <source>Sales after discounts</source>
        <translation>折后销售额</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots.py" line="67"/>
        <source>Comparison period</source>
        <translation>对比周期</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots.py" line="72"/>
        <location filename="../../shopkeeper/ui/kpi_plots.py" line="251"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots.py" line="157"/>
        <source>Gross sales ({currency}) · share · orders</source>
        <translation>销售总额（{currency}）· 占比 · 订单数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots.py" line="194"/>
        <source>Cumulative share of sales (%)</source>
        <translation>累计销售占比（%）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots.py" line="198"/>
        <source>A: {a} products make 80% of sales · B: {b} · C: {c}</source>
        <translation>A：{a} 个商品贡献 80% 销售额 · B：{b} · C：{c}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots.py" line="217"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots.py" line="227"/>
        <source>Gross sales by category ({currency})</source>
        <translation>各类目销售总额（{currency}）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots.py" line="241"/>
        <source>Refunded ({currency}) · refunds</source>
        <translation>退款金额（{currency}）· 笔数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots.py" line="250"/>
        <source>Visitors</source>
        <translation>访客</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots.py" line="252"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots.py" line="253"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots.py" line="291"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="39"/>
        <source>Months after the first order</source>
        <translation>首单后的月数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="52"/>
        <source>% of the cohort ordering again</source>
        <translation>该批顾客再次下单的比例（%）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="58"/>
        <source>Champions</source>
        <translation>核心顾客</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="59"/>
        <source>Loyal</source>
        <translation>忠实顾客</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="60"/>
        <source>New</source>
        <translation>新顾客</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="61"/>
        <source>Promising</source>
        <translation>潜力顾客</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="62"/>
        <source>At risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="63"/>
        <source>Hibernating</source>
        <translation>沉睡顾客</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="64"/>
        <source>Lost</source>
        <translation>已流失</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="78"/>
        <source>Customers (label: share of their sales)</source>
        <translation>顾客数（标签：其销售额占比）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="82"/>
        <source>Recency, frequency and spend, in {currency}</source>
        <translation>最近购买、购买频次和消费金额（{currency}）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="93"/>
        <source>Out of stock</source>
        <translation>缺货</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="94"/>
        <source>Stock-out risk</source>
        <translation>断货风险</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="95"/>
        <source>Healthy</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="96"/>
        <source>Overstock</source>
        <translation>积压</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="97"/>
        <source>No sales</source>
        <translation>无销量</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="105"/>
        <source>Variants</source>
        <translation>SKU 数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="107"/>
        <source>Sell-through {value}</source>
        <translation>售罄率 {value}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="118"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="120"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="121"/>
        <source>Days of cover</source>
        <translation>可售天数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="126"/>
        <source>Selling out first</source>
        <translation>最先卖完</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="139"/>
        <source>Lift vs the days before (%)</source>
        <translation>对比活动前的提升（%）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="144"/>
        <source>ROI (%)</source>
        <translation>投资回报率（%）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="146"/>
        <source>Cost = budget, or the discounts given ({currency})</source>
        <translation>成本 = 预算，或让利金额（{currency}）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="166"/>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="168"/>
        <source>Tickets opened</source>
        <translation>新工单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/kpi_plots_more.py" line="174"/>
        <source>Median first response (h)</source>
        <translation>首次回复中位数（小时）</translation>
    </message>
</context>
<context>
    <name>KpisTab</name>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis.py" line="68"/>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="119"/>
        <source>KPIs</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="44"/>
        <source>Sales and orders</source>
        <translation>销售与订单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="45"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="46"/>
        <source>Weekly targets</source>
        <translation>每周目标</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="47"/>
        <source>Top products (ABC)</source>
        <translation>热销商品（ABC）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="48"/>
        <source>Categories</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="49"/>
        <source>Refund reasons</source>
        <translation>退款原因</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="50"/>
        <source>Funnel</source>
        <translation>转化漏斗</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="51"/>
        <source>Cohorts</source>
        <translation>复购分群</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="52"/>
        <source>RFM segments</source>
        <translation>RFM 分层</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="53"/>
        <source>Inventory</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="54"/>
        <source>Promotion results</source>
        <translation>活动效果</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="55"/>
        <source>Tickets</source>
        <translation>工单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="66"/>
        <source>A/B tests</source>
        <translation>A/B 测试</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis.py" line="78"/>
        <location filename="../../shopkeeper/ui/tabs/kpis.py" line="249"/>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis.py" line="81"/>
        <source>Weekly report…</source>
        <translation>周报…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis.py" line="82"/>
        <source>Monthly report…</source>
        <translation>月报…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis.py" line="85"/>
        <source>The week or month holding the range&apos;s last day, as .xlsx or PDF</source>
        <translation>区间最后一天所在的周或月，保存为 .xlsx 或 PDF</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis.py" line="105"/>
        <source>Loading the shop&apos;s numbers…</source>
        <translation>正在读取店铺数据…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis.py" line="110"/>
        <location filename="../../shopkeeper/ui/tabs/kpis.py" line="118"/>
        <source>Loading KPIs…</source>
        <translation>正在加载数据…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis.py" line="155"/>
        <source>Computing the KPIs…</source>
        <translation>正在计算指标…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis.py" line="234"/>
        <source>Computing the category&apos;s KPIs…</source>
        <translation>正在计算该类目的指标…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="90"/>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="98"/>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="133"/>
        <source>No orders in this range.</source>
        <translation>这个区间没有订单。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="144"/>
        <source>No tickets in this range.</source>
        <translation>这个区间没有工单。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="163"/>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="169"/>
        <source>Nothing to show for this range.</source>
        <translation>这个区间没有可显示的内容。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis_pages.py" line="175"/>
        <source>Cancelled. Choose the page again to compute it.</source>
        <translation>已取消。再次选择此页即可重新计算。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis.py" line="251"/>
        <source>Excel workbook (*.xlsx);;PDF (*.pdf)</source>
        <translation>Excel 工作簿 (*.xlsx);;PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/kpis.py" line="264"/>
        <source>Writing the report…</source>
        <translation>正在生成报表…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="14"/>
        <source>Taobao</source>
        <translation>淘宝</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="15"/>
        <source>Tmall</source>
        <translation>天猫</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="16"/>
        <source>JD</source>
        <translation>京东</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="17"/>
        <source>Pinduoduo</source>
        <translation>拼多多</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="18"/>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="19"/>
        <source>Etsy</source>
        <translation>Etsy</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="20"/>
        <source>eBay</source>
        <translation>eBay</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="21"/>
        <source>Amazon</source>
        <translation>亚马逊</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="28"/>
        <source>Unpaid</source>
        <translation>待付款</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="29"/>
        <source>Paid</source>
        <translation>已付款</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="30"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="31"/>
        <source>Completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="32"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="33"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="34"/>
        <source>Partly refunded</source>
        <translation>部分退款</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="41"/>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="42"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="43"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="44"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="45"/>
        <source>Last 90 days</source>
        <translation>最近 90 天</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="46"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="47"/>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="48"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/labels.py" line="49"/>
        <source>Custom range</source>
        <translation>自定义范围</translation>
    </message>
</context>
<context>
    <name>ListingEditor</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="72"/>
        <source>Edit listing</source>
        <translation>编辑商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="72"/>
        <source>New listing</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="78"/>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="286"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="84"/>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="287"/>
        <source>Variants</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="87"/>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="288"/>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="89"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="96"/>
        <source>Save as template…</source>
        <translation>存为模板…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="137"/>
        <source>Selling points (卖点)</source>
        <translation>卖点</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="139"/>
        <source>Description; HTML is allowed</source>
        <translation>商品描述，可使用 HTML</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="143"/>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="144"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="150"/>
        <source>Separated by commas</source>
        <translation>用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="154"/>
        <source>Made from the title when empty</source>
        <translation>留空则按标题生成</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="158"/>
        <source>Search keywords, separated by commas</source>
        <translation>搜索关键词，用逗号分隔</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="160"/>
        <source>Only for you: supplier, care, ideas…</source>
        <translation>仅自己可见：供应商、保养、想法…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="163"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="165"/>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="166"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="167"/>
        <source>Category</source>
        <translation>类目</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="168"/>
        <source>Brand</source>
        <translation>品牌</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="169"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="170"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="171"/>
        <source>Handle</source>
        <translation>链接标识</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="172"/>
        <source>SEO title</source>
        <translation>SEO 标题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="173"/>
        <source>SEO description</source>
        <translation>SEO 描述</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="174"/>
        <source>Keywords</source>
        <translation>关键词</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="175"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="301"/>
        <source>Fix the cells marked red first: {problem}</source>
        <translation>请先修正标红的单元格：{problem}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="319"/>
        <source>Edit {title}</source>
        <translation>编辑 {title}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="319"/>
        <source>New listing {title}</source>
        <translation>新建商品 {title}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="337"/>
        <source>Not saved: {problem}</source>
        <translation>未保存：{problem}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="344"/>
        <source>Save as template</source>
        <translation>存为模板</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="345"/>
        <source>Template name:</source>
        <translation>模板名称：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="352"/>
        <source>Save template {name}</source>
        <translation>保存模板 {name}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_editor.py" line="354"/>
        <source>Saved as template “{name}”.</source>
        <translation>已存为模板“{name}”。</translation>
    </message>
</context>
<context>
    <name>ListingSettingsDialog</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="41"/>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="153"/>
        <source>Listing settings</source>
        <translation>商品设置</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="48"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="50"/>
        <source>Lowest margin a listing may have</source>
        <translation>商品最低毛利率</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="51"/>
        <source>Supplier lead time (low stock without a reorder point)</source>
        <translation>供应商备货周期（未设补货点时用于判断低库存）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="65"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="71"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="72"/>
        <source>Check listings</source>
        <translation>检查商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="73"/>
        <source>Fee %</source>
        <translation>费率 %</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="74"/>
        <source>Fixed fee per order</source>
        <translation>每单固定费用</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="75"/>
        <source>Title limit</source>
        <translation>标题长度上限</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="91"/>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="91"/>
        <source>chars</source>
        <translation>字符</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="93"/>
        <source>platform&apos;s ({n} {unit})</source>
        <translation>平台默认（{n} {unit}）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="104"/>
        <source>Banned words (Advertising Law)</source>
        <translation>违禁词（广告法）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="107"/>
        <source>Built in: {words}</source>
        <translation>内置：{words}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="114"/>
        <source>Also ban (one a line)</source>
        <translation>另外禁止（每行一个）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="116"/>
        <source>Allow these phrases (one a line), e.g. 第一次</source>
        <translation>允许的词组（每行一个），如 第一次</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_settings_dialog.py" line="151"/>
        <source>Not saved: {problem}</source>
        <translation>未保存：{problem}</translation>
    </message>
</context>
<context>
    <name>Listings</name>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="45"/>
        <source>Active</source>
        <translation>上架</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="46"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="47"/>
        <source>Archived</source>
        <translation>下架</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="67"/>
        <source>An estimate: the count from the last listing import or edit, less the units on orders placed since then (cancelled orders not counted). Set the stock to make it exact again.</source>
        <translation>估计值：上次导入商品或编辑时的库存数，减去此后下单的件数（已取消的订单不计）。重新设置库存即可恢复为准确值。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="78"/>
        <source>{days} d</source>
        <translation>{days} 天</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="114"/>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="195"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="115"/>
        <source>{n} variants</source>
        <translation>{n} 个规格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="119"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="125"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="131"/>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="198"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="138"/>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="205"/>
        <source>Compare-at</source>
        <translation>划线价</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="145"/>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="217"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="152"/>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="224"/>
        <source>Margin</source>
        <translation>毛利率</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="158"/>
        <source>The thinnest variant margin after cost and the main channel&apos;s fees</source>
        <translation>各规格中最低的毛利率（扣除成本和主渠道费用）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="163"/>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="232"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="172"/>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="241"/>
        <source>Days of cover</source>
        <translation>可售天数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="178"/>
        <source>Stock ÷ average daily units sold over the last 28 days</source>
        <translation>库存 ÷ 近 28 天日均销量</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="183"/>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="268"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="196"/>
        <source>Options</source>
        <translation>规格值</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="249"/>
        <source>Reorder at</source>
        <translation>补货点</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="254"/>
        <source>Low stock at or under this count; empty: judged from days of cover against the lead time</source>
        <translation>库存不高于此数即为低库存；留空则按可售天数与备货周期判断</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/listings_model.py" line="261"/>
        <source>Sold (28 d)</source>
        <translation>销量（28 天）</translation>
    </message>
</context>
<context>
    <name>ListingsTab</name>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings.py" line="74"/>
        <location filename="../../shopkeeper/ui/tabs/listings.py" line="202"/>
        <source>Listings</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_filters.py" line="31"/>
        <source>Search title, SKU, tag… (Chinese works too)</source>
        <translation>搜索标题、SKU、标签…（支持中文）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_filters.py" line="33"/>
        <source>All ({count})</source>
        <translation>全部 ({count})</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_filters.py" line="34"/>
        <source>Active ({count})</source>
        <translation>上架 ({count})</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_filters.py" line="35"/>
        <source>Draft ({count})</source>
        <translation>草稿 ({count})</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_filters.py" line="36"/>
        <source>Archived ({count})</source>
        <translation>下架 ({count})</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_filters.py" line="44"/>
        <source>Low stock</source>
        <translation>低库存</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_filters.py" line="45"/>
        <source>Has problems</source>
        <translation>有问题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_filters.py" line="46"/>
        <source>Category:</source>
        <translation>类目：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_filters.py" line="47"/>
        <source>Tag:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_layout.py" line="51"/>
        <source>New listing</source>
        <translation>新建商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_layout.py" line="54"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_layout.py" line="57"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_layout.py" line="60"/>
        <source>Bulk edit…</source>
        <translation>批量编辑…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_layout.py" line="64"/>
        <source>Change price, stock, status, category, tags or titles of the selected listings</source>
        <translation>修改所选商品的价格、库存、状态、类目、标签或标题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_layout.py" line="70"/>
        <source>Pricing helper…</source>
        <translation>定价助手…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_layout.py" line="73"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_layout.py" line="88"/>
        <source>From template</source>
        <translation>从模板新建</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_layout.py" line="95"/>
        <source>Listing settings…</source>
        <translation>商品设置…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_layout.py" line="98"/>
        <source>Channel fees and title limits, margin floor, lead time, banned words</source>
        <translation>渠道费用和标题长度、最低毛利率、备货周期、违禁词</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_layout.py" line="160"/>
        <source>Variants</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings.py" line="254"/>
        <location filename="../../shopkeeper/ui/tabs/listings_layout.py" line="161"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings.py" line="121"/>
        <location filename="../../shopkeeper/ui/tabs/listings.py" line="128"/>
        <source>Loading listings…</source>
        <translation>正在加载商品…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings.py" line="150"/>
        <source>The {shown} newest listings; loading the rest…</source>
        <translation>最新的 {shown} 个商品；其余正在加载…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings.py" line="179"/>
        <source>Checking listings…</source>
        <translation>正在检查商品…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings.py" line="204"/>
        <source>Listings ({count})</source>
        <translation>商品 ({count})</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings.py" line="208"/>
        <source>{count} listing problems found by the checker</source>
        <translation>商品检查发现 {count} 个问题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_filters.py" line="58"/>
        <source>All categories</source>
        <translation>全部类目</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_filters.py" line="59"/>
        <source>All tags</source>
        <translation>全部标签</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_filters.py" line="105"/>
        <source>{shown} of {total} listings · {problems} problems</source>
        <translation>显示 {shown} / {total} 个商品 · {problems} 个问题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_filters.py" line="112"/>
        <source>{shown} of {total} listings · checking for problems…</source>
        <translation>显示 {shown} / {total} 个商品 · 正在检查问题…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_filters.py" line="120"/>
        <source>No listings match this search and these filters.</source>
        <translation>没有符合搜索和筛选条件的商品。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_filters.py" line="121"/>
        <source>Clear the search or the filters.</source>
        <translation>请清除搜索或筛选条件。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_filters.py" line="125"/>
        <source>No listings yet.</source>
        <translation>还没有商品。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings_filters.py" line="126"/>
        <source>Add one with New listing (Ctrl+Shift+N), or import a Shopify, Etsy or Taobao file with File &gt; Import… (Ctrl+I).</source>
        <translation>用“新建商品”(Ctrl+Shift+N) 添加，或通过 文件 &gt; 导入… (Ctrl+I) 导入 Shopify、Etsy 或淘宝文件。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/listings.py" line="254"/>
        <source>Problems ({count})</source>
        <translation>问题 ({count})</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_actions.py" line="32"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_actions.py" line="34"/>
        <source>Edit {sku}</source>
        <translation>编辑 {sku}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_actions.py" line="60"/>
        <source>Duplicate {title}</source>
        <translation>复制 {title}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_actions.py" line="69"/>
        <source>Delete listings</source>
        <translation>删除商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_actions.py" line="70"/>
        <source>Delete {count} listing(s) with their variants and images? Edit &gt; Undo brings them back.</source>
        <translation>删除 {count} 个商品及其规格和图片？可用 编辑 &gt; 撤销 恢复。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_actions.py" line="80"/>
        <source>Delete {count} listing(s)</source>
        <translation>删除 {count} 个商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_actions.py" line="119"/>
        <source>No templates yet: save one from the editor</source>
        <translation>还没有模板：可在编辑窗口中保存</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../shopkeeper/ui/main_window.py" line="149"/>
        <source>No shop open</source>
        <translation>未打开店铺</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/main_window.py" line="156"/>
        <source>Shop: {name}  ·  File: {path}</source>
        <translation>店铺：{name}  ·  文件：{path}</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="47"/>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="54"/>
        <source>Save mapping as…</source>
        <translation>另存映射方案…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="57"/>
        <source>Saved mapping:</source>
        <translation>已存映射方案：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="98"/>
        <source>Each field of Shopkeeper on the left takes one column of {name}. Fields marked * are required.</source>
        <translation>左侧每个 Shopkeeper 字段对应 {name} 中的一列。带 * 的字段为必填项。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="105"/>
        <source>Recognised as: &lt;b&gt;{format}&lt;/b&gt;. The columns are matched for you; check them and change any that are wrong.</source>
        <translation>识别为：&lt;b&gt;{format}&lt;/b&gt;。已自动匹配各列，请检查并修改不对的地方。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="113"/>
        <source>The columns were matched by their names. Check them and change any that are wrong.</source>
        <translation>已按列名自动匹配，请检查并修改不对的地方。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="129"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="129"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="129"/>
        <source>Example</source>
        <translation>示例</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="139"/>
        <source>— not imported —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="141"/>
        <source>(column {number})</source>
        <translation>（第 {number} 列）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="194"/>
        <source>Choose a column for: {fields}.</source>
        <translation>请为以下字段选择列：{fields}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="214"/>
        <source>Every required field has a column.</source>
        <translation>所有必填字段都已对应到列。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="216"/>
        <source>Column “{columns}” is used for more than one field.</source>
        <translation>“{columns}”列被用于多个字段。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="222"/>
        <source>1 column of the file is not imported</source>
        <translation>文件中有 1 列不导入</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="224"/>
        <source>{count} columns of the file are not imported</source>
        <translation>文件中有 {count} 列不导入</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="247"/>
        <source>— choose a saved mapping —</source>
        <translation>— 选择已存的映射方案 —</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="275"/>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="286"/>
        <source>Save mapping</source>
        <translation>保存映射方案</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="276"/>
        <source>Name for this mapping of {kind} columns:</source>
        <translation>这个{kind}列映射方案的名称：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/mapping_page.py" line="287"/>
        <source>A mapping named “{name}” exists. Replace it?</source>
        <translation>已有名为“{name}”的映射方案。要替换吗？</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="58"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="62"/>
        <source>&amp;New shop…</source>
        <translation>新建店铺(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="70"/>
        <source>&amp;Open shop…</source>
        <translation>打开店铺(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="75"/>
        <source>Open &amp;recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="87"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="96"/>
        <source>Res&amp;tore…</source>
        <translation>恢复备份(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="104"/>
        <source>Shop &amp;settings…</source>
        <translation>店铺设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="112"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="114"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="117"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="119"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="128"/>
        <source>Undo &amp;history…</source>
        <translation>撤销历史(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="138"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="145"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="146"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="155"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="157"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="158"/>
        <source>Open &amp;data folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/menus.py" line="159"/>
        <source>&amp;About Shopkeeper</source>
        <translation>关于 Shopkeeper(&amp;A)</translation>
    </message>
</context>
<context>
    <name>NarrowColumns</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/narrow_columns.py" line="103"/>
        <source>Reset columns</source>
        <translation>恢复默认列</translation>
    </message>
</context>
<context>
    <name>NewShopDialog</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/new_shop_dialog.py" line="29"/>
        <source>New shop</source>
        <translation>新建店铺</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/new_shop_dialog.py" line="42"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/new_shop_dialog.py" line="49"/>
        <source>Amounts are kept in this currency. It cannot be changed once the shop holds an amount.</source>
        <translation>金额以此币种记账。店铺中一旦有金额，币种就不能再改。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/new_shop_dialog.py" line="56"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/new_shop_dialog.py" line="57"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/new_shop_dialog.py" line="58"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/new_shop_dialog.py" line="60"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/new_shop_dialog.py" line="64"/>
        <source>Create shop</source>
        <translation>创建店铺</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/new_shop_dialog.py" line="90"/>
        <source>New shop — unknown time zone</source>
        <translation>新建店铺 — 未知时区</translation>
    </message>
</context>
<context>
    <name>NewTicketDialog</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="144"/>
        <source>New ticket</source>
        <translation>新建工单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="158"/>
        <source>Buyer name, platform id or email</source>
        <translation>买家昵称、平台 ID 或邮箱</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="159"/>
        <source>Optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="161"/>
        <source>What the customer wrote</source>
        <translation>客户写的内容</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="165"/>
        <source>Subject:</source>
        <translation>主题：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="166"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="167"/>
        <source>Priority:</source>
        <translation>优先级：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="168"/>
        <source>Channel:</source>
        <translation>渠道：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="169"/>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="170"/>
        <source>Order number:</source>
        <translation>订单号：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="171"/>
        <source>Message:</source>
        <translation>消息：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="173"/>
        <source>Create</source>
        <translation>创建</translation>
    </message>
</context>
<context>
    <name>OrderDetailView</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/order_detail_view.py" line="39"/>
        <source>Total</source>
        <translation>总额</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/order_detail_view.py" line="39"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/order_detail_view.py" line="44"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/order_detail_view.py" line="44"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/order_detail_view.py" line="44"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/order_detail_view.py" line="45"/>
        <location filename="../../shopkeeper/ui/widgets/order_detail_view.py" line="76"/>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/order_detail_view.py" line="46"/>
        <source>Line total</source>
        <translation>小计</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/order_detail_view.py" line="48"/>
        <source>Lines</source>
        <translation>商品明细</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/order_detail_view.py" line="74"/>
        <source>Subtotal</source>
        <translation>商品总额</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/order_detail_view.py" line="78"/>
        <source>Shipping</source>
        <translation>运费</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/order_detail_view.py" line="95"/>
        <source>Customer</source>
        <translation>买家</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/order_detail_view.py" line="98"/>
        <source>No customer on this order.</source>
        <translation>该订单没有买家信息。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/order_detail_view.py" line="104"/>
        <source>Orders from this customer: {count}</source>
        <translation>该买家的订单数：{count}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/order_detail_view.py" line="107"/>
        <source>Refunds</source>
        <translation>退款记录</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/order_detail_view.py" line="108"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/order_detail_view.py" line="116"/>
        <source>Tickets</source>
        <translation>客服工单</translation>
    </message>
</context>
<context>
    <name>OrdersTab</name>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="45"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="47"/>
        <source>Counting orders…</source>
        <translation>正在统计订单…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="57"/>
        <source>All ({count})</source>
        <translation>全部 ({count})</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="58"/>
        <source>Unpaid ({count})</source>
        <translation>未付款 ({count})</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="59"/>
        <source>Unshipped ({count})</source>
        <translation>待发货 ({count})</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="60"/>
        <source>Shipped ({count})</source>
        <translation>已发货 ({count})</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="61"/>
        <source>Completed ({count})</source>
        <translation>已完成 ({count})</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="62"/>
        <source>Refunded ({count})</source>
        <translation>已退款 ({count})</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="63"/>
        <source>Cancelled ({count})</source>
        <translation>已取消 ({count})</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="66"/>
        <source>Every order</source>
        <translation>全部订单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="68"/>
        <source>Shipped or completed: the seller&apos;s part is done</source>
        <translation>已发货或已完成：卖家这边已处理完</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="70"/>
        <source>Shipped and still in transit</source>
        <translation>已发货，仍在运输中</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="211"/>
        <source>{count} orders</source>
        <translation>{count} 个订单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="217"/>
        <source>Clear the search or pick another view.</source>
        <translation>清除搜索或选择其他视图。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="221"/>
        <source>No orders yet.</source>
        <translation>还没有订单。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="223"/>
        <source>Import them with File &gt; Import… (Ctrl+I) or drop a spreadsheet on the window.</source>
        <translation>用“文件 &gt; 导入…”（Ctrl+I）导入，或把表格文件拖到窗口上。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="52"/>
        <source>Search order, customer, SKU…</source>
        <translation>搜索订单号、买家、SKU…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="117"/>
        <source>Mark paid</source>
        <translation>标记已付款</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="118"/>
        <source>Mark shipped</source>
        <translation>标记已发货</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="119"/>
        <source>Mark completed</source>
        <translation>标记已完成</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="120"/>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="46"/>
        <source>Searching orders…</source>
        <translation>正在搜索订单…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="216"/>
        <source>No orders match this search and these filters.</source>
        <translation>没有符合搜索和筛选条件的订单。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="269"/>
        <source>No order selected</source>
        <translation>未选择订单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="272"/>
        <source>Select an order to see its lines, customer, refunds and tickets.</source>
        <translation>选择一个订单，查看商品明细、买家、退款和客服工单。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="317"/>
        <source>Mark order {order} paid</source>
        <translation>将订单 {order} 标记为已付款</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="318"/>
        <source>Mark order {order} shipped</source>
        <translation>将订单 {order} 标记为已发货</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="319"/>
        <source>Mark order {order} completed</source>
        <translation>将订单 {order} 标记为已完成</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/orders.py" line="320"/>
        <source>Cancel order {order}</source>
        <translation>取消订单 {order}</translation>
    </message>
</context>
<context>
    <name>OrdersTableModel</name>
    <message>
        <location filename="../../shopkeeper/ui/models/orders_table_model.py" line="53"/>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/orders_table_model.py" line="56"/>
        <source>Placed</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/orders_table_model.py" line="62"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/orders_table_model.py" line="68"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/orders_table_model.py" line="73"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/orders_table_model.py" line="81"/>
        <source>Items</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/orders_table_model.py" line="88"/>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/orders_table_model.py" line="96"/>
        <source>Refunded</source>
        <translation>已退款</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/models/orders_table_model.py" line="108"/>
        <source>Partly refunded: {amount} of {total}</source>
        <translation>部分退款：{total} 中退了 {amount}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/preview_page.py" line="30"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/preview_page.py" line="32"/>
        <source>Only rows with a problem</source>
        <translation>只看有问题的行</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/preview_page.py" line="39"/>
        <source>Row number in the file</source>
        <translation>文件中的行号</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/preview_page.py" line="60"/>
        <source>How Shopkeeper reads the first rows of {name}. Nothing has been imported yet.</source>
        <translation>Shopkeeper 读取 {name} 前几行的结果。尚未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/preview_page.py" line="67"/>
        <source>The first {shown:,} of {total:,} rows.</source>
        <translation>共 {total:,} 行，显示前 {shown:,} 行。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/preview_page.py" line="71"/>
        <source>All {total:,} rows.</source>
        <translation>全部 {total:,} 行。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/preview_page.py" line="75"/>
        <source>&lt;b&gt;{bad:,} have a problem&lt;/b&gt; (the red cells; point at one to see why).</source>
        <translation>&lt;b&gt;其中 {bad:,} 行有问题&lt;/b&gt;（红色单元格，鼠标指向可查看原因）。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/preview_page.py" line="78"/>
        <source>No problems in these cells.</source>
        <translation>这些单元格没有问题。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/preview_page.py" line="79"/>
        <source>The next step checks the whole file against your shop.</source>
        <translation>下一步会把整个文件与店铺数据进行核对。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/preview_page.py" line="86"/>
        <source>Problem</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/preview_page.py" line="109"/>
        <location filename="../../shopkeeper/ui/import_wizard/preview_page.py" line="112"/>
        <source>Read as {value}</source>
        <translation>读取为 {value}</translation>
    </message>
</context>
<context>
    <name>PricingDialog</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="83"/>
        <source>Pricing helper: {title}</source>
        <translation>定价助手：{title}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="97"/>
        <source>Variant</source>
        <translation>规格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="98"/>
        <source>Channel (its fees count)</source>
        <translation>渠道（计入其费用）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="115"/>
        <source>Cost-plus</source>
        <translation>成本加成</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="122"/>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="160"/>
        <source>Use this price</source>
        <translation>采用此价格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="127"/>
        <source>Target margin</source>
        <translation>目标毛利率</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="128"/>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="165"/>
        <source>Suggested</source>
        <translation>建议价格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="130"/>
        <source>No rounding</source>
        <translation>不取整</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="134"/>
        <source>Price ending</source>
        <translation>价格尾数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="138"/>
        <source>Competition-based</source>
        <translation>参考竞品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="142"/>
        <source>Median</source>
        <translation>中位数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="143"/>
        <source>Cheapest</source>
        <translation>最低价</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="144"/>
        <source>Position</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="156"/>
        <source>less</source>
        <translation>减去</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="158"/>
        <source>Price at</source>
        <translation>定价依据</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="171"/>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="178"/>
        <source>Competitor</source>
        <translation>竞争对手</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="171"/>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="179"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="171"/>
        <source>Seen</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="171"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="180"/>
        <source>Link (optional)</source>
        <translation>链接（可选）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="181"/>
        <source>Add price</source>
        <translation>添加价格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="183"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="184"/>
        <source>Remove the selected competitor price</source>
        <translation>移除所选的竞品价格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="212"/>
        <source>margin unknown (no cost)</source>
        <translation>毛利率未知（无成本）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="213"/>
        <source>margin {margin}</source>
        <translation>毛利率 {margin}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="226"/>
        <source>Now {price} · cost {cost} · fee {fee}% + {fixed} per order · {margin}</source>
        <translation>现价 {price} · 成本 {cost} · 费用 {fee}% + 每单 {fixed} · {margin}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="271"/>
        <source>Needs the variant&apos;s cost</source>
        <translation>需要填写该规格的成本</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="284"/>
        <source>{price} · {margin} · cheaper than {n} of {total}</source>
        <translation>{price} · {margin} · 低于 {total} 个中的 {n} 个</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="305"/>
        <source>Price of {sku}</source>
        <translation>{sku} 的价格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="317"/>
        <source>Remove {competitor}&apos;s price for {sku}</source>
        <translation>移除 {competitor} 对 {sku} 的价格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/listing_pricing_dialog.py" line="336"/>
        <source>Competitor price for {sku}</source>
        <translation>{sku} 的竞品价格</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="60"/>
        <source>{field_label} is {length} {unit} long; {channel} allows {limit}</source>
        <translation>{field_label}长 {length} {unit}；{channel} 最多 {limit}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="63"/>
        <source>“{word}” is an extreme word the Advertising Law bans</source>
        <translation>“{word}”是广告法禁止的极限词</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="66"/>
        <source>Repeated keyword: {words}</source>
        <translation>关键词重复：{words}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="67"/>
        <source>No image</source>
        <translation>没有图片</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="68"/>
        <source>{count} image(s) without alt text</source>
        <translation>{count} 张图片没有替代文字</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="69"/>
        <source>No SEO title</source>
        <translation>没有 SEO 标题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="70"/>
        <source>No SEO description</source>
        <translation>没有 SEO 描述</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="71"/>
        <source>No barcode</source>
        <translation>没有条形码</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="72"/>
        <source>Price {price} is below cost {cost}</source>
        <translation>价格 {price} 低于成本 {cost}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="73"/>
        <source>Margin {margin} is below the shop&apos;s floor of {floor}</source>
        <translation>毛利率 {margin} 低于店铺下限 {floor}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="76"/>
        <source>Compare-at price {compare} is not above the price {price}</source>
        <translation>划线价 {compare} 不高于售价 {price}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="79"/>
        <source>Active but out of stock</source>
        <translation>已上架但无库存</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="80"/>
        <source>{count} complaints in the last {days} days</source>
        <translation>近 {days} 天有 {count} 次投诉</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="83"/>
        <source>{count} tickets in the last {days} days give the reason “{reason}”</source>
        <translation>近 {days} 天有 {count} 个工单的原因是“{reason}”</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="88"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="89"/>
        <source>SEO title</source>
        <translation>SEO 标题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="90"/>
        <source>SEO description</source>
        <translation>SEO 描述</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="93"/>
        <source>bytes</source>
        <translation>字节</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listing_checker.py" line="94"/>
        <source>characters</source>
        <translation>字符</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <location filename="../../shopkeeper/services/demo/base.py" line="18"/>
        <source>Preparing the demo shop</source>
        <translation>正在准备演示店铺</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/demo/base.py" line="19"/>
        <source>Writing products</source>
        <translation>正在写入商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/demo/base.py" line="20"/>
        <source>Writing customers</source>
        <translation>正在写入客户</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/demo/base.py" line="21"/>
        <source>Writing promotions</source>
        <translation>正在写入促销活动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/demo/base.py" line="22"/>
        <source>Writing orders</source>
        <translation>正在写入订单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/demo/base.py" line="23"/>
        <source>Writing traffic and ads</source>
        <translation>正在写入流量和广告数据</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/demo/base.py" line="24"/>
        <source>Writing customer tickets</source>
        <translation>正在写入客服工单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/demo/base.py" line="25"/>
        <source>Finishing</source>
        <translation>即将完成</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/progress_steps.py" line="5"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/progress_steps.py" line="6"/>
        <source>Checking rows…</source>
        <translation>正在检查各行…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/progress_steps.py" line="7"/>
        <source>Writing…</source>
        <translation>正在写入…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/progress_steps.py" line="8"/>
        <source>Writing orders…</source>
        <translation>正在写入订单…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/progress_steps.py" line="9"/>
        <source>Writing listings…</source>
        <translation>正在写入商品…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/progress_steps.py" line="10"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/session.py" line="24"/>
        <source>Backing up the shop…</source>
        <translation>正在备份店铺…</translation>
    </message>
</context>
<context>
    <name>PromotionEditor</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="53"/>
        <source>New promotion</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="53"/>
        <source>Edit promotion</source>
        <translation>编辑活动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="78"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="83"/>
        <source>Follows the dates</source>
        <translation>按日期自动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="84"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="85"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="90"/>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="188"/>
        <source>e.g. 200:20; 300:35</source>
        <translation>例如 200:20; 300:35</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="92"/>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="93"/>
        <source>no limit</source>
        <translation>不限</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="96"/>
        <source>empty: the whole shop</source>
        <translation>留空：全店</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="97"/>
        <source>listing:HANDLE; sku:SKU; category:NAME; tag:NAME</source>
        <translation>listing:商品链接名; sku:SKU; category:类目; tag:标签</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="109"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="110"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="111"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="117"/>
        <source>Runs</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="118"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="121"/>
        <source>Threshold</source>
        <translation>门槛</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="122"/>
        <source>Tiers (spend:save)</source>
        <translation>阶梯（满:减）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="123"/>
        <source>Coupon code</source>
        <translation>券码</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="124"/>
        <source>Quantity limit</source>
        <translation>数量上限</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="125"/>
        <source>Limit per buyer</source>
        <translation>每人限领</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="126"/>
        <source>Buy</source>
        <translation>买</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="127"/>
        <source>Get free</source>
        <translation>送</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="131"/>
        <source>Target</source>
        <translation>适用范围</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="132"/>
        <source>Combines with</source>
        <translation>可叠加</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="135"/>
        <source>Campaign cost</source>
        <translation>活动成本</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="138"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="139"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="174"/>
        <source>Percent off</source>
        <translation>折扣（%）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="175"/>
        <source>Amount off</source>
        <translation>立减金额</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="176"/>
        <source>Special price</source>
        <translation>特价</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="177"/>
        <source>Flash price</source>
        <translation>秒杀价</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="178"/>
        <source>Face value</source>
        <translation>面额</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="179"/>
        <source>Bundle price</source>
        <translation>套装价</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="186"/>
        <source>e.g. 200:10%; 500:15%</source>
        <translation>例如 200:10%; 500:15%</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="321"/>
        <source>Checking price floors</source>
        <translation>正在检查价格底线</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="333"/>
        <source>{days} variant-days below the price floor, e.g. {sku} on {date}: lowest price {lowest}, floor {floor} (cost {cost}).</source>
        <translation>{days} 个 SKU·天低于价格底线，例如 {sku} 在 {date}：最低价 {lowest}，底线 {floor}（成本 {cost}）。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="347"/>
        <source>Overlaps without combining: {names}. Tick them under “Combines with” if buyers may use both.</source>
        <translation>与以下活动时间重叠但不可叠加：{names}。如果买家可以同时享受，请在“可叠加”中勾选。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="356"/>
        <source>No problems found.</source>
        <translation>没有发现问题。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="375"/>
        <source>Save anyway?</source>
        <translation>仍要保存？</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/promotion_editor.py" line="376"/>
        <source>This promotion has problems:

{problems}

Save it anyway?</source>
        <translation>这个活动有问题：

{problems}

仍要保存吗？</translation>
    </message>
</context>
<context>
    <name>PromotionLabels</name>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="21"/>
        <source>Percent off</source>
        <translation>折扣</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="22"/>
        <source>Amount off</source>
        <translation>立减</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="23"/>
        <source>Special price</source>
        <translation>特价</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="24"/>
        <source>Flash sale / 秒杀</source>
        <translation>秒杀</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="25"/>
        <source>Spend X save Y / 满减</source>
        <translation>满减</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="26"/>
        <source>Spend X get N% off / 满折</source>
        <translation>满折</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="27"/>
        <source>Coupon</source>
        <translation>优惠券</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="28"/>
        <source>Buy X get Y</source>
        <translation>买X送Y</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="29"/>
        <source>Bundle</source>
        <translation>套装</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="30"/>
        <source>Free shipping</source>
        <translation>包邮</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="37"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="38"/>
        <source>Scheduled</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="39"/>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="40"/>
        <source>Ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="41"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="48"/>
        <source>Festival</source>
        <translation>节日</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="49"/>
        <source>Holiday</source>
        <translation>假日</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="50"/>
        <source>Event</source>
        <translation>自定义事件</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="51"/>
        <source>Promotion</source>
        <translation>活动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="52"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="53"/>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="60"/>
        <source>Idea</source>
        <translation>构思</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="61"/>
        <source>Drafted</source>
        <translation>已成稿</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/promotion_labels.py" line="62"/>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
</context>
<context>
    <name>PromotionsTab</name>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="70"/>
        <source>Promotions</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="108"/>
        <source>Previous (Page Up)</source>
        <translation>上一页（Page Up）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="109"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="109"/>
        <source>Today (Home)</source>
        <translation>今天（Home）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="110"/>
        <source>Next (Page Down)</source>
        <translation>下一页（Page Down）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="120"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="120"/>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="120"/>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="128"/>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="316"/>
        <source>All channels</source>
        <translation>全部渠道</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="131"/>
        <source>All types</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="136"/>
        <source>Find a promotion</source>
        <translation>查找活动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="182"/>
        <source>Week of {day}</source>
        <translation>{day} 这一周</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="188"/>
        <source>MMMM yyyy</source>
        <comment>the month view&apos;s title, a Qt date format</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="207"/>
        <source>Loading promotions</source>
        <translation>正在加载活动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="235"/>
        <source>Loading festivals</source>
        <translation>正在载入节日</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="255"/>
        <source>Checking price floors</source>
        <translation>正在检查价格底线</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="300"/>
        <source>{n} items below their price floor</source>
        <translation>{n} 个 SKU 低于价格底线</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="324"/>
        <source>{n} variant-days below the price floor</source>
        <translation>{n} 个 SKU·天低于价格底线</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="328"/>
        <source>Overlaps without combining: {names}</source>
        <translation>时间重叠但不可叠加：{names}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="360"/>
        <source>Cannot move the promotion</source>
        <translation>无法移动活动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/promotions.py" line="362"/>
        <source>Move promotion</source>
        <translation>移动活动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="35"/>
        <source>New promotion</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="37"/>
        <source>Join a festival</source>
        <translation>参加节日大促</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="42"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="45"/>
        <source>Add my own event…</source>
        <translation>添加自定义事件…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="46"/>
        <source>Plan content…</source>
        <translation>内容计划…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="47"/>
        <source>Export the calendar (.ics)…</source>
        <translation>导出日历（.ics）…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="75"/>
        <source>Save promotion</source>
        <translation>保存活动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="92"/>
        <source>Join {name}</source>
        <translation>参加 {name}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="100"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="103"/>
        <source>Mark as draft</source>
        <translation>设为草稿</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="104"/>
        <source>Cancel it</source>
        <translation>取消活动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="105"/>
        <source>Follow the dates</source>
        <translation>按日期自动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="114"/>
        <source>Add the preparation checklist</source>
        <translation>添加备战清单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="117"/>
        <source>Add checklist</source>
        <translation>添加清单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="122"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="125"/>
        <source>Delete promotion</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="135"/>
        <source>Content status</source>
        <translation>内容状态</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="141"/>
        <source>Delete event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="147"/>
        <source>Tick off a task</source>
        <translation>完成任务</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="153"/>
        <source>Delete content</source>
        <translation>删除内容</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="162"/>
        <source>Add event</source>
        <translation>添加事件</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="173"/>
        <source>Plan content</source>
        <translation>内容计划</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="180"/>
        <source>Export the calendar</source>
        <translation>导出日历</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="182"/>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar 日历（*.ics）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="201"/>
        <source>Exporting the calendar</source>
        <translation>正在导出日历</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="205"/>
        <source>Calendar exported</source>
        <translation>日历已导出</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/promotion_actions.py" line="206"/>
        <source>Written: {path}</source>
        <translation>已写入：{path}</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/read_only_banner.py" line="30"/>
        <source>This shop is read-only: its file or folder cannot be written. You can look and export, but changes cannot be saved. Save a copy somewhere you can write to, and work on the copy.</source>
        <translation>此店铺为只读：其文件或所在文件夹无法写入。您可以查看和导出，但无法保存更改。请将副本保存到可写入的位置，然后在副本上工作。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/read_only_banner.py" line="36"/>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
</context>
<context>
    <name>RecentShopCard</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome_cards.py" line="58"/>
        <source>Opened today at {time}</source>
        <translation>今天 {time} 打开</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome_cards.py" line="60"/>
        <source>Opened yesterday</source>
        <translation>昨天打开</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome_cards.py" line="62"/>
        <source>Opened {days} days ago</source>
        <translation>{days} 天前打开</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome_cards.py" line="64"/>
        <source>Opened {date}</source>
        <translation>{date} 打开</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome_cards.py" line="166"/>
        <source>File not found: moved or deleted?</source>
        <translation>找不到文件：已移动或删除？</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome_cards.py" line="168"/>
        <source>No file at {path}</source>
        <translation>{path} 处没有文件</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome_cards.py" line="185"/>
        <source>Forget</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome_cards.py" line="186"/>
        <source>Take this shop off the list</source>
        <translation>从列表中移除此店铺</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome_cards.py" line="204"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome_cards.py" line="207"/>
        <source>Remove from this list</source>
        <translation>从此列表中移除</translation>
    </message>
</context>
<context>
    <name>Rejects</name>
    <message>
        <location filename="../../shopkeeper/services/exchange/rejects.py" line="19"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/rejects.py" line="20"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/rejects.py" line="21"/>
        <source>Rejected rows</source>
        <translation>被拒绝的行</translation>
    </message>
</context>
<context>
    <name>ReplyBox</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/reply_box.py" line="55"/>
        <source>Write a reply, or press Ctrl+K for a canned reply. Ctrl+Enter copies it for the platform&apos;s chat.</source>
        <translation>写回复，或按 Ctrl+K 插入快捷回复。按 Ctrl+Enter 复制，粘贴到平台聊天窗口。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/reply_box.py" line="65"/>
        <source>Canned reply…</source>
        <translation>快捷回复…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/reply_box.py" line="66"/>
        <source>Insert a canned reply (Ctrl+K)</source>
        <translation>插入快捷回复（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/reply_box.py" line="69"/>
        <source>The ticket&apos;s state after your reply</source>
        <translation>回复后工单的状态</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/reply_box.py" line="71"/>
        <source>then: {state}</source>
        <translation>然后：{state}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/reply_box.py" line="72"/>
        <source>Add note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/reply_box.py" line="74"/>
        <source>An internal note; the customer never sees it (Ctrl+Shift+Enter)</source>
        <translation>内部备注，客户看不到（Ctrl+Shift+Enter）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/reply_box.py" line="77"/>
        <source>Customer wrote</source>
        <translation>客户消息</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/reply_box.py" line="80"/>
        <source>Keep the text as the customer&apos;s message (pasted from the platform&apos;s chat) instead of a reply</source>
        <translation>把文字记为客户的消息（从平台聊天窗口粘贴），而不是回复</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/reply_box.py" line="85"/>
        <source>Copy reply</source>
        <translation>复制回复</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/reply_box.py" line="89"/>
        <source>Copy the finished reply to paste into the platform&apos;s chat, and keep it in the thread (Ctrl+Enter)</source>
        <translation>复制填好的回复，粘贴到平台聊天窗口，并记入对话（Ctrl+Enter）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/reply_box.py" line="147"/>
        <source>A brace has no partner: write variables as {order_no}.</source>
        <translation>有未配对的花括号：变量请写成 {order_no}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/reply_box.py" line="152"/>
        <source>Unknown variable: {names}</source>
        <translation>未知变量：{names}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/reply_box.py" line="158"/>
        <source>Nothing to fill in for: {names}</source>
        <translation>没有可填入的内容：{names}</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="51"/>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="52"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="53"/>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="54"/>
        <source>Daily sales</source>
        <translation>每日销售</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="55"/>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="56"/>
        <source>Definition</source>
        <translation>定义</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="57"/>
        <source>Definitions</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="58"/>
        <source>Gross sales by channel</source>
        <translation>各渠道销售总额</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="59"/>
        <source>Gross sales</source>
        <translation>销售总额</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="60"/>
        <source>KPI definitions</source>
        <translation>指标定义</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="61"/>
        <source>KPI</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="62"/>
        <source>No sales in this period</source>
        <translation>这个周期没有销售</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="63"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="64"/>
        <source>Previous period</source>
        <translation>上一周期</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="65"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="66"/>
        <source>Sales after discounts</source>
        <translation>折后销售额</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="67"/>
        <source>Sales and orders per day</source>
        <translation>每日销售与订单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="68"/>
        <source>Sales</source>
        <translation>销售</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="69"/>
        <source>Summary</source>
        <translation>概览</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="70"/>
        <source>This period</source>
        <translation>本周期</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="71"/>
        <source>Top products by gross sales</source>
        <translation>销售总额最高的商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="72"/>
        <source>Top products</source>
        <translation>热销商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="73"/>
        <source>Units</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="74"/>
        <source>Weekly report</source>
        <translation>周报</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="75"/>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/restore_dialog.py" line="25"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/restore_dialog.py" line="29"/>
        <source>Daily</source>
        <translation>每日备份</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/restore_dialog.py" line="29"/>
        <source>Before an operation</source>
        <translation>操作前备份</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/restore_dialog.py" line="31"/>
        <source>Backed up by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/restore_dialog.py" line="32"/>
        <source>Before an import</source>
        <translation>导入前备份</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/restore_dialog.py" line="33"/>
        <source>Before a restore</source>
        <translation>恢复前备份</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/restore_dialog.py" line="34"/>
        <source>Before an upgrade</source>
        <translation>升级前备份</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/restore_dialog.py" line="35"/>
        <source>Before a bulk edit</source>
        <translation>批量修改前备份</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/restore_dialog.py" line="39"/>
        <source>Restoring replaces everything in this shop with the backup. A copy of the shop as it is now is taken first, so a restore can be undone by restoring that copy.</source>
        <translation>恢复会用备份替换本店铺的全部数据。恢复前会先为当前店铺保存一份副本，因此恢复那份副本即可撤销这次恢复。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/restore_dialog.py" line="46"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/restore_dialog.py" line="46"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/restore_dialog.py" line="46"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/restore_dialog.py" line="65"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/restore_dialog.py" line="68"/>
        <source>Other file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/restore_dialog.py" line="80"/>
        <source>Restore from file</source>
        <translation>从文件恢复</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/restore_dialog.py" line="84"/>
        <source>Shopkeeper backup ({patterns})</source>
        <translation>Shopkeeper 备份 ({patterns})</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/restore_dialog.py" line="87"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Section</name>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today_sections.py" line="68"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today_sections.py" line="83"/>
        <source>{line}
Click to open it where it can be fixed.</source>
        <translation>{line}
点击打开可处理它的地方。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today_sections.py" line="91"/>
        <source>… and {n} more</source>
        <translation>…… 还有 {n} 项</translation>
    </message>
</context>
<context>
    <name>ServiceHoursDialog</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/service_hours_dialog.py" line="27"/>
        <location filename="../../shopkeeper/ui/dialogs/service_hours_dialog.py" line="69"/>
        <source>Service hours and response targets</source>
        <translation>服务时间和响应目标</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/service_hours_dialog.py" line="36"/>
        <source>Due times count only the hours you answer customers, in the shop&apos;s time zone, and pause while a ticket waits on the customer.</source>
        <translation>到期时间只计算店铺时区内的客服服务时间，工单等待客户回复时暂停计时。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/service_hours_dialog.py" line="42"/>
        <source>Service hours:</source>
        <translation>服务时间：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/service_hours_dialog.py" line="43"/>
        <source>For example: Mon-Fri 09:00-18:00; Sat 10:00-16:00</source>
        <translation>例如：Mon-Fri 09:00-18:00; Sat 10:00-16:00</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/service_hours_dialog.py" line="48"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/service_hours_dialog.py" line="51"/>
        <source>Answer {kind} within:</source>
        <translation>{kind}响应时限：</translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/sheet_page.py" line="16"/>
        <location filename="../../shopkeeper/ui/import_wizard/sheet_page.py" line="38"/>
        <source>Choose the sheet</source>
        <translation>选择工作表</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/sheet_page.py" line="18"/>
        <source>This workbook has several sheets. Which one holds the data to import?</source>
        <translation>该工作簿有多个工作表。要导入的数据在哪一个工作表中？</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/sheet_page.py" line="38"/>
        <source>Check the dates</source>
        <translation>确认日期格式</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/sheet_page.py" line="40"/>
        <source>{name} has {count} sheets.</source>
        <translation>{name} 共有 {count} 个工作表。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/sheet_page.py" line="44"/>
        <source>{name} writes its dates in a way that needs your answer.</source>
        <translation>{name} 中的日期写法需要您确认。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/sheet_page.py" line="103"/>
        <source>Choose how the dates are written, then continue.</source>
        <translation>请选择日期的写法，然后继续。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/sheet_page.py" line="112"/>
        <source>Reading sheet “{sheet}”…</source>
        <translation>正在读取工作表“{sheet}”…</translation>
    </message>
</context>
<context>
    <name>ShopActions</name>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="38"/>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="49"/>
        <source>New shop</source>
        <translation>新建店铺</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="51"/>
        <source>A file named {name} already exists there. Choose another name, or use File &gt; Open shop to open it.</source>
        <translation>该位置已有名为 {name} 的文件。请换一个名称，或通过“文件 &gt; 打开店铺”打开它。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="69"/>
        <source>Open shop</source>
        <translation>打开店铺</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="83"/>
        <source>Opening {name}…</source>
        <translation>正在打开 {name}…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="97"/>
        <source>Creating a demo shop…</source>
        <translation>正在创建演示店铺…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="105"/>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="108"/>
        <source>Checking the shop file…</source>
        <translation>正在检查店铺文件…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="145"/>
        <source>Shop file damaged</source>
        <translation>店铺文件已损坏</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="141"/>
        <source>Restore the newest good backup ({name}) now?</source>
        <translation>现在恢复最近一份完好的备份（{name}）吗？</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="62"/>
        <source>Creating {name}…</source>
        <translation>正在创建 {name}…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="157"/>
        <source>Shop file missing</source>
        <translation>找不到店铺文件</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="160"/>
        <source>Shopkeeper still has the shop open. Save a copy now so nothing is lost.</source>
        <translation>Shopkeeper 仍打开着这个店铺。请立即另存一份副本，以免丢失数据。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="163"/>
        <source>Save a copy…</source>
        <translation>另存副本…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="168"/>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="183"/>
        <source>Save a copy</source>
        <translation>另存副本</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="190"/>
        <source>Saving a copy…</source>
        <translation>正在保存副本…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="203"/>
        <source>Backing up…</source>
        <translation>正在备份…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="206"/>
        <source>Backup saved: {file}</source>
        <translation>备份已保存：{file}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="225"/>
        <source>Restored from {file}. The shop as it was before is saved as {safety}.</source>
        <translation>已从 {file} 恢复。恢复前的店铺已保存为 {safety}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="232"/>
        <source>Restoring…</source>
        <translation>正在恢复…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="269"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="270"/>
        <source>The language changes the next time Shopkeeper starts.</source>
        <translation>The language changes the next time Shopkeeper starts.</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="283"/>
        <source>&lt;h3&gt;Shopkeeper {version}&lt;/h3&gt;&lt;p&gt;The offline back office for a one-person shop.&lt;/p&gt;&lt;p&gt;Shop file: {path}&lt;br&gt;SQLite {sqlite}&lt;br&gt;Qt for Python {qt}&lt;br&gt;Data folder: {data}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Shopkeeper {version}&lt;/h3&gt;&lt;p&gt;为个人网店打造的离线后台管理工具。&lt;/p&gt;&lt;p&gt;店铺文件：{path}&lt;br&gt;SQLite {sqlite}&lt;br&gt;Qt for Python {qt}&lt;br&gt;数据文件夹：{data}&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="288"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="295"/>
        <source>About Shopkeeper</source>
        <translation>关于 Shopkeeper</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="300"/>
        <source>Work in progress</source>
        <translation>任务进行中</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/shop_actions.py" line="302"/>
        <source>Shopkeeper is still working. Quit anyway? The unfinished work will be cancelled and will change nothing.</source>
        <translation>Shopkeeper 仍在处理任务。仍要退出吗？未完成的任务将被取消，不会造成任何改动。</translation>
    </message>
</context>
<context>
    <name>ShopSettingsDialog</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/shop_settings_dialog.py" line="68"/>
        <location filename="../../shopkeeper/ui/dialogs/shop_settings_dialog.py" line="141"/>
        <source>Shop settings</source>
        <translation>店铺设置</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/shop_settings_dialog.py" line="78"/>
        <source>The currency cannot change once the shop holds an amount.</source>
        <translation>店铺中已有金额，币种不能再改。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/shop_settings_dialog.py" line="90"/>
        <source>Shop name</source>
        <translation>店铺名称</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/shop_settings_dialog.py" line="91"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/shop_settings_dialog.py" line="92"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/shop_settings_dialog.py" line="93"/>
        <source>Country (public holidays)</source>
        <translation>国家/地区（法定假日）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/shop_settings_dialog.py" line="94"/>
        <source>Daily backups to keep</source>
        <translation>每日备份保留份数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/shop_settings_dialog.py" line="95"/>
        <source>Backups before operations to keep</source>
        <translation>操作前备份保留份数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/shop_settings_dialog.py" line="109"/>
        <source>As the computer&apos;s locale ({country})</source>
        <translation>跟随电脑的区域设置（{country}）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/shop_settings_dialog.py" line="110"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/shop_settings_dialog.py" line="133"/>
        <source>Shop settings — unknown time zone</source>
        <translation>店铺设置 — 未知时区</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/shop_settings_dialog.py" line="147"/>
        <source>Change shop settings</source>
        <translation>修改店铺设置</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/shortcuts_dialog.py" line="46"/>
        <source>Keyboard shortcuts</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/shortcuts_dialog.py" line="50"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/shortcuts_dialog.py" line="50"/>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="41"/>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="65"/>
        <source>Snooze</source>
        <translation>稍后处理</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="47"/>
        <source>In 3 hours</source>
        <translation>3 小时后</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="48"/>
        <source>Tomorrow 09:00</source>
        <translation>明天 09:00</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="49"/>
        <source>Next Monday 09:00</source>
        <translation>下周一 09:00</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="53"/>
        <source>Hide the ticket until:</source>
        <translation>隐藏工单直到：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/ticket_dialogs.py" line="58"/>
        <source>Choose…</source>
        <translation>自选…</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="64"/>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="68"/>
        <source>New</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="68"/>
        <source>rows to add</source>
        <translation>待添加的行</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="69"/>
        <source>Changed</source>
        <translation>更新</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="69"/>
        <source>rows to update</source>
        <translation>待更新的行</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="71"/>
        <source>Unchanged</source>
        <translation>无变化</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="71"/>
        <source>rows already in the shop</source>
        <translation>已在店铺中的行</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="74"/>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="74"/>
        <source>rows that cannot be imported</source>
        <translation>无法导入的行</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="86"/>
        <source>Row</source>
        <translation>行号</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="86"/>
        <source>Why it was rejected</source>
        <translation>拒绝原因</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="97"/>
        <source>Import nothing (fix the file first)</source>
        <translation>不导入（先修正文件）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="99"/>
        <source>Import the good rows and save the rejected rows to a spreadsheet…</source>
        <translation>导入有效行，并把被拒绝的行保存到表格…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="106"/>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="139"/>
        <source>Shopkeeper compares every row of {name} with your shop. Nothing has been changed yet.</source>
        <translation>Shopkeeper 会把 {name} 的每一行与店铺数据进行比对。目前还没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="143"/>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="284"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="163"/>
        <source>Checking every row…</source>
        <translation>正在逐行检查…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="168"/>
        <source>Checking {name}…</source>
        <translation>正在检查 {name}…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="186"/>
        <source>Choose how the dates are written; Shopkeeper then checks the file again.</source>
        <translation>请选择日期的写法，之后 Shopkeeper 会重新检查文件。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="194"/>
        <source>The check was cancelled. Nothing was changed.</source>
        <translation>检查已取消，没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="211"/>
        <source>&lt;b&gt;Rejected rows&lt;/b&gt; (row numbers as in the file):</source>
        <translation>&lt;b&gt;被拒绝的行&lt;/b&gt;（行号与文件中一致）：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="219"/>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="239"/>
        <source>… and {count:,} more.</source>
        <translation>… 还有 {count:,} 行。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="224"/>
        <source>Checked {total:,} rows.</source>
        <translation>已检查 {total:,} 行。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="233"/>
        <source>Row {row}: {message}</source>
        <translation>第 {row} 行：{message}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="240"/>
        <source>&lt;b&gt;Notes&lt;/b&gt; on rows that are imported:</source>
        <translation>&lt;b&gt;提示&lt;/b&gt;（这些行会被导入）：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="250"/>
        <source>Nothing will be imported. Fix the rejected rows in the file and import it again.</source>
        <translation>不会导入任何数据。请在文件中修正被拒绝的行，然后重新导入。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="253"/>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="289"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="258"/>
        <source>Every row was rejected, so there is nothing to import. Save the rejected rows to see why beside each one.</source>
        <translation>每一行都被拒绝，所以没有可导入的内容。保存被拒绝的行，可以看到每一行旁边的原因。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="266"/>
        <source>The good rows are already in your shop: there is nothing to add or update.</source>
        <translation>有效行都已在店铺中，没有需要添加或更新的内容。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="261"/>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="268"/>
        <source>Save rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="273"/>
        <source>Everything in this file is already in your shop: there is nothing to add or update.</source>
        <translation>该文件中的数据都已在店铺中，没有需要添加或更新的内容。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="276"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="281"/>
        <source>Press Import to add and update these rows in one step. A backup of the shop is taken first.</source>
        <translation>点击“导入”即可一次性添加和更新这些行。导入前会先备份店铺。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="311"/>
        <source>Save the rejected rows</source>
        <translation>保存被拒绝的行</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/summary_page.py" line="313"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/targets_panel.py" line="39"/>
        <source>Set this week&apos;s target…</source>
        <translation>设置本周目标…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/targets_panel.py" line="57"/>
        <source>This week: {sales} sold; no target set.</source>
        <translation>本周：已售 {sales}；未设目标。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/targets_panel.py" line="63"/>
        <source>This week: {sales} of {target} ({share:.0%}); {pace}.</source>
        <translation>本周：{sales} / {target}（{share:.0%}）；{pace}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/targets_panel.py" line="67"/>
        <source>on track</source>
        <translation>进度正常</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/targets_panel.py" line="67"/>
        <source>behind the pace</source>
        <translation>落后于进度</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/targets_panel.py" line="79"/>
        <source>Weekly sales target</source>
        <translation>每周销售目标</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/targets_panel.py" line="80"/>
        <source>Sales after discounts to reach in the week of {monday} ({currency}):</source>
        <translation>{monday} 这一周要达到的折后销售额（{currency}）：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/targets_panel.py" line="92"/>
        <source>Set weekly sales target</source>
        <translation>设置每周销售目标</translation>
    </message>
</context>
<context>
    <name>ThreadView</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ticket_thread.py" line="47"/>
        <source>No messages yet.</source>
        <translation>还没有消息。</translation>
    </message>
</context>
<context>
    <name>TicketLabels</name>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="14"/>
        <source>Pre-sale</source>
        <translation>售前</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="15"/>
        <source>Return</source>
        <translation>退货</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="16"/>
        <source>Exchange</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="17"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="18"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="19"/>
        <source>Review</source>
        <translation>评价</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="20"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="26"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="27"/>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="45"/>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="28"/>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="46"/>
        <source>Waiting on customer</source>
        <translation>等待客户回复</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="29"/>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="49"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="30"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="36"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="37"/>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="38"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="39"/>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="47"/>
        <source>Snoozed</source>
        <translation>稍后处理</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="48"/>
        <source>Overdue</source>
        <translation>已超时</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="50"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="62"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="63"/>
        <source>You</source>
        <translation>我</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="64"/>
        <source>Internal note</source>
        <translation>内部备注</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="72"/>
        <source>{n} d</source>
        <translation>{n} 天</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="74"/>
        <source>{n} h</source>
        <translation>{n} 小时</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="75"/>
        <source>{n} min</source>
        <translation>{n} 分钟</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="89"/>
        <source>overdue {span}</source>
        <translation>超时 {span}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/ticket_labels.py" line="90"/>
        <source>in {span}</source>
        <translation>{span}后</translation>
    </message>
</context>
<context>
    <name>TicketReason</name>
    <message>
        <location filename="../../shopkeeper/services/ticket_states.py" line="26"/>
        <source>Runs small</source>
        <translation>尺码偏小</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_states.py" line="27"/>
        <source>Runs large</source>
        <translation>尺码偏大</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_states.py" line="28"/>
        <source>Arrived damaged</source>
        <translation>到货破损</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_states.py" line="29"/>
        <source>Defective</source>
        <translation>质量缺陷</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_states.py" line="30"/>
        <source>Not as described</source>
        <translation>与描述不符</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_states.py" line="31"/>
        <source>Colour differs from photos</source>
        <translation>颜色与图片不符</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_states.py" line="32"/>
        <source>Wrong item sent</source>
        <translation>发错货</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_states.py" line="33"/>
        <source>Item missing</source>
        <translation>少件</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_states.py" line="34"/>
        <source>Late delivery</source>
        <translation>物流太慢</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_states.py" line="35"/>
        <source>Poor quality</source>
        <translation>质量差</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_states.py" line="36"/>
        <source>Changed mind</source>
        <translation>不想要了</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_states.py" line="37"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>TicketSidePanel</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ticket_thread.py" line="87"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ticket_thread.py" line="95"/>
        <source>{n} possible duplicates: merge…</source>
        <translation>{n} 个可能重复的客户：合并…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ticket_thread.py" line="98"/>
        <source>Not linked to a customer</source>
        <translation>未关联客户</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ticket_thread.py" line="99"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ticket_thread.py" line="108"/>
        <source>Tracking</source>
        <translation>物流单号</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ticket_thread.py" line="113"/>
        <source>{order} (not imported yet)</source>
        <translation>{order}（尚未导入）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ticket_thread.py" line="116"/>
        <source>No order</source>
        <translation>无订单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ticket_thread.py" line="117"/>
        <source>Listing</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ticket_thread.py" line="123"/>
        <source>Stock: {n}</source>
        <translation>库存：{n}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ticket_thread.py" line="126"/>
        <source>{sku} (not imported yet)</source>
        <translation>{sku}（尚未导入）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ticket_thread.py" line="129"/>
        <source>No listing</source>
        <translation>无商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ticket_thread.py" line="131"/>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/ticket_thread.py" line="135"/>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="61"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="72"/>
        <source>Ship-within hours…</source>
        <translation>发货时限…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="73"/>
        <source>How many hours each channel gives you to ship an order</source>
        <translation>各渠道给你多少小时发货</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="75"/>
        <source>Open KPIs</source>
        <translation>查看数据</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="91"/>
        <source>Orders to ship today or late</source>
        <translation>今天要发货或已超时的订单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="91"/>
        <source>Nothing to ship yet.</source>
        <translation>暂时没有要发的货。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="92"/>
        <source>Tickets due or overdue</source>
        <translation>今天到期或已超时的工单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="92"/>
        <source>No ticket is due today.</source>
        <translation>今天没有到期的工单。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="93"/>
        <source>Snoozed tickets waking today</source>
        <translation>今天提醒的稍后处理工单</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="93"/>
        <source>None wake today.</source>
        <translation>今天没有。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="94"/>
        <source>Out of stock or at reorder point</source>
        <translation>缺货或到达补货点</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="94"/>
        <source>Stock is fine.</source>
        <translation>库存正常。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="95"/>
        <source>Selling out within the lead time</source>
        <translation>补货周期内会卖完</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="95"/>
        <source>Nothing soon.</source>
        <translation>近期没有。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="98"/>
        <source>Promotions starting or ending in 7 days</source>
        <translation>7 天内开始或结束的活动</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="99"/>
        <source>No promotion starts or ends this week.</source>
        <translation>本周没有活动开始或结束。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="101"/>
        <source>Campaign tasks due</source>
        <translation>到期的活动任务</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="101"/>
        <source>No campaign task is due.</source>
        <translation>没有到期的活动任务。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="102"/>
        <source>Listing problems</source>
        <translation>商品问题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="102"/>
        <source>No listing problems.</source>
        <translation>没有商品问题。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="169"/>
        <source>Loading Today…</source>
        <translation>正在加载今日…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="172"/>
        <source>Checking stock…</source>
        <translation>正在检查库存…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="186"/>
        <source>Checking listings…</source>
        <translation>正在检查商品…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="219"/>
        <source>Counted {when}; checking again…</source>
        <translation>{when} 的统计；正在重新检查…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="221"/>
        <source>Checked {when}</source>
        <translation>检查于 {when}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="234"/>
        <source>{order} · ship by {time}</source>
        <translation>{order} · {time} 前发货</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="236"/>
        <source>(no subject)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="238"/>
        <source>{problems} problems in {listings} listings</source>
        <translation>{listings} 个商品共有 {problems} 个问题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="244"/>
        <source>{title} · {stock} left, about {days} days</source>
        <translation>{title} · 剩 {stock} 件，约 {days} 天</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="247"/>
        <source>{title} · {stock} left</source>
        <translation>{title} · 剩 {stock} 件</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="261"/>
        <source>This week: {sales}; no target set (KPIs &gt; Weekly targets)</source>
        <translation>本周：{sales}；未设目标（数据 &gt; 每周目标）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="269"/>
        <source>This week: {sales} of {target} ({share:.0%})</source>
        <translation>本周：{sales} / {target}（{share:.0%}）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="281"/>
        <source>Yesterday: {orders} orders, {sales} (the day before: {orders_b}, {sales_b})</source>
        <translation>昨天：{orders} 单，{sales}（前天：{orders_b} 单，{sales_b}）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="296"/>
        <source>Ship within</source>
        <translation>发货时限</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="298"/>
        <source>Hours each channel allows to ship, e.g. taobao=48, jd=24, *=72 (* is every other channel):</source>
        <translation>各渠道允许的发货小时数，例如 taobao=48, jd=24, *=72（* 表示其他所有渠道）：</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/tabs/today.py" line="315"/>
        <source>Set ship-within hours</source>
        <translation>设置发货时限</translation>
    </message>
</context>
<context>
    <name>UndoHistoryDialog</name>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/undo_history_dialog.py" line="12"/>
        <source>Undo history</source>
        <translation>撤销历史</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/undo_history_dialog.py" line="17"/>
        <source>Click a step to go back to just after it. Later steps stay here until you make a new edit.</source>
        <translation>点击某一步，回到刚做完那一步时的状态。之后的步骤会保留，直到你做新的修改。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/dialogs/undo_history_dialog.py" line="24"/>
        <source>The shop as it was opened</source>
        <translation>打开店铺时的状态</translation>
    </message>
</context>
<context>
    <name>UserError</name>
    <message>
        <location filename="../../shopkeeper/cli/exchange.py" line="20"/>
        <source>--map {text}: {problem}. Use --map FIELD=COLUMN with a field id such as order_no and a column header (or its number, counting from 1).</source>
        <translation>--map {text}：{problem}。请使用 --map FIELD=COLUMN，其中 FIELD 是字段 ID（如 order_no），COLUMN 是列标题（或从 1 开始数的列号）。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/cli/exchange.py" line="29"/>
        <source>Cannot tell which format to write from the name {name}: end it in .xlsx or .csv, or choose the format with --format. Nothing was written.</source>
        <translation>无法从文件名 {name} 判断要写入的格式：请以 .xlsx 或 .csv 结尾，或用 --format 指定格式。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/cli/exchange.py" line="38"/>
        <source>--format {format} is not a format for {kind}; choose one of: {formats}. Nothing was written.</source>
        <translation>--format {format} 不是 {kind} 可用的格式；请从以下格式中选择：{formats}。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/cli/exchange.py" line="207"/>
        <source>--changed-since-last works for listings only, not {kind}. Nothing was written.</source>
        <translation>--changed-since-last 只适用于商品，不适用于 {kind}。未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="35"/>
        <source>Something went wrong.</source>
        <translation>出错了。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="63"/>
        <source>The shop {path} is already open in another Shopkeeper window or command. Close it there and try again.</source>
        <translation>店铺 {path} 已在另一个 Shopkeeper 窗口或命令中打开。请先在那里关闭，然后重试。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="71"/>
        <source>{path} is not a Shopkeeper shop file (it is not an SQLite database).</source>
        <translation>{path} 不是 Shopkeeper 店铺文件（它不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="74"/>
        <source>{path} is an SQLite database, but not a Shopkeeper shop file. Choose a shop file (*.shop.db) or a Shopkeeper backup.</source>
        <translation>{path} 是 SQLite 数据库，但不是 Shopkeeper 店铺文件。请选择店铺文件（*.shop.db）或 Shopkeeper 备份。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="79"/>
        <source>{path} is a folder, not a shop file. Choose the shop file itself.</source>
        <translation>{path} 是文件夹，不是店铺文件。请选择店铺文件本身。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="85"/>
        <source>{path} was made by a newer version of Shopkeeper. Update Shopkeeper to open it; the file was not changed.</source>
        <translation>{path} 由更新版本的 Shopkeeper 创建。请升级 Shopkeeper 后再打开；该文件未被改动。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="93"/>
        <source>Shopkeeper cannot write to {path}. Check that the file and its folder are not read-only, or copy the shop somewhere you can write to.</source>
        <translation>Shopkeeper 无法写入 {path}。请检查该文件及其所在文件夹是否为只读，或把店铺复制到可写入的位置。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="101"/>
        <source>There is no shop file at {path}. It may have been moved or deleted.</source>
        <translation>{path} 处没有店铺文件，可能已被移动或删除。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="107"/>
        <source>{path} was made by an older Shopkeeper. Open it once in this version to update it.</source>
        <translation>{path} 由旧版 Shopkeeper 创建。用此版本打开一次即可完成升级。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="114"/>
        <source>The shop file {path} was moved or deleted while it was open.</source>
        <translation>店铺文件 {path} 在打开期间被移动或删除了。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="120"/>
        <source>{path} is damaged (SQLite integrity check failed: {detail}). Nothing was changed. Restore the newest good backup to keep working.</source>
        <translation>{path} 已损坏（SQLite 完整性检查失败：{detail}）。没有做任何改动。请恢复最近一份完好的备份以继续使用。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="126"/>
        <source>{path} is damaged (SQLite integrity check failed: {detail}). Nothing was changed. The newest good backup is {backup}.</source>
        <translation>{path} 已损坏（SQLite 完整性检查未通过：{detail}）。未做任何更改。最新的完好备份是 {backup}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="158"/>
        <source>{path} is an empty file (0 bytes): it holds no shop yet, so there is nothing to read. Open it in Shopkeeper to start a shop there, or choose another shop file.</source>
        <translation>{path} 是空文件（0 字节）：其中还没有店铺，没有可读取的内容。请在 Shopkeeper 中打开它以新建店铺，或选择其他店铺文件。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="166"/>
        <source>There is no backup file at {path}. Check the name; nothing was changed.</source>
        <translation>{path} 处没有备份文件。请检查文件名；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="173"/>
        <source>The backup {path} is damaged (SQLite integrity check failed: {detail}), so it cannot be restored. Choose another backup; nothing was changed.</source>
        <translation>备份 {path} 已损坏（SQLite 完整性检查未通过：{detail}），无法用于恢复。请选择其他备份；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="186"/>
        <source>Refusing to write to {target}: it is {what}. Writing there would destroy the shop. Choose another file name; nothing was written.</source>
        <translation>拒绝写入 {target}：它是{what}。写入会毁掉店铺。请换一个文件名；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="191"/>
        <location filename="../../shopkeeper/errors.py" line="286"/>
        <source>the shop file</source>
        <translation>店铺文件</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="192"/>
        <source>a working file of the shop {shop}</source>
        <translation>店铺 {shop} 的工作文件</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="193"/>
        <source>inside Shopkeeper&apos;s backups folder</source>
        <translation>位于 Shopkeeper 的备份文件夹中</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="194"/>
        <source>a Shopkeeper shop file</source>
        <translation>一个 Shopkeeper 店铺文件</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="209"/>
        <source>The folder {folder} does not exist, so {name} cannot be written there. Create the folder or choose another one; nothing was written.</source>
        <translation>文件夹 {folder} 不存在，无法在其中写入 {name}。请先创建该文件夹或选择其他文件夹；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="218"/>
        <source>{path} is a folder. Give a file name inside it, such as {example}; nothing was written.</source>
        <translation>{path} 是文件夹。请给出其中的文件名，例如 {example}；未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="225"/>
        <source>The disk is full: there is not enough free space to write {path}. Free some space (or choose another disk) and try again; nothing was changed.</source>
        <translation>磁盘已满：没有足够的空间写入 {path}。请释放一些空间（或选择其他磁盘）后重试；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="233"/>
        <source>Shopkeeper cannot write to {path}: the disk or folder is read-only (or you lack the permission). Choose a folder you can write to; nothing was changed.</source>
        <translation>Shopkeeper 无法写入 {path}：磁盘或文件夹为只读（或您没有权限）。请选择可写入的文件夹；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="241"/>
        <source>Shopkeeper is not allowed to use {path} (permission denied). Check the permissions of the file and its folder, or choose another place; nothing was changed.</source>
        <translation>Shopkeeper 无权使用 {path}（权限被拒绝）。请检查该文件及其文件夹的权限，或选择其他位置；未做任何更改。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/errors.py" line="250"/>
        <source>The input was rejected and nothing was changed.</source>
        <translation>输入被拒绝，没有做任何改动。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/importing.py" line="49"/>
        <source>The header row has no column for: {fields}. Map those columns in the import wizard (or with --map FIELD=COLUMN) and try again. Nothing was imported.</source>
        <translation>表头中缺少以下字段的列：{fields}。请在导入向导中（或用 --map FIELD=COLUMN）为这些字段指定列后重试。未导入任何数据。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/importing.py" line="71"/>
        <source>{count} rows were rejected, so nothing was imported. Fix them, or import the good rows only and save the rejected ones to a spreadsheet.</source>
        <translation>有 {count} 行被拒绝，因此未导入任何数据。请修正这些行，或只导入有效行并把被拒绝的行保存到表格。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/importing.py" line="79"/>
        <source>There is no file at {path}.</source>
        <translation>找不到文件 {path}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/importing.py" line="80"/>
        <source>{path} is a folder, not a file. Give the spreadsheet or CSV file inside it to import.</source>
        <translation>{path} 是文件夹，不是文件。请指定其中要导入的电子表格或 CSV 文件。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/importing.py" line="87"/>
        <source>{path} has a header row but no data rows.</source>
        <translation>{path} 只有表头，没有数据行。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/demo/__init__.py" line="49"/>
        <source>{path} already has data; demo data goes into a new, empty shop.</source>
        <translation>{path} 中已有数据；演示数据只能写入新的空店铺。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="16"/>
        <source>{name} is not a valid Excel file: it looks truncated or damaged (not a valid zip). Save it again from Excel and retry.</source>
        <translation>{name} 不是有效的 Excel 文件：文件似乎不完整或已损坏（不是有效的 zip）。请用 Excel 重新保存后再试。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="22"/>
        <source>{name} could not be read as a spreadsheet: it looks damaged or was saved in an unusual way. Open it in Excel or LibreOffice, save it as .xlsx and retry.</source>
        <translation>无法将 {name} 读取为表格：文件似乎已损坏，或以不常见的方式保存。请用 Excel 或 LibreOffice 打开，另存为 .xlsx 后再试。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="28"/>
        <source>{name} is a web page saved under an Excel file name, not a real Excel file. Open it in Excel, save it as .xlsx (Excel Workbook) and retry.</source>
        <translation>{name} 是以 Excel 文件名保存的网页，并不是真正的 Excel 文件。请用 Excel 打开，另存为 .xlsx（Excel 工作簿）后再试。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="36"/>
        <source>{name} is password-protected (encrypted), so Shopkeeper cannot read it. Open it in Excel, remove the password (File &gt; Info &gt; Protect Workbook &gt; Encrypt with Password), save it and retry.</source>
        <translation>{name} 设有密码（已加密），Shopkeeper 无法读取。请用 Excel 打开并删除密码（文件 &gt; 信息 &gt; 保护工作簿 &gt; 用密码进行加密），保存后再试。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="45"/>
        <source>{name} was not opened because it contains {problem}, which spreadsheet programs never write and which can freeze the computer. If you trust the file, open it in Excel, save it under a new name and import that copy.</source>
        <translation>{name} 未被打开，因为其中包含{problem}。表格软件从不写入这类内容，它可能让电脑卡死。如果您信任此文件，请用 Excel 打开，另存为新文件后导入该副本。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="52"/>
        <source>XML entity or DOCTYPE declarations</source>
        <translation>XML 实体或 DOCTYPE 声明</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="53"/>
        <source>more than 1 GB of data once unpacked</source>
        <translation>解压后超过 1 GB 的数据</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="54"/>
        <source>a part that expands more than 200 times (a zip bomb)</source>
        <translation>解压后膨胀超过 200 倍的部分（压缩炸弹）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="60"/>
        <source>The sheet “{sheet}” in {name} reaches the {limit:,}-row limit of its file format, so it was probably cut off when it was saved and rows are missing. Export the data again as CSV (or split it into several files) and import that.</source>
        <translation>{name} 中的工作表“{sheet}”达到了该文件格式 {limit:,} 行的上限，保存时很可能被截断，缺少部分行。请重新导出为 CSV（或拆分成多个文件）后导入。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="69"/>
        <source>Shopkeeper cannot tell which text encoding {name} uses (it is not UTF-8, GB18030 or Windows-1252 text). Save it again as “CSV UTF-8” and retry.</source>
        <translation>Shopkeeper 无法判断 {name} 使用的文本编码（不是 UTF-8、GB18030 或 Windows-1252 文本）。请另存为“CSV UTF-8”后再试。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="75"/>
        <source>{name} cannot be read as {encoding} text. Choose another encoding, or save it again as “CSV UTF-8” and retry.</source>
        <translation>无法按 {encoding} 文本读取 {name}。请选择其他编码，或另存为“CSV UTF-8”后再试。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="80"/>
        <source>{name} does not contain text (it looks like a binary file with a text-file extension). Choose the original export file and retry.</source>
        <translation>{name} 不包含文本（看起来是使用了文本文件扩展名的二进制文件）。请选择原始导出文件后再试。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="88"/>
        <source>{name} could not be read as a CSV file near line {line}. Open it in a spreadsheet program, save it as “CSV UTF-8” and retry.</source>
        <translation>{name} 在第 {line} 行附近无法按 CSV 文件读取。请用表格软件打开，另存为“CSV UTF-8”后再试。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="96"/>
        <source>{name} has no sheet called “{sheet}”. Its sheets are: {sheets}.</source>
        <translation>{name} 中没有名为“{sheet}”的工作表。其中的工作表有：{sheets}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="103"/>
        <source>{name} is empty: there is no header row and no data to import.</source>
        <translation>{name} 是空的：没有表头行，也没有可导入的数据。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="106"/>
        <source>The sheet “{sheet}” in {name} is empty: there is no header row and no data to import. Choose the sheet that holds the data.</source>
        <translation>{name} 中的工作表“{sheet}”是空的：没有表头行，也没有可导入的数据。请选择包含数据的工作表。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="114"/>
        <source>{name} is not a file type Shopkeeper can import. Use one of: {supported}.</source>
        <translation>Shopkeeper 无法导入 {name} 这种文件类型。请使用以下类型之一：{supported}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="121"/>
        <source>day/month/year</source>
        <translation>日/月/年</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="122"/>
        <source>month/day/year</source>
        <translation>月/日/年</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="123"/>
        <source>year/month/day</source>
        <translation>年/月/日</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="125"/>
        <source>{first} or {second}</source>
        <translation>{first}或{second}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/errors.py" line="134"/>
        <source>The dates in column “{column}” can be read as {orders} (for example {example}). Choose the date order and import again.</source>
        <translation>“{column}”列中的日期可以按{orders}两种方式读取（例如 {example}）。请选择日期顺序后重新导入。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/shop_setup.py" line="38"/>
        <source>{path} already exists and is not empty. Choose a new file name; to work on that shop, open it instead.</source>
        <translation>{path} 已存在且不是空文件。请换一个文件名；要使用那个店铺，请直接打开它。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/shop_setup.py" line="49"/>
        <source>Unknown currency “{value}”. Shopkeeper knows: {known}.</source>
        <translation>未知币种“{value}”。Shopkeeper 支持：{known}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/shop_setup.py" line="52"/>
        <source>Unknown time zone “{value}”. Give an IANA name such as Asia/Shanghai.</source>
        <translation>未知时区“{value}”。请填写 IANA 名称，例如 Asia/Shanghai。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/shop_setup.py" line="55"/>
        <source>Unknown country “{value}”. Give an ISO 3166 code such as CN, US or DE.</source>
        <translation>未知国家/地区“{value}”。请填写 ISO 3166 代码，例如 CN、US 或 DE。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/calendar.py" line="100"/>
        <source>The calendar covers the years 1900 to 2100; {year} is outside them.</source>
        <translation>日历涵盖 1900 至 2100 年；{year} 不在此范围内。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/calendar.py" line="103"/>
        <source>There are no public holidays for the country “{country}”. Use a two-letter ISO 3166 code such as CN, US or DE.</source>
        <translation>没有国家/地区“{country}”的法定假日。请使用两位 ISO 3166 代码，例如 CN、US 或 DE。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/calendar.py" line="108"/>
        <source>Unknown language “{lang}”; the calendar speaks en and zh_CN.</source>
        <translation>未知语言“{lang}”；日历支持 en 和 zh_CN。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/customers.py" line="14"/>
        <source>A customer cannot be merged into themselves.</source>
        <translation>客户不能合并到自己。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/customers.py" line="15"/>
        <source>Customer {id} does not exist (any more).</source>
        <translation>客户 {id} 不存在（或已删除）。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/value_map.py" line="226"/>
        <source>--map-value {text}: {problem}. Use --map-value FIELD=VALUE:CHOICE, e.g. --map-value status=Versendet:shipped.</source>
        <translation>--map-value {text}：{problem}。请使用 --map-value 字段=取值:选项，例如 --map-value status=Versendet:shipped。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/shop_settings.py" line="41"/>
        <source>The shop&apos;s currency cannot change from {old} to {new}: the shop already holds amounts in {old}, and changing it would re-denominate all of them.</source>
        <translation>店铺币种不能从 {old} 改为 {new}：店铺中已有以 {old} 记账的金额，改动会让所有金额都换了币种。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/shop_settings.py" line="50"/>
        <source>“{value}” is not a valid {what}.</source>
        <translation>“{value}”不是有效的{what}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_due.py" line="31"/>
        <source>Service hours must look like &quot;Mon-Fri 09:00-18:00; Sat 10:00-16:00&quot;, not &quot;{text}&quot;.</source>
        <translation>服务时间应写成 &quot;Mon-Fri 09:00-18:00; Sat 10:00-16:00&quot; 这样，而不是 &quot;{text}&quot;。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_due.py" line="38"/>
        <source>Response targets must look like &quot;complaint=4h, review=24h&quot; (h or m), not &quot;{text}&quot;.</source>
        <translation>响应目标应写成 &quot;complaint=4h, review=24h&quot;（h 或 m），而不是 &quot;{text}&quot;。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_states.py" line="43"/>
        <source>The message is empty. Write something before adding it.</source>
        <translation>消息是空的，请先写点内容。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_states.py" line="46"/>
        <source>&quot;{value}&quot; is not a ticket {field}. Choose one of: {choices}.</source>
        <translation>&quot;{value}&quot; 不是有效的工单{field}。请选择：{choices}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_states.py" line="49"/>
        <source>A {scale} score is a whole number from {low} to {high}, not {score}.</source>
        <translation>{scale} 评分是 {low} 到 {high} 的整数，不是 {score}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_states.py" line="52"/>
        <source>Ticket {id} does not exist (any more).</source>
        <translation>工单 {id} 不存在（或已删除）。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_states.py" line="53"/>
        <source>A ticket cannot be merged into itself.</source>
        <translation>工单不能合并到自己。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ticket_states.py" line="54"/>
        <source>A ticket needs a subject.</source>
        <translation>工单需要主题。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/canned_replies.py" line="34"/>
        <source>The reply is empty. Write something first.</source>
        <translation>回复是空的，请先写点内容。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/canned_replies.py" line="35"/>
        <source>The reply uses variables the app does not know: {names}. Known variables: {known}.</source>
        <translation>回复中有未知变量：{names}。可用变量：{known}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/canned_replies.py" line="39"/>
        <source>This ticket has nothing to fill in for: {names}. Edit the reply first.</source>
        <translation>这个工单没有可填入的内容：{names}。请先修改回复。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/canned_replies.py" line="42"/>
        <source>The reply has an unmatched {{ or }}. Write variables as {{order_no}}.</source>
        <translation>回复中有未配对的 {{ 或 }}。变量请写成 {{order_no}}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/canned_replies.py" line="45"/>
        <source>A canned reply needs a title and a text.</source>
        <translation>快捷回复需要标题和内容。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/canned_replies.py" line="46"/>
        <source>There is already a canned reply called &quot;{title}&quot;.</source>
        <translation>已经有名为 &quot;{title}&quot; 的快捷回复。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/calendar_events.py" line="25"/>
        <source>The event ends before it starts.</source>
        <translation>事件的结束时间早于开始时间。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/calendar_events.py" line="26"/>
        <source>Give the event a name.</source>
        <translation>请为事件命名。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/calendar_events.py" line="27"/>
        <source>Unknown repetition “{value}”: use none, yearly or monthly.</source>
        <translation>未知的重复方式“{value}”：请使用 none、yearly 或 monthly。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi.py" line="68"/>
        <source>The shop holds amounts in more than one currency ({currencies}); KPIs add money only in one currency. Nothing was computed.</source>
        <translation>店铺里的金额不止一种货币（{currencies}）；数据指标只能在同一种货币内相加。没有进行计算。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/kpi.py" line="76"/>
        <source>The range ends ({last}) before it starts ({first}). Nothing was computed.</source>
        <translation>区间的结束日期（{last}）早于开始日期（{first}）。没有进行计算。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/cli/listings.py" line="19"/>
        <source>{problem}. Nothing was changed.</source>
        <translation>{problem}。未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/cli/listings.py" line="23"/>
        <source>There is no recorded change {id}.</source>
        <translation>没有编号为 {id} 的修改记录。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/cli/listings.py" line="27"/>
        <source>Change {id} is already undone. Nothing was changed.</source>
        <translation>修改 {id} 已经撤销过了。未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/cli/listings.py" line="31"/>
        <source>Change {id} cannot be undone: {count} of its rows were changed again since (first: {table} row {row}). Undo the later changes first. Nothing was changed.</source>
        <translation>无法撤销修改 {id}：其中 {count} 行之后又被修改过（第一处：{table} 第 {row} 行）。请先撤销之后的修改。未做任何修改。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/reports.py" line="81"/>
        <source>{path}: a report is written as .xlsx or .pdf; choose one of those.</source>
        <translation>{path}：报表只能保存为 .xlsx 或 .pdf，请选择其中一种。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/report_fonts.py" line="31"/>
        <source>The PDF has Chinese text, but no Chinese font with TrueType outlines is installed, so the text would not survive. Install one (on Debian/Ubuntu: apt-get install fonts-wqy-zenhei; on Windows Microsoft YaHei is built in) or write the report as .xlsx. Nothing was written.</source>
        <translation>PDF 中有中文，但没有安装 TrueType 轮廓的中文字体，中文将无法保留。请安装一种（Debian/Ubuntu：apt-get install fonts-wqy-zenhei；Windows 自带微软雅黑），或把报表保存为 .xlsx。没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/cli/report.py" line="27"/>
        <source>{path}: the folder {folder} does not exist. Nothing was written.</source>
        <translation>{path}：文件夹 {folder} 不存在。没有写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/cli/report.py" line="33"/>
        <source>--channel {channel}: the shop has no such channel. Known: {known}.</source>
        <translation>--channel {channel}：店铺没有这个渠道。已有：{known}。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/media.py" line="33"/>
        <source>The image {path} does not exist.</source>
        <translation>图片 {path} 不存在。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/media.py" line="37"/>
        <source>{path} is not an image Shopkeeper can use (JPEG, PNG, GIF, WebP or BMP).</source>
        <translation>{path} 不是可用的图片（JPEG、PNG、GIF、WebP 或 BMP）。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/cli/price_floor.py" line="25"/>
        <source>--to {last} is before --from {first}; give the first day first.</source>
        <translation>--to {last} 早于 --from {first}；请先写开始日期。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/cli/price_floor.py" line="28"/>
        <source>{days} days is too long a range for the price-floor report (at most {most}).</source>
        <translation>{days} 天对价格底线报告来说太长（最多 {most} 天）。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/ab_tests.py" line="61"/>
        <source>A/B test: {problem}. Nothing was saved.</source>
        <translation>A/B 测试：{problem}。没有保存。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/mail.py" line="45"/>
        <source>{name} is not an email message Shopkeeper can read ({problem}). Save the email from your mail program as .eml (or the mailbox as .mbox) and try again. Nothing was imported.</source>
        <translation>{name} 不是 Shopkeeper 能读取的邮件（{problem}）。请在邮件程序中把邮件另存为 .eml（或把邮箱导出为 .mbox）后重试。没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/exchange/mail.py" line="51"/>
        <source>{name} holds no email messages. Nothing was imported.</source>
        <translation>{name} 中没有邮件。没有导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions.py" line="65"/>
        <source>The promotion ends before it starts.</source>
        <translation>活动的结束时间早于开始时间。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions.py" line="66"/>
        <source>Give the promotion a name.</source>
        <translation>请为活动命名。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions.py" line="67"/>
        <source>Unknown promotion type “{kind}”.</source>
        <translation>未知的活动类型“{kind}”。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions.py" line="68"/>
        <source>An identical promotion already exists: “{name}” (same type, values, dates, channel and target).</source>
        <translation>已有一个相同的活动：“{name}”（类型、力度、日期、渠道和适用范围都相同）。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions.py" line="73"/>
        <source>A discount of more than 100% would pay the buyer.</source>
        <translation>超过 100% 的折扣等于倒贴给买家。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions.py" line="76"/>
        <source>The discount ({discount}) is larger than the price of {sku} ({price}).</source>
        <translation>优惠金额（{discount}）大于 {sku} 的售价（{price}）。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions.py" line="79"/>
        <source>The tier “spend {threshold}, save {value}” saves more than it asks.</source>
        <translation>阶梯“满 {threshold} 减 {value}”减的比门槛还多。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions.py" line="82"/>
        <source>Tiers must increase: each tier needs a higher spend and a bigger discount than the one before.</source>
        <translation>阶梯必须递增：每一档的门槛和优惠都要比上一档高。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions.py" line="87"/>
        <source>Add at least one tier (spend X, save Y).</source>
        <translation>请至少添加一档（满 X 减 Y）。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions.py" line="88"/>
        <source>The coupon&apos;s threshold ({threshold}) is below its face value ({value}); use 0 for a coupon without threshold.</source>
        <translation>优惠券门槛（{threshold}）低于面额（{value}）；无门槛券请填 0。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions.py" line="93"/>
        <source>Amounts and limits cannot be negative.</source>
        <translation>金额和数量上限不能为负数。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions.py" line="94"/>
        <source>Buy X get Y needs X and Y of at least 1.</source>
        <translation>买X送Y 需要 X 和 Y 都至少为 1。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions.py" line="95"/>
        <source>A bundle needs at least 2 items and a price.</source>
        <translation>套装至少需要 2 件商品和一个价格。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions.py" line="96"/>
        <source>Promotion {id} does not exist.</source>
        <translation>活动 {id} 不存在。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions.py" line="97"/>
        <source>A status set by hand is draft or cancelled.</source>
        <translation>手动设置的状态只能是草稿或已取消。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/targets.py" line="23"/>
        <source>A sales target cannot be negative.</source>
        <translation>销售目标不能为负数。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/today.py" line="50"/>
        <source>Ship-within hours cannot be negative.</source>
        <translation>发货时限不能为负数。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions_plan.py" line="74"/>
        <source>Give the content a title.</source>
        <translation>请为内容写一个标题。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions_plan.py" line="75"/>
        <source>Unknown {what} “{value}”.</source>
        <translation>未知的{what}“{value}”。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/promotions_text.py" line="21"/>
        <source>{field}: {reason}</source>
        <translation>{field}：{reason}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_channels.py" line="75"/>
        <source>a channel price cannot be negative</source>
        <translation>渠道价格不能为负数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_channels.py" line="171"/>
        <source>name the competitor</source>
        <translation>请填写竞争对手名称</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_channels.py" line="173"/>
        <source>a price cannot be negative</source>
        <translation>价格不能为负数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_channels.py" line="175"/>
        <source>no variant has the SKU {sku}</source>
        <translation>没有规格的 SKU 是 {sku}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_channels.py" line="182"/>
        <source>{competitor}&apos;s price for {sku} on {observed} is already there</source>
        <translation>{competitor} 在 {observed} 对 {sku} 的价格已经录入过了</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_validation.py" line="22"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_validation.py" line="23"/>
        <source>Compare-at price</source>
        <translation>划线价</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_validation.py" line="24"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_validation.py" line="25"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_validation.py" line="26"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_validation.py" line="27"/>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_validation.py" line="29"/>
        <source>{label} is required</source>
        <translation>{label}为必填项</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_validation.py" line="30"/>
        <source>{label} cannot be negative</source>
        <translation>{label}不能为负数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_validation.py" line="94"/>
        <source>{label} must be a whole number, not &apos;{text}&apos;</source>
        <translation>{label}必须是整数，不能是“{text}”</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_validation.py" line="108"/>
        <source>A listing needs a title</source>
        <translation>商品需要标题</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_validation.py" line="114"/>
        <source>Unknown status: {status}</source>
        <translation>未知状态：{status}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_validation.py" line="127"/>
        <source>Another listing already uses the handle {handle}</source>
        <translation>另一个商品已在使用链接标识 {handle}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_validation.py" line="136"/>
        <source>A listing needs at least one variant</source>
        <translation>商品至少需要一个规格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_validation.py" line="144"/>
        <source>Every variant needs a SKU</source>
        <translation>每个规格都需要 SKU</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_validation.py" line="150"/>
        <source>SKU {sku} is used twice in this listing</source>
        <translation>SKU {sku} 在本商品中重复使用</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_validation.py" line="181"/>
        <source>SKU {sku} belongs to another listing</source>
        <translation>SKU {sku} 已属于另一个商品</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_validation.py" line="191"/>
        <source>Image {n} has no file</source>
        <translation>第 {n} 张图片没有文件</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_edit.py" line="168"/>
        <source>A channel price names SKU {sku}, which this listing lacks</source>
        <translation>某个渠道价格对应的 SKU {sku} 不在本商品中</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/pricing.py" line="29"/>
        <source>a price ending is digits such as .99 or 9, not &apos;{text}&apos;</source>
        <translation>价格尾数应为数字，如 .99 或 9，不能是“{text}”</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/pricing.py" line="32"/>
        <source>not an amount: &apos;{text}&apos;</source>
        <translation>不是有效金额：“{text}”</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/pricing.py" line="33"/>
        <source>not a percentage: &apos;{text}&apos;</source>
        <translation>不是有效百分比：“{text}”</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/pricing.py" line="34"/>
        <source>no competitor prices yet</source>
        <translation>还没有竞争对手价格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/pricing.py" line="74"/>
        <source>the ending {text} has more decimals than the currency allows ({exponent})</source>
        <translation>尾数 {text} 的小数位数超过了该货币允许的位数（{exponent}）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/pricing.py" line="99"/>
        <source>{text} has more decimals than the currency allows ({exponent})</source>
        <translation>{text} 的小数位数超过了该货币允许的位数（{exponent}）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/pricing.py" line="119"/>
        <source>a percentage has at most two decimals, not {text}</source>
        <translation>百分比最多两位小数，不能是 {text}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/pricing.py" line="137"/>
        <source>cost cannot be negative</source>
        <translation>成本不能为负数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/pricing.py" line="141"/>
        <source>the target margin plus the channel&apos;s fee must stay under 100%</source>
        <translation>目标利润率加上渠道费率必须低于 100%</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/pricing.py" line="183"/>
        <source>unknown competition rule: {how}</source>
        <translation>未知的竞争定价规则：{how}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_bulk.py" line="98"/>
        <source>stock cannot be negative</source>
        <translation>库存不能为负数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_bulk.py" line="117"/>
        <source>cannot bulk-set {name}</source>
        <translation>不能批量设置 {name}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_bulk.py" line="119"/>
        <source>unknown status: {value}</source>
        <translation>未知状态：{value}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_bulk.py" line="152"/>
        <source>nothing to find</source>
        <translation>请填写要查找的内容</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_bulk.py" line="159"/>
        <source>the title of {handle} would be empty</source>
        <translation>{handle} 的标题会变成空的</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_settings.py" line="73"/>
        <source>unknown channel: {channel}</source>
        <translation>未知渠道：{channel}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_settings.py" line="79"/>
        <source>{channel}: the fee must be between 0% and 100%</source>
        <translation>{channel}：费率必须在 0% 到 100% 之间</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_settings.py" line="88"/>
        <source>{channel}: the fixed fee cannot be negative</source>
        <translation>{channel}：固定费用不能为负数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_settings.py" line="95"/>
        <source>{channel}: a title limit must be a positive number</source>
        <translation>{channel}：标题长度上限必须是正数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_settings.py" line="102"/>
        <source>unknown channel to check</source>
        <translation>要检查的渠道未知</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_settings.py" line="105"/>
        <source>the margin floor must be under 100%</source>
        <translation>最低利润率必须低于 100%</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/services/listings_settings.py" line="110"/>
        <source>the lead time must be between 0 and 365 days</source>
        <translation>补货周期必须在 0 到 365 天之间</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/values_page.py" line="50"/>
        <source>Values</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/values_page.py" line="53"/>
        <source>Some values in the file are not ones Shopkeeper knows. Say what each one means; your choices are saved with the mapping.</source>
        <translation>文件中有些取值 Shopkeeper 不认识。请说明每个取值的含义；你的选择会随列对应一起保存。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/values_page.py" line="60"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/values_page.py" line="60"/>
        <source>Value in the file</source>
        <translation>文件中的取值</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/values_page.py" line="60"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/values_page.py" line="60"/>
        <source>Means</source>
        <translation>含义</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/values_page.py" line="68"/>
        <source>Save mapping and values…</source>
        <translation>保存列对应和取值…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/values_page.py" line="102"/>
        <source>{count} values need your choice.</source>
        <translation>有 {count} 个取值需要你选择。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/values_page.py" line="105"/>
        <source>A value left at “reject its rows” is not imported: for an order&apos;s status or a promotion&apos;s kind a wrong guess would change money or meaning.</source>
        <translation>选为“拒绝这些行”的取值不会导入：订单状态或促销类型猜错会改变金额或含义。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/values_page.py" line="114"/>
        <source>— reject its rows —</source>
        <translation>— 拒绝这些行 —</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/import_wizard/values_page.py" line="116"/>
        <source>{choice} (neutral)</source>
        <translation>{choice}（中性）</translation>
    </message>
</context>
<context>
    <name>VariantsGrid</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="58"/>
        <source>Option {n}, e.g. Size</source>
        <translation>规格 {n}，如 尺码</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="59"/>
        <source>Values, separated by commas: S, M, L</source>
        <translation>规格值，用逗号分隔：S, M, L</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="68"/>
        <source>Make variants from options</source>
        <translation>按规格生成</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="70"/>
        <source>Add variant</source>
        <translation>添加规格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="72"/>
        <source>Remove variant</source>
        <translation>移除规格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="81"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="82"/>
        <source>Option 1</source>
        <translation>规格 1</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="83"/>
        <source>Option 2</source>
        <translation>规格 2</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="84"/>
        <source>Option 3</source>
        <translation>规格 3</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="85"/>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="225"/>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="86"/>
        <source>Compare-at</source>
        <translation>划线价</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="87"/>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="227"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="88"/>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="228"/>
        <source>Stock</source>
        <translation>库存</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="89"/>
        <source>Barcode</source>
        <translation>条形码</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="90"/>
        <source>Weight (g)</source>
        <translation>重量（克）</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="91"/>
        <source>Reorder at</source>
        <translation>补货点</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="157"/>
        <source>Counted {when}. {units} ordered since: about {estimate} left (the Listings table shows ≈{estimate}). Type the count you have now to make it exact.</source>
        <translation>盘点于 {when}。此后下单 {units} 件：约剩 {estimate} 件（商品表显示 ≈{estimate}）。输入现有数量即可恢复为准确值。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="179"/>
        <source>Option {n}</source>
        <translation>规格 {n}</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="226"/>
        <source>Compare-at price</source>
        <translation>划线价</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="229"/>
        <source>Weight</source>
        <translation>重量</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="230"/>
        <source>Reorder point</source>
        <translation>补货点</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/listing_variants_grid.py" line="279"/>
        <source>row {n}</source>
        <translation>第 {n} 行</translation>
    </message>
</context>
<context>
    <name>WelcomePanel</name>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome.py" line="44"/>
        <source>Welcome to Shopkeeper</source>
        <translation>欢迎使用 Shopkeeper</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome.py" line="52"/>
        <source>Create a new shop file, or open one you already have. Each shop is a single file you can back up or move.</source>
        <translation>新建一个店铺文件，或打开已有的店铺文件。每个店铺就是一个文件，可以随时备份或移动。</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome.py" line="63"/>
        <source>New shop…</source>
        <translation>新建店铺…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome.py" line="63"/>
        <source>Start an empty shop file</source>
        <translation>从一个空的店铺文件开始</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome.py" line="65"/>
        <source>Open shop…</source>
        <translation>打开店铺…</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome.py" line="65"/>
        <source>A shop file you already have</source>
        <translation>打开已有的店铺文件</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome.py" line="67"/>
        <source>Try a demo shop</source>
        <translation>试用演示店铺</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome.py" line="67"/>
        <source>Look around with sample orders</source>
        <translation>用示例订单随便看看</translation>
    </message>
    <message>
        <location filename="../../shopkeeper/ui/widgets/welcome.py" line="74"/>
        <source>Recently opened</source>
        <translation>最近打开</translation>
    </message>
</context>
</TS>
