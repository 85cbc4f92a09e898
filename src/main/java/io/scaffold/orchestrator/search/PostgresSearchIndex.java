package io.scaffold.orchestrator.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * PostgreSQL full-text search over the {@code search_documents} table: a weighted
 * {@code tsvector} (title A, body B) of the text plus the parts of its identifiers, a GIN
 * index, {@code websearch_to_tsquery} on the query text as typed and on its identifiers
 * split the same way (so neither quotes nor operators can fail a query), highlights by
 * {@code ts_headline} on HTML-escaped text, facets by GROUP BY over all matches.
 */
public class PostgresSearchIndex implements SearchIndex {

    /** Text beyond this many characters of a body is neither indexed nor highlighted. */
    static final int MAX_INDEXED_CHARS = 200_000;

    private static final int HEADLINE_CHARS = 50_000;

    private static final String CONFIG = "english";

    private static final String UPSERT = """
            insert into search_documents (id, type, run_id, organization, title, body, phase, entities, keywords, at,
                                          document)
            values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?,
                    setweight(to_tsvector('%1$s', ?), 'A') || setweight(to_tsvector('%1$s', ?), 'B'))
            on conflict (id) do update set type = excluded.type, run_id = excluded.run_id,
                organization = excluded.organization, title = excluded.title, body = excluded.body,
                phase = excluded.phase, entities = excluded.entities, keywords = excluded.keywords, at = excluded.at,
                document = excluded.document""".formatted(CONFIG);

    /** The query as typed, or-ed with its identifiers split into parts. */
    private static final String QUERY = """
            with q as (select websearch_to_tsquery('%1$s', :raw) || websearch_to_tsquery('%1$s', :split) as query)
            """.formatted(CONFIG);

    private static final String ESCAPE = "replace(replace(replace(replace(replace(%s, '&', '&amp;'), '<', '&lt;'), "
            + "'>', '&gt;'), '\"', '&quot;'), '''', '&#39;')";

    private static final String FRAGMENT_DELIMITER = "<cut>";

    private final JdbcTemplate jdbcTemplate;

    private final JdbcClient jdbc;

    private final ObjectMapper json;

    public PostgresSearchIndex(JdbcTemplate jdbcTemplate, ObjectMapper json) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = JdbcClient.create(jdbcTemplate);
        this.json = json;
    }

    @Override
    public void index(Collection<SearchDocument> documents) {
        List<SearchDocument> list = List.copyOf(documents);
        jdbcTemplate.batchUpdate(UPSERT, new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                SearchDocument document = list.get(i);
                String title = clean(document.title());
                String body = clean(document.body());
                String indexedBody = body.length() > MAX_INDEXED_CHARS ? body.substring(0, MAX_INDEXED_CHARS) : body;
                ps.setString(1, document.id());
                ps.setString(2, document.type().name());
                ps.setObject(3, document.runId());
                ps.setString(4, document.organization());
                ps.setString(5, title);
                ps.setString(6, body);
                ps.setString(7, document.phase());
                ps.setArray(8, ps.getConnection().createArrayOf("text", document.entities().toArray()));
                ps.setString(9, keywordsJson(document.keywords()));
                ps.setTimestamp(10, document.at() == null ? null : Timestamp.from(document.at()));
                ps.setString(11, title + ' ' + Identifiers.parts(title));
                ps.setString(12, indexedBody + ' ' + Identifiers.parts(indexedBody));
            }

            @Override
            public int getBatchSize() {
                return list.size();
            }
        });
    }

    @Override
    public void deleteRun(UUID runId) {
        jdbc.sql("delete from search_documents where run_id = ?").param(runId).update();
    }

    @Override
    public void clear() {
        jdbc.sql("delete from search_documents").update();
    }

    @Override
    public SearchResult search(SearchQuery query) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("raw", clean(query.text()));
        params.put("split", Identifiers.splitInPlace(clean(query.text())));
        params.put("organization", query.organization());
        StringBuilder where = new StringBuilder("d.organization = :organization and d.document @@ q.query");
        if (!query.types().isEmpty()) {
            where.append(" and d.type in (:types)");
            params.put("types", query.types().stream().map(Enum::name).toList());
        }
        if (query.phase() != null) {
            where.append(" and d.phase = :phase");
            params.put("phase", query.phase());
        }
        if (query.entity() != null) {
            where.append(" and :entity = any(d.entities)");
            params.put("entity", query.entity());
        }
        Map<SearchFacet, Map<String, Long>> facets = facets(where.toString(), params);
        long total = facets.get(SearchFacet.TYPE).values().stream().mapToLong(Long::longValue).sum();
        List<SearchHit> hits = total == 0 ? List.of() : page(where.toString(), params, query);
        return new SearchResult(hits, total, facets);
    }

    private Map<SearchFacet, Map<String, Long>> facets(String where, Map<String, Object> params) {
        Map<SearchFacet, Map<String, Long>> facets = new EnumMap<>(SearchFacet.class);
        Arrays.stream(SearchFacet.values()).forEach(facet -> facets.put(facet, new LinkedHashMap<>()));
        jdbc.sql(QUERY + """
                , m as (select d.type, d.phase, d.entities from search_documents d, q where %s)
                select 'TYPE' as facet, type as value, count(*) as n from m group by type
                union all select 'PHASE', phase, count(*) from m where phase is not null group by phase
                union all select 'ENTITY', e, count(*) from m cross join unnest(m.entities) as e group by e
                order by facet, n desc, value""".formatted(where)).params(params).query((rs, i) -> {
            facets.get(SearchFacet.valueOf(rs.getString("facet"))).put(rs.getString("value"), rs.getLong("n"));
            return null;
        }).list();
        return facets;
    }

    private List<SearchHit> page(String where, Map<String, Object> params, SearchQuery query) {
        Map<String, Object> pageParams = new LinkedHashMap<>(params);
        pageParams.put("size", query.size());
        pageParams.put("offset", (long) query.page() * query.size());
        String headline = "ts_headline('%s', %s, q.query, '%s')";
        String titleHeadline = headline.formatted(CONFIG, ESCAPE.formatted("p.title"),
                "HighlightAll=true, StartSel=<mark>, StopSel=</mark>");
        String bodyHeadline = headline.formatted(CONFIG, ESCAPE.formatted("left(p.body, " + HEADLINE_CHARS + ")"),
                "MaxFragments=3, MaxWords=24, " + "MinWords=8, StartSel=<mark>, StopSel=</mark>, FragmentDelimiter="
                        + FRAGMENT_DELIMITER);
        return jdbc.sql(QUERY + """
                , p as (select d.id, d.type, d.run_id, d.title, d.body, d.phase, ts_rank(d.document, q.query) as score
                        from search_documents d, q where %s
                        order by score desc, d.id limit :size offset :offset)
                select p.id, p.type, p.run_id, p.title, p.phase, p.score,
                       %s as title_highlight, %s as body_highlight
                from p, q order by p.score desc, p.id""".formatted(where, titleHeadline, bodyHeadline))
            .params(pageParams)
            .query((rs, i) -> new SearchHit(rs.getString("id"), SearchDocumentType.valueOf(rs.getString("type")),
                    rs.getObject("run_id", UUID.class), rs.getString("title"), rs.getString("phase"),
                    highlights(rs.getString("title_highlight"), rs.getString("body_highlight")), rs.getDouble("score")))
            .list();
    }

    /** The fragments that mark a match; the start of the body when none does. */
    private static List<String> highlights(String title, String body) {
        List<String> fragments = Stream.concat(Stream.of(title), Arrays.stream(body.split(FRAGMENT_DELIMITER)))
            .map(String::strip)
            .filter(fragment -> !fragment.isEmpty())
            .toList();
        List<String> marked = fragments.stream().filter(fragment -> fragment.contains("<mark>")).toList();
        if (!marked.isEmpty()) {
            return marked;
        }
        return fragments.size() > 1 ? List.of(fragments.get(1)) : fragments;
    }

    /** PostgreSQL text cannot hold NUL characters. */
    private static String clean(String text) {
        return text.indexOf('\0') < 0 ? text : text.replace("\0", "");
    }

    private String keywordsJson(Map<SearchKeyword, String> keywords) {
        try {
            return json.writeValueAsString(keywords);
        }
        catch (JsonProcessingException e) {
            throw new IllegalArgumentException("search keywords are not serialisable: " + keywords, e);
        }
    }

}
