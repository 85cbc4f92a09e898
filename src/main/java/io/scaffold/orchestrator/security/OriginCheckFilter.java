package io.scaffold.orchestrator.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses state-changing requests (POST, PUT, PATCH, DELETE) that a browser sends on
 * behalf of another site: a request whose {@code Origin} (or, without one,
 * {@code Referer}) names an origin other than this server's gets a 403 problem. A web
 * page can otherwise POST a multipart "simple" request that needs no CORS preflight.
 * Requests without either header (the CLI, curl, other servers) pass: no browser sends a
 * cross-site POST without them. This server's origins are {@code scaffold.public-url},
 * {@code scaffold.security.allowed-origins} and the loopback names at the port the
 * request came in on; the request's {@code Host} is not trusted, so a DNS-rebound name
 * does not count as this server.
 */
public final class OriginCheckFilter extends OncePerRequestFilter {

    private static final Set<String> STATE_CHANGING = Set.of("POST", "PUT", "PATCH", "DELETE");

    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> allowedOrigins;

    private final ObjectMapper json;

    OriginCheckFilter(Collection<String> allowedOrigins, ObjectMapper json) {
        this.allowedOrigins = allowedOrigins.stream()
            .map(OriginCheckFilter::origin)
            .flatMap(Optional::stream)
            .collect(Collectors.toUnmodifiableSet());
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (STATE_CHANGING.contains(request.getMethod())) {
            String header = request.getHeader(HttpHeaders.ORIGIN) != null ? HttpHeaders.ORIGIN : HttpHeaders.REFERER;
            String value = request.getHeader(header);
            if (value != null && !allowed(origin(value), request.getLocalPort())) {
                refuse(response, header, value);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private boolean allowed(Optional<String> origin, int localPort) {
        return origin.isPresent() && (allowedOrigins.contains(origin.get())
                || LOOPBACK_HOSTS.stream().anyMatch(host -> origin.get().equals("http://" + host + ":" + localPort)));
    }

    /**
     * scheme://host:port in lower case with the scheme's default port made explicit;
     * empty for "null" or junk.
     */
    static Optional<String> origin(String url) {
        try {
            URI uri = URI.create(url.trim());
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return Optional.empty();
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            int port = uri.getPort() != -1 ? uri.getPort()
                    : "https".equals(scheme) ? 443 : "http".equals(scheme) ? 80 : -1;
            return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port);
        }
        catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void refuse(HttpServletResponse response, String header, String value) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, "the request comes from "
                + header + " " + value + ", a web page that is not this server: state-changing requests are "
                + "accepted from this server's own pages and from clients that send no Origin (CLI, curl); add the "
                + "origin to scaffold.security.allowed-origins if it is yours");
        problem.setType(URI.create("https://scaffold.io/problems/foreign-origin"));
        problem.setTitle("Cross-site request refused");
        response.setStatus(HttpStatus.FORBIDDEN.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

}
