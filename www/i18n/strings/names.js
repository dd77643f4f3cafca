// The names of the formula and their roles (panel/name-roles.js, panel/data-editor.js):
// which are parameters, which are data, and the fixes offered when a role is probably not
// what the student meant.
export default {
  en: {
    rolesParameters: "Parameters:",
    rolesParameter: "Parameter:",
    rolesDataValue: "{name} = {values} (data)",
    rolesMakeParameter: "→ parameter",
    rolesMakeParameterTitle: "Make {name} a parameter (its column leaves the data table)",
    rolesUnused: "{name}: in the table, not in the formula",
    rolesRenameNote: "The formula says {formula}, but the data table has {table}: so {formula} is a parameter and {table} is not used.",
    rolesRenameFix: "Rename the column {from} to {to}",
    rolesCollapseNote: "{name} is a column of the data table ({name} = {values}), so it is data, not a parameter: L is drawn over {param} alone.",
    rolesMakeNamedParameter: "Make {name} a parameter",
    dataNone: "No data table: every name in the formula is a parameter.",
  },
  zh: {
    rolesParameters: "参数：",
    rolesParameter: "参数：",
    rolesDataValue: "{name} = {values}（数据）",
    rolesMakeParameter: "→ 改为参数",
    rolesMakeParameterTitle: "把 {name} 改为参数（从数据表中删掉这一列）",
    rolesUnused: "{name}：在数据表里，公式没有用到",
    rolesRenameNote: "公式里写的是 {formula}，数据表里却是 {table}：所以 {formula} 成了参数，{table} 没有用到。",
    rolesRenameFix: "把 {from} 列改名为 {to}",
    rolesCollapseNote: "{name} 是数据表里的一列（{name} = {values}），所以它是数据，不是参数：画出来的 L 只随 {param} 变化。",
    rolesMakeNamedParameter: "把 {name} 改为参数",
    dataNone: "没有数据表：公式里的名字都是参数。",
  },
};
