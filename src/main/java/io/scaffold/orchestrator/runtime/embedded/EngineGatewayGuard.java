package io.scaffold.orchestrator.runtime.embedded;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.ServerBuilder;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import io.grpc.ServerProvider;
import io.grpc.ServerRegistry;
import io.grpc.Status;
import io.grpc.netty.NettyServerBuilder;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Supplier;

/**
 * Closes the embedded engine's gRPC gateway, which zeebe-process-test opens on every
 * interface and without any credentials: the gateway listens on the loopback interface
 * only, and every call must carry this process's random token, which only our own Camunda
 * client sends ({@link #clientInterceptor()}), so other local users cannot command the
 * engine either.
 * <p>
 * zeebe-process-test builds its gRPC server with {@link ServerBuilder#forPort(int)},
 * which asks the highest-priority registered {@link ServerProvider}; {@link #build}
 * registers one for the engine's port only for the moment the engine is built.
 */
final class EngineGatewayGuard {

    static final Metadata.Key<String> TOKEN_HEADER = Metadata.Key.of("x-scaffold-engine-token",
            Metadata.ASCII_STRING_MARSHALLER);

    private final byte[] token;

    EngineGatewayGuard() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        this.token = HexFormat.of().formatHex(random).getBytes(StandardCharsets.US_ASCII);
    }

    /**
     * Runs {@code buildEngine}, whose {@code ServerBuilder.forPort(port)} gets a guarded,
     * loopback-bound server.
     */
    <T> T build(int port, Supplier<T> buildEngine) {
        ServerProvider provider = new GuardedProvider(port);
        ServerRegistry.getDefaultRegistry().register(provider);
        try {
            return buildEngine.get();
        }
        finally {
            ServerRegistry.getDefaultRegistry().deregister(provider);
        }
    }

    /** Adds the token to every call of our own client. */
    ClientInterceptor clientInterceptor() {
        String value = new String(token, StandardCharsets.US_ASCII);
        return new ClientInterceptor() {
            @Override
            public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options,
                    Channel next) {
                return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
                    @Override
                    public void start(Listener<R> listener, Metadata headers) {
                        headers.put(TOKEN_HEADER, value);
                        super.start(listener, headers);
                    }
                };
            }
        };
    }

    private ServerInterceptor tokenCheck() {
        return new ServerInterceptor() {
            @Override
            public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
                    ServerCallHandler<Q, R> next) {
                String presented = headers.get(TOKEN_HEADER);
                if (presented == null || !MessageDigest.isEqual(token, presented.getBytes(StandardCharsets.US_ASCII))) {
                    call.close(Status.UNAUTHENTICATED.withDescription("this engine takes commands from the Scaffold "
                            + "Orchestrator process that started it only"), new Metadata());
                    return new ServerCall.Listener<>() {
                    };
                }
                return next.startCall(call, headers);
            }
        };
    }

    private final class GuardedProvider extends ServerProvider {

        private final int port;

        GuardedProvider(int port) {
            this.port = port;
        }

        @Override
        protected boolean isAvailable() {
            return true;
        }

        @Override
        protected int priority() {
            return 10; // the highest: ahead of Netty's own provider
        }

        @Override
        protected ServerBuilder<?> builderForPort(int requested) {
            if (requested != port) {
                return NettyServerBuilder.forPort(requested); // what the Netty provider
                                                              // would have built
            }
            return NettyServerBuilder.forAddress(new InetSocketAddress(InetAddress.getLoopbackAddress(), port))
                .intercept(tokenCheck());
        }

    }

}
