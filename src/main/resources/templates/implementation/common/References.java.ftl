package ${app.basePackage}.common;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Resolves the ids a request gives for its references into entities, rejecting ids that do not exist. */
public final class References {

    private References() {
    }

    /** The entity with the given id, or null when no id is given. */
    public static <T> T require(JpaRepository<T, Long> repository, Long id, String property, String resource) {
        if (id == null) {
            return null;
        }
        return repository.findById(id).orElseThrow(() -> new UnknownReferenceException(property, resource, id));
    }

    /** The entities with the given ids (none when no ids are given). */
    public static <T> List<T> requireAll(JpaRepository<T, Long> repository, Collection<Long> ids, String property,
                                         String resource) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        if (ids.stream().anyMatch(Objects::isNull)) {
            throw new UnknownReferenceException(property, resource, ids);
        }
        Set<Long> distinct = new HashSet<>(ids);
        List<T> found = repository.findAllById(distinct);
        if (found.size() != distinct.size()) {
            throw new UnknownReferenceException(property, resource, ids);
        }
        return found;
    }
}
