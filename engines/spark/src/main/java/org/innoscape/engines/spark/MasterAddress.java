package org.innoscape.engines.spark;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a standalone master (spark://HOST:PORT, or several for a master with standbys) answers,
 * asked before this JVM becomes a driver: Spark itself retries an unreachable master for a minute
 * and then ends the JVM with an error of its own. Other masters (yarn, k8s://) are left to Spark.
 */
final class MasterAddress {
    static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private MasterAddress() {
    }

    /** Why none of the master's addresses answers, or empty when one does (or the master is not spark://). */
    static Optional<String> unreachable(String master, int timeoutMillis) {
        if (!master.startsWith("spark://")) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        for (String address : master.substring("spark://".length()).split(",")) {
            int colon = address.lastIndexOf(':');
            String host = colon >= 0 ? address.substring(0, colon) : address;
            if (host.isBlank()) {
                return Optional.of("--engine " + master + ": give the master's host, as spark://HOST:PORT");
            }
            int port;
            try {
                port = colon >= 0 ? Integer.parseInt(address.substring(colon + 1)) : 7077;
            } catch (NumberFormatException e) {
                return Optional.of("--engine " + master + ": '" + address.substring(colon + 1) + "' is not a port number");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(host, port), timeoutMillis);
                return Optional.empty();
            } catch (UnknownHostException e) {
                reasons.add(host + ": no such host");
            } catch (SocketTimeoutException e) {
                reasons.add(host + ":" + port + ": no answer within " + timeoutMillis / 1000 + " s");
            } catch (ConnectException e) {
                reasons.add(host + ":" + port + ": connection refused");
            } catch (IOException | IllegalArgumentException e) {
                reasons.add(host + ":" + port + ": " + e.getMessage());
            }
        }
        return Optional.of("cannot reach the Spark master " + master + " (" + String.join("; ", reasons)
                + "): is it running, and is the address the one its log or web page shows?");
    }
}
