package io.scaffold.orchestrator.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Defeats DNS rebinding against the unsecured server: a web page of another site whose
 * name it points at 127.0.0.1 (or at the address a container port is published on) is, to
 * the browser, the same origin as this server and could read every run. Such requests
 * carry the other site's name as {@code Host}, so only loopback names and the hosts of
 * {@code scaffold.public-url} and {@code scaffold.security.allowed-origins} are answered,
 * also when {@code scaffold.server.allow-insecure-remote} lets the server listen on
 * another interface.
 */
final class HostCheckFilter extends OncePerRequestFilter {

    private final Set<String> allowedHosts = new HashSet<>(Set.of("localhost", "127.0.0.1", "[::1]"));

    private final ObjectMapper json;

    HostCheckFilter(Collection<String> allowedOrigins, ObjectMapper json) {
        allowedOrigins.stream().map(HostCheckFilter::host).flatMap(Optional::stream).forEach(allowedHosts::add);
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // getServerName() is the Host header's name without its port (IPv6 literals keep
        // their brackets).
        String host = request.getServerName().toLowerCase(Locale.ROOT);
        if (allowedHosts.contains(host) || allowedHosts.contains("[" + host + "]")) {
            chain.doFilter(request, response);
            return;
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                "this server runs without " + "security and answers requests for localhost only, not for host " + host
                        + "; set " + "scaffold.public-url to the address you use, or turn security on");
        problem.setType(URI.create("https://scaffold.io/problems/foreign-host"));
        problem.setTitle("Unknown host name");
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    private static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(URI.create(url.trim()).getHost()).map(h -> h.toLowerCase(Locale.ROOT));
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

}
