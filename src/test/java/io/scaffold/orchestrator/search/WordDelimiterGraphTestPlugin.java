package io.scaffold.orchestrator.search;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterGraphFilter;
import org.apache.lucene.analysis.miscellaneous.WordDelimiterIterator;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;

/**
 * The {@code word_delimiter_graph} token filter for the test node. On a real cluster it
 * comes from Elasticsearch's {@code analysis-common} module, which is not published on
 * Maven Central; this plugin wraps the same Lucene filter with the module's documented
 * defaults (word and number parts, split on case change and numerics, English possessive
 * stemmed, offsets adjusted) and only the one option the index template uses,
 * {@code preserve_original}. Any other option is refused, so the template cannot drift
 * into settings the test node would silently ignore.
 */
public class WordDelimiterGraphTestPlugin extends Plugin implements AnalysisPlugin {

    /**
     * The template's options, and what Elasticsearch adds to every component's settings.
     */
    private static final Set<String> SUPPORTED = Set.of("type", "preserve_original", "index.version.created");

    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        return Map.of("word_delimiter_graph", (indexSettings, environment, name, settings) -> factory(name, settings));
    }

    private static TokenFilterFactory factory(String name, Settings settings) {
        Set<String> unsupported = new TreeSet<>(settings.keySet());
        unsupported.removeAll(SUPPORTED);
        if (!unsupported.isEmpty()) {
            throw new IllegalArgumentException(
                    "The test node's word_delimiter_graph supports only preserve_original, not " + unsupported
                            + ": extend WordDelimiterGraphTestPlugin with the option");
        }
        int flags = WordDelimiterGraphFilter.GENERATE_WORD_PARTS | WordDelimiterGraphFilter.GENERATE_NUMBER_PARTS
                | WordDelimiterGraphFilter.SPLIT_ON_CASE_CHANGE | WordDelimiterGraphFilter.SPLIT_ON_NUMERICS
                | WordDelimiterGraphFilter.STEM_ENGLISH_POSSESSIVE;
        if (settings.getAsBoolean("preserve_original", false)) {
            flags |= WordDelimiterGraphFilter.PRESERVE_ORIGINAL;
        }
        int configuration = flags;
        return new AbstractTokenFilterFactory(name, settings) {

            @Override
            public TokenStream create(TokenStream input) {
                return new WordDelimiterGraphFilter(input, true, WordDelimiterIterator.DEFAULT_WORD_DELIM_TABLE,
                        configuration, null);
            }

        };
    }

}
