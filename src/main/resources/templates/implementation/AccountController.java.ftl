<#assign u = app.accountEntity>
package ${u.packageName};

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Example;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The caller's own account: the ${u.name.className} whose login is the bearer token's {@code preferred_username}
 * (its {@code sub} when the token has no username), created on first sight.
 */
@RestController
public class AccountController {

    private final ${u.name.className}Repository repository;

    public AccountController(${u.name.className}Repository repository) {
        this.repository = repository;
    }

    @GetMapping("/api/account")
    public Account account(@AuthenticationPrincipal Jwt token) {
        String login = token.hasClaim("preferred_username") ? token.getClaimAsString("preferred_username")
                : token.getSubject();
        ${u.name.className} user = find(login);
        if (user == null) {
            user = create(login);
        }
        List<String> roles = SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .sorted()
                .toList();
        return new Account(user.getId(), user.getLogin(), token.getSubject(), roles);
    }

    private ${u.name.className} find(String login) {
        ${u.name.className} probe = new ${u.name.className}();
        probe.setLogin(login);
        return repository.findOne(Example.of(probe)).orElse(null);
    }

    /** A concurrent first request of the same user may have created it in the meantime: then read that one. */
    private ${u.name.className} create(String login) {
        ${u.name.className} user = new ${u.name.className}();
        user.setLogin(login);
        try {
            return repository.saveAndFlush(user);
        } catch (DataIntegrityViolationException e) {
            ${u.name.className} concurrent = find(login);
            if (concurrent == null) {
                throw e;
            }
            return concurrent;
        }
    }

    /** The caller: the ${u.name.className}'s id and login, the token's subject and the caller's realm roles. */
    public record Account(Long id, String login, String subject, List<String> roles) {
    }
}
