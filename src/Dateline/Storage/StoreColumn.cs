namespace Dateline.Storage;

/// <summary>A column of a store table: its SQL name (quoted when it is a keyword) and its type.</summary>
internal readonly record struct StoreColumn(string Name, ColumnType Type);
