package ${e.packageName};

import org.springframework.data.jpa.repository.JpaRepository;

public interface ${e.name.className}Repository extends JpaRepository<${e.name.className}, Long> {
}
