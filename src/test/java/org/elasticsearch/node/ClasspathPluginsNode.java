package org.elasticsearch.node;

import java.util.Collection;
import java.util.Map;

import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.env.Environment;
import org.elasticsearch.plugins.MockPluginsService;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.plugins.PluginsLoader;
import org.elasticsearch.plugins.PluginsService;

/**
 * An Elasticsearch node whose plugins are classes on the test classpath, as the test
 * framework's {@code MockNode} builds it, without the framework's test-case bootstrap
 * (its jar-hell check refuses this application's classpath, and its system call filter
 * would forbid the tests to start processes). Lives in Elasticsearch's package because
 * the node construction it uses is package-private.
 */
public class ClasspathPluginsNode extends Node {

    public ClasspathPluginsNode(Settings settings, Collection<Class<? extends Plugin>> plugins) {
        super(NodeConstruction.prepareConstruction(
                InternalSettingsPreparer.prepareEnvironment(settings, Map.of(), null, () -> "scaffold-test"), null,
                new NodeServiceProvider() {

                    @Override
                    PluginsService newPluginService(Environment environment, PluginsLoader pluginsLoader) {
                        return new MockPluginsService(environment.settings(), environment, plugins);
                    }

                }, true));
    }

}
