//! Every message the core shows, as data: one row per message id, in English and Chinese
//! (rustc's `messages.ftl` habit). The layers that report (the core, `wasm`, the tests)
//! all read this table, so a message is worded once.
//!
//! A template fills `{name}` from the error's fields; `{name|one|other}` picks a word by
//! whether the field is 1 (English plurals: `{found|was|were}`).

use crate::error::span::Lang;

/// `(id, English, Chinese)`. The id is the error's `code`, or `code.variant` where one code
/// has several wordings.
pub const MESSAGES: &[(&str, &str, &str)] = &[
    // The formula and its data table.
    ("empty", "the formula is empty: type a loss, e.g. (y - w1*w2*x)^2", "公式是空的：请输入一个 loss，例如 (y - w1*w2*x)^2"),
    ("too_long", "the formula is too long (at most {limit} bytes)", "公式太长（最多 {limit} 字节）"),
    ("too_deep", "parentheses or operators nest too deeply (at most {limit} levels)", "括号或运算嵌套太深（最多 {limit} 层）"),
    ("too_large", "the formula expanded over the data rows is too large (at most {limit} steps): use fewer rows", "公式在数据表的每一行展开后太大（最多 {limit} 步）：请减少行数"),
    ("too_many_params", "too many parameters (at most {limit})", "参数太多（最多 {limit} 个）"),
    ("unexpected_char", "unexpected character '{found}'", "无法识别的字符 '{found}'"),
    ("invalid_number", "'{text}' is not a valid number", "'{text}' 不是一个合法的数字"),
    ("number_out_of_range", "the number '{text}' is too large to represent", "数字 '{text}' 太大，无法表示"),
    ("expected_operand", "expected a number, a name or '(' but found '{found}'", "这里应该是数字、名字或 '('，却是 '{found}'"),
    ("unexpected_end", "the formula ends too early: a number, a name or '(' should follow", "公式不完整：结尾还缺一个数字、名字或 '('"),
    ("missing_operator", "missing an operator before '{found}'", "'{found}' 前面缺少运算符"),
    ("unmatched_close", "this ')' has no matching '('", "这个 ')' 没有对应的 '('"),
    ("unclosed_paren", "expected ')' to close the '(' at {column}", "第 {column} 个字符处的 '(' 缺少对应的 ')'"),
    ("unclosed_paren.found", "expected ')' to close the '(' at {column} but found '{found}'", "应该用 ')' 闭合第 {column} 个字符处的 '('，却是 '{found}'"),
    ("unknown_function", "unknown function '{name}'; to multiply, write '{name}*(…)'. Functions: sin cos tan exp log ln sqrt abs tanh sigmoid relu softplus min max sum mean", "未知函数 '{name}'；要表示相乘请写 '{name}*(…)'。可用函数：sin cos tan exp log ln sqrt abs tanh sigmoid relu softplus min max sum mean"),
    ("unknown_function.suggestion", "unknown function '{name}' (did you mean '{suggestion}'?)", "未知函数 '{name}'（你是不是想写 '{suggestion}'？）"),
    ("constant_called", "'{name}' is a constant, not a function; to multiply, write '{name}*(…)'", "'{name}' 是常数，不是函数；要表示相乘请写 '{name}*(…)'"),
    ("missing_call_parens", "the function '{name}' needs its argument in parentheses: {name}(…)", "函数 '{name}' 的参数要放在括号里：{name}(…)"),
    ("wrong_arity", "'{name}' takes {expected} {expected|argument|arguments}, but {found} {found|was|were} given", "函数 '{name}' 需要 {expected} 个参数，这里给了 {found} 个"),
    ("nested_aggregate", "'{name}(…)' cannot be inside another sum(…) or mean(…)", "'{name}(…)' 不能放在另一个 sum(…) 或 mean(…) 里面"),
    ("aggregate_without_data", "'{name}(…)' runs over the rows of the data table, but there is no data", "'{name}(…)' 对数据表的每一行求和，但还没有数据表"),
    ("data_length", "data column '{column}' has {rows} rows but '{first}' has {first_rows}: all columns need the same number of rows", "数据列 '{column}' 有 {rows} 行，但 '{first}' 有 {first_rows} 行：每一列的行数必须相同"),
    ("data_empty", "data column '{column}' has no rows", "数据列 '{column}' 是空的"),
    ("data_not_finite", "data column '{column}', row {row}, is not a finite number", "数据列 '{column}' 第 {row} 行不是有限的数"),
    ("data_bad_name", "'{column}' cannot name a data column (use a name that starts with a letter and is not a function or constant)", "'{column}' 不能用作数据列名（要用字母开头的名字，且不能是函数或常数）"),
    ("data_duplicate", "data column '{column}' appears twice", "数据列 '{column}' 出现了两次"),
    // Arguments of the API's calls.
    ("wrong_length", "{what} needs {expected} {expected|number|numbers} but has {found}", "{what} 应该有 {expected} 个数，却有 {found} 个"),
    ("not_finite", "{what} must be finite numbers", "{what} 必须是有限的数"),
    ("unknown_axis", "the axis '{name}' is not a parameter; the parameters are: {params}", "坐标轴 '{name}' 不是参数；参数有：{params}"),
    ("same_axes", "both axes are '{name}'", "两个坐标轴都是 '{name}'"),
    ("empty_range", "{what} needs two different ends", "{what} 的两端不能相等"),
    ("bad_resolution", "{what} must be between {min} and {max}, not {found}", "{what} 必须在 {min} 到 {max} 之间，却是 {found}"),
    ("missing_axis", "the axis {what} is missing", "缺少坐标轴 {what}"),
    ("unknown_method", "unknown method '{name}': use gd, momentum or newton", "未知的优化方法 '{name}'：可用 gd、momentum、newton"),
    ("wrong_type", "{what} must be an array of {expected} numbers", "{what} 应该是由 {expected} 个数组成的数组"),
    ("bad_options", "bad {what} options: {detail}", "{what} 的选项有误：{detail}"),
    ("bad_data", "data must be an object of columns: {{ name: [numbers…] }}", "data 应该是 {{ 列名: [数, …] }} 形式的对象"),
    ("bad_data.column", "data column '{column}' must be an array of numbers", "数据列 '{column}' 应该是由数组成的数组"),
    ("not_a_string", "{what} must be a string", "{what} 必须是字符串"),
    ("data_too_many_rows", "data column '{column}' has {rows} rows, more than the {limit} allowed", "数据列 '{column}' 有 {rows} 行，超过了允许的 {limit} 行"),
    ("data_too_large", "the data table has {values} numbers, more than the {limit} allowed", "数据表共有 {values} 个数，超过了允许的 {limit} 个"),
    // Work budgets (loss/budget.rs): the limit is named, so a teacher knows what to shrink.
    ("too_much_work", "{what} would take about {work} steps of work, more than the {limit} the page allows at once: use fewer data rows, a smaller grid or fewer steps", "{what} 大约需要 {work} 步计算，超过了页面一次允许的 {limit} 步：请减少数据行数、缩小网格或减少步数"),
    ("too_much_work.stopped", "{what} stopped after {limit} steps of work, the most the page allows at once: narrow the window or use fewer data rows", "{what} 在计算了 {limit} 步之后停止了，这是页面一次允许的上限：请缩小窗口或减少数据行数"),
    ("too_much_memory", "{what} would hold {floats} numbers at once, more than the {limit} the page allows: use a narrower grid or fewer data rows", "{what} 需要同时保存 {floats} 个数，超过了页面允许的 {limit} 个：请缩小网格宽度或减少数据行数"),
    // Networks as losses, datasets and experiments (issue 15).
    ("network_no_inputs", "a network needs at least one input column", "网络至少需要一个输入列"),
    ("network_unknown_column", "'{column}' is not a column of the data; the columns are: {columns}", "'{column}' 不是数据表中的列；现有的列：{columns}"),
    ("network_same_column", "the column '{column}' is used twice (an input and the target must differ)", "列 '{column}' 用了两次（输入和目标必须是不同的列）"),
    ("network_bad_width", "hidden layer {layer} has {width} units: use 1 to {max}", "第 {layer} 个隐藏层有 {width} 个单元：应在 1 到 {max} 之间"),
    ("network_too_many_layers", "too many hidden layers (at most {limit})", "隐藏层太多（最多 {limit} 层）"),
    ("network_too_many_params", "this network has {count} parameters, more than the {limit} whose Hessian is computed: use fewer or narrower layers", "这个网络有 {count} 个参数，超过了能计算海森矩阵的上限 {limit}：请减少层数或单元数"),
    ("network_too_large", "this network over these data rows needs {count} steps, more than {limit}: use fewer rows or a smaller network", "这个网络在这些数据行上需要 {count} 步计算，超过上限 {limit}：请减少数据行数或缩小网络"),
    ("network_not_binary", "cross-entropy needs targets 0 or 1, but '{column}' row {row} is neither", "交叉熵要求目标为 0 或 1，但 '{column}' 第 {row} 行不是"),
    ("network_unknown_activation", "unknown activation '{name}': use tanh, sigmoid, softplus, linear or relu", "未知的激活函数 '{name}'：可用 tanh、sigmoid、softplus、linear、relu"),
    ("network_unknown_loss", "unknown loss '{name}': use squared_error or cross_entropy", "未知的损失函数 '{name}'：可用 squared_error、cross_entropy"),
    ("unknown_dataset", "unknown dataset '{name}': use lecture, regression, xor or moons", "未知的数据集 '{name}'：可用 lecture、regression、xor、moons"),
    ("experiment_unknown_method", "unknown method '{name}': use gd, adam or newton", "未知的方法 '{name}'：可用 gd、adam、newton"),
    ("not_a_network", "experiment runs need a loss built from a network (Loss.network)", "实验需要由网络构建的 loss（Loss.network）"),
    ("bad_count", "{what} must be a whole number from {min} to {max}, not {found}", "{what} 必须是 {min} 到 {max} 之间的整数，却是 {found}"),
    ("bad_number", "{what} must be a finite number, not negative", "{what} 必须是有限的非负数"),
];

/// The message `id` in `lang`, its placeholders filled from `args`. An unknown id or
/// placeholder shows itself rather than panicking (a test checks that none does).
pub fn render(id: &str, lang: Lang, args: &[(&str, String)]) -> String {
    let Some(&(_, en, zh)) = MESSAGES.iter().find(|(key, _, _)| *key == id) else {
        return id.to_string();
    };
    fill(if lang == Lang::Zh { zh } else { en }, args)
}

/// Replaces `{name}` and `{name|one|other}` in `template`; `{{` and `}}` are literal braces.
fn fill(template: &str, args: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(open) = rest.find(['{', '}']) {
        out.push_str(&rest[..open]);
        let tail = &rest[open..];
        if tail.starts_with("{{") || tail.starts_with("}}") {
            out.push_str(&tail[..1]);
            rest = &tail[2..];
            continue;
        }
        let Some(close) = tail.find('}').filter(|_| tail.starts_with('{')) else {
            out.push_str(&tail[..1]);
            rest = &tail[1..];
            continue;
        };
        let mut parts = tail[1..close].split('|');
        let name = parts.next().unwrap_or_default();
        let value = args
            .iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| value.as_str());
        match (value, parts.next(), parts.next()) {
            (Some(value), Some(one), Some(other)) => {
                out.push_str(if value == "1" { one } else { other })
            }
            (Some(value), _, _) => out.push_str(value),
            (None, _, _) => out.push_str(&tail[..=close]),
        }
        rest = &tail[close + 1..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_names_plurals_and_braces() {
        let args = [("name", "sin".to_string()), ("n", "1".to_string())];
        assert_eq!(
            fill("'{name}' {n} {n|arg|args} {{x}}", &args),
            "'sin' 1 arg {x}"
        );
        assert_eq!(fill("{missing}", &args), "{missing}");
    }

    #[test]
    fn ids_are_unique_and_every_row_has_both_languages() {
        for (i, (id, en, zh)) in MESSAGES.iter().enumerate() {
            assert!(!en.is_empty() && !zh.is_empty(), "{id}");
            assert!(
                MESSAGES[..i].iter().all(|(other, _, _)| other != id),
                "{id} twice"
            );
        }
    }
}
