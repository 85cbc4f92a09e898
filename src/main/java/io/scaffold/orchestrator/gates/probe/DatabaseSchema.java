package io.scaffold.orchestrator.gates.probe;

import javax.sql.DataSource;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tables, columns, foreign keys and indexes of the {@code public} schema, read from
 * pg_catalog after the migrations ran.
 */
public record DatabaseSchema(Map<String, Map<String, Column>> tables, List<ForeignKey> foreignKeys, List<Index> indexes,
        List<Constraint> constraints, Set<String> reservedWords) {

    /**
     * @param type PostgreSQL type name ({@code udt_name}: int4, varchar, timestamptz,
     * ...)
     */
    public record Column(String table, String name, String type, boolean nullable, boolean userDefinedType) {
    }

    public record ForeignKey(String name, String table, List<String> columns, String referencedTable) {
    }

    public record Index(String name, String table, List<String> columns) {
    }

    public record Constraint(String name, String table) {
    }

    public boolean hasTable(String table) {
        return tables.containsKey(table);
    }

    /**
     * True when some index (a primary key or unique constraint counts) starts with
     * exactly the given columns.
     */
    public boolean indexed(String table, List<String> columns) {
        return indexes.stream()
            .anyMatch(i -> i.table().equals(table) && i.columns().size() >= columns.size()
                    && i.columns().subList(0, columns.size()).equals(columns));
    }

    private static final String HISTORY_TABLE = "flyway_schema_history";

    public static DatabaseSchema read(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            Map<String, Map<String, Column>> tables = new LinkedHashMap<>();
            query(c, """
                    select t.table_name, c.column_name, c.udt_name, c.is_nullable = 'YES', c.data_type = 'USER-DEFINED'
                    from information_schema.tables t
                    join information_schema.columns c on c.table_schema = t.table_schema and c.table_name = t.table_name
                    where t.table_schema = 'public' and t.table_type = 'BASE TABLE' and t.table_name <> ?
                    order by t.table_name, c.ordinal_position""", rs -> {
                Column col = new Column(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
                        rs.getBoolean(5));
                tables.computeIfAbsent(col.table(), t -> new LinkedHashMap<>()).put(col.name(), col);
            }, HISTORY_TABLE);

            List<ForeignKey> foreignKeys = new ArrayList<>();
            query(c, """
                    select con.conname, t.relname, r.relname,
                           array(select a.attname from unnest(con.conkey) with ordinality k(num, pos)
                                 join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num order by k.pos)
                    from pg_constraint con
                    join pg_class t on t.oid = con.conrelid
                    join pg_class r on r.oid = con.confrelid
                    join pg_namespace n on n.oid = t.relnamespace
                    where con.contype = 'f' and n.nspname = 'public'
                    order by t.relname, con.conname""", rs -> foreignKeys
                .add(new ForeignKey(rs.getString(1), rs.getString(2), strings(rs.getArray(4)), rs.getString(3))));

            List<Index> indexes = new ArrayList<>();
            query(c, """
                    select i.relname, t.relname,
                           array(select a.attname from unnest(ix.indkey::int2[]) with ordinality k(num, pos)
                                 join pg_attribute a on a.attrelid = ix.indrelid and a.attnum = k.num order by k.pos)
                    from pg_index ix
                    join pg_class t on t.oid = ix.indrelid
                    join pg_class i on i.oid = ix.indexrelid
                    join pg_namespace n on n.oid = t.relnamespace
                    where n.nspname = 'public' and t.relname <> ?
                    order by t.relname, i.relname""",
                    rs -> indexes.add(new Index(rs.getString(1), rs.getString(2), strings(rs.getArray(3)))),
                    HISTORY_TABLE);

            List<Constraint> constraints = new ArrayList<>();
            query(c, """
                    select con.conname, t.relname from pg_constraint con
                    join pg_class t on t.oid = con.conrelid
                    join pg_namespace n on n.oid = t.relnamespace
                    where n.nspname = 'public' and t.relname <> ?
                    order by t.relname, con.conname""",
                    rs -> constraints.add(new Constraint(rs.getString(1), rs.getString(2))), HISTORY_TABLE);

            // The server's own keyword list: R = reserved, T = reserved but allowed as a
            // function or type name.
            Set<String> reserved = new TreeSet<>();
            query(c, "select word from pg_get_keywords() where catcode in ('R', 'T')",
                    rs -> reserved.add(rs.getString(1)));
            return new DatabaseSchema(tables, foreignKeys, indexes, constraints, reserved);
        }
    }

    private interface RowHandler {

        void handle(ResultSet rs) throws SQLException;

    }

    private static void query(Connection c, String sql, RowHandler handler, String... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    handler.handle(rs);
                }
            }
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }
}
