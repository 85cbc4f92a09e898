package io.scaffold.orchestrator.generation;

import io.scaffold.orchestrator.generation.view.ProjectView;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the files a generator renders and hands them back sorted by path. */
final class Rendering {

    private final Map<String, Object> data;

    private final List<GeneratedFile> files = new ArrayList<>();

    Rendering(ProjectView view, GenerationContext context) {
        this.data = data(view, context);
    }

    /** The data model every template gets. */
    private static Map<String, Object> data(ProjectView view, GenerationContext context) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("model", view.getModel());
        data.put("app", view);
        data.put("entities", view.getEntities());
        data.put("enums", view.getEnums());
        data.put("platform", context.platform());
        data.put("findings", context.findings());
        data.put("decisions", context.decisions());
        data.put("decisionChanges", context.decisionChanges());
        data.put("stories", context.stories());
        data.put("storyRoles", context.stories().stream().map(UserStory::role).distinct().toList());
        return data;
    }

    /** Renders {@code template} with the shared data into {@code path}. */
    Rendering add(String path, String type, String template) {
        return add(path, type, template, Map.of());
    }

    /**
     * Renders {@code template} with the shared data plus {@code extra} (e.g. the entity
     * at hand) into {@code path}.
     */
    Rendering add(String path, String type, String template, Map<String, ?> extra) {
        Map<String, Object> model = new HashMap<>(data);
        model.putAll(extra);
        files.add(new GeneratedFile(path, Templates.render(template, model), type));
        return this;
    }

    Rendering addVerbatim(GeneratedFile file) {
        files.add(file);
        return this;
    }

    List<GeneratedFile> files() {
        List<GeneratedFile> sorted = new ArrayList<>(files);
        sorted.sort(Comparator.comparing(GeneratedFile::path));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).path().equals(sorted.get(i - 1).path())) {
                throw new IllegalStateException("Two generated files have the path " + sorted.get(i).path()
                        + "; two entities or enums probably map to the same Java or file name");
            }
        }
        return List.copyOf(sorted);
    }

}
