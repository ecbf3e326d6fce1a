package org.innoscape.analysis.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.innoscape.model.Actor;

/**
 * Centralities and structure of an {@link ActorNetwork}. Paths are counted in hops and ignore
 * direction (a relationship connects both ways for brokerage); eigenvector centrality may use the
 * relationship strengths, each tie counted once in each direction (a membership weighs as one
 * relationship; two relationships A to B and B to A weigh as two, because they are two relationships). Values per node are indexed like {@link ActorNetwork#actor(int)}.
 *
 * @param degree        distinct neighbours
 * @param inDegree      relationships pointing at the actor
 * @param outDegree     relationships starting at the actor
 * @param betweenness   Brandes betweenness (undirected, each pair counted once, not normalised)
 * @param closeness     harmonic closeness: mean of 1/distance to every other actor (0 when isolated)
 * @param eigenvector   eigenvector centrality, scaled so that the largest is 1
 * @param component     the connected component of each actor, numbered from 0 by first actor
 * @param articulation  actors whose removal splits their component (single brokers)
 */
public record NetworkMetrics(ActorNetwork network, int[] degree, int[] inDegree, int[] outDegree, double[] betweenness,
        double[] closeness, double[] eigenvector, int[] component, boolean[] articulation) {

    /** The last metrics computed through {@link #shared}: analyses of one run share them. */
    private static NetworkMetrics lastShared;
    private static boolean lastWeighted;

    /**
     * The metrics of this network, computed once for all the analyses of a run: when the network is the
     * same as the last one asked for (same actors, same weighted edges), its metrics are reused, so the
     * single-broker and fragmentation analyses pay for one computation.
     */
    public static NetworkMetrics shared(ActorNetwork network, boolean weighted, IProgressMonitor monitor) {
        synchronized (NetworkMetrics.class) {
            if (lastShared != null && lastWeighted == weighted && lastShared.network().sameAs(network)) {
                return lastShared;
            }
        }
        NetworkMetrics metrics = compute(network, weighted, monitor);
        synchronized (NetworkMetrics.class) {
            lastShared = metrics;
            lastWeighted = weighted;
        }
        return metrics;
    }

    public static NetworkMetrics compute(ActorNetwork network, boolean weighted) {
        return compute(network, weighted, new NullProgressMonitor());
    }

    public static NetworkMetrics compute(ActorNetwork network, boolean weighted, IProgressMonitor monitor) {
        int n = network.size();
        int[] degree = new int[n];
        int[] in = new int[n];
        int[] out = new int[n];
        for (int v = 0; v < n; v++) {
            degree[v] = network.neighbours(v).length;
            in[v] = network.in(v).length;
            out[v] = network.out(v).length;
        }
        double[][] paths = betweennessAndCloseness(network, monitor);
        return new NetworkMetrics(network, degree, in, out, paths[0], paths[1], eigenvector(network, weighted),
                components(network), articulationPoints(network));
    }

    /** Sources are split into this many fixed chunks, so the floating-point sums do not depend on thread timing. */
    private static final int CHUNKS = 16;

    /**
     * Brandes' algorithm, with harmonic closeness from the same breadth-first searches. The sources
     * are processed in parallel chunks; each chunk adds into its own array and the arrays are summed
     * in chunk order.
     */
    private static double[][] betweennessAndCloseness(ActorNetwork network, IProgressMonitor monitor) {
        int n = network.size();
        double[] closeness = new double[n];
        int chunkSize = Math.max(1, (n + CHUNKS - 1) / CHUNKS);
        int chunks = n == 0 ? 0 : (n + chunkSize - 1) / chunkSize;
        double[][] partial = new double[chunks][];
        java.util.stream.IntStream.range(0, chunks).parallel().forEach(chunk -> {
            partial[chunk] = new BrandesSearch(network).run(chunk * chunkSize, Math.min(n, (chunk + 1) * chunkSize), closeness,
                    monitor);
        });
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
        double[] betweenness = new double[n];
        for (double[] part : partial) {
            for (int v = 0; v < n; v++) {
                betweenness[v] += part[v];
            }
        }
        for (int v = 0; v < n; v++) {
            betweenness[v] /= 2; // every pair was counted from both ends
        }
        return new double[][] {betweenness, closeness};
    }

    /** The working arrays of breadth-first searches from a range of sources, reused from one source to the next. */
    private static final class BrandesSearch {
        private final ActorNetwork network;
        private final int[] distance;
        private final double[] sigma;
        private final double[] delta;
        private final int[] order;

        BrandesSearch(ActorNetwork network) {
            this.network = network;
            int n = network.size();
            distance = new int[n];
            sigma = new double[n];
            delta = new double[n];
            order = new int[n];
            Arrays.fill(distance, -1);
        }

        /** Adds the dependencies of sources [from, to) into a new array; writes their closeness. */
        double[] run(int from, int to, double[] closeness, IProgressMonitor monitor) {
            int n = network.size();
            double[] betweenness = new double[n];
            for (int s = from; s < to; s++) {
                if (monitor.isCanceled()) {
                    return betweenness;
                }
                int visited = search(s);
                double harmonic = 0;
                for (int i = 1; i < visited; i++) {
                    harmonic += 1.0 / distance[order[i]];
                }
                closeness[s] = n > 1 ? harmonic / (n - 1) : 0;
                for (int i = visited - 1; i > 0; i--) {
                    int w = order[i];
                    double share = (1 + delta[w]) / sigma[w];
                    for (int v : network.neighbours(w)) {
                        if (distance[v] == distance[w] - 1) {
                            delta[v] += sigma[v] * share;
                        }
                    }
                    betweenness[w] += delta[w];
                }
                for (int i = 0; i < visited; i++) {
                    int v = order[i];
                    distance[v] = -1;
                    sigma[v] = 0;
                    delta[v] = 0;
                }
            }
            return betweenness;
        }

        /** Breadth-first search from s; fills order[] in visiting order and returns how many were reached. */
        private int search(int s) {
            distance[s] = 0;
            sigma[s] = 1;
            order[0] = s;
            int head = 0;
            int tail = 1;
            while (head < tail) {
                int v = order[head++];
                int next = distance[v] + 1;
                for (int w : network.neighbours(v)) {
                    if (distance[w] < 0) {
                        distance[w] = next;
                        order[tail++] = w;
                    }
                    if (distance[w] == next) {
                        sigma[w] += sigma[v];
                    }
                }
            }
            return tail;
        }
    }

    /** Power iteration on (A + I), which has A's eigenvectors but converges on bipartite graphs too. */
    private static double[] eigenvector(ActorNetwork network, boolean weighted) {
        int n = network.size();
        double[] x = new double[n];
        Arrays.fill(x, 1.0);
        double[] next = new double[n];
        for (int iteration = 0; iteration < 1000 && n > 0; iteration++) {
            System.arraycopy(x, 0, next, 0, n);
            for (int v = 0; v < n; v++) {
                int[] targets = network.out(v);
                double[] weights = network.outWeights(v);
                for (int k = 0; k < targets.length; k++) {
                    double w = weighted ? weights[k] : 1.0;
                    next[targets[k]] += w * x[v];
                    next[v] += w * x[targets[k]];
                }
            }
            double max = Arrays.stream(next).max().orElse(1);
            double change = 0;
            for (int v = 0; v < n; v++) {
                double value = max > 0 ? next[v] / max : 0;
                change = Math.max(change, Math.abs(value - x[v]));
                x[v] = value;
            }
            if (change < 1e-10) {
                break;
            }
        }
        boolean anyEdge = false;
        for (int v = 0; v < n && !anyEdge; v++) {
            anyEdge = network.neighbours(v).length > 0;
        }
        if (!anyEdge) {
            Arrays.fill(x, 0);
        }
        return x;
    }

    /** The connected component of each actor, without computing the centralities. */
    public static int[] components(ActorNetwork network) {
        int n = network.size();
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int next = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int s = 0; s < n; s++) {
            if (component[s] >= 0) {
                continue;
            }
            component[s] = next;
            queue.add(s);
            while (!queue.isEmpty()) {
                int v = queue.poll();
                for (int w : network.neighbours(v)) {
                    if (component[w] < 0) {
                        component[w] = next;
                        queue.add(w);
                    }
                }
            }
            next++;
        }
        return component;
    }

    /** Tarjan's articulation points, iteratively so deep networks cannot overflow the stack. */
    private static boolean[] articulationPoints(ActorNetwork network) {
        int n = network.size();
        int[] discovery = new int[n];
        int[] low = new int[n];
        int[] parent = new int[n];
        int[] nextChild = new int[n];
        int[] rootChildren = new int[n];
        boolean[] articulation = new boolean[n];
        Arrays.fill(discovery, -1);
        int time = 0;
        int[] stack = new int[n];
        for (int root = 0; root < n; root++) {
            if (discovery[root] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            parent[root] = -1;
            discovery[root] = low[root] = time++;
            while (top > 0) {
                int v = stack[top - 1];
                int[] around = network.neighbours(v);
                if (nextChild[v] < around.length) {
                    int w = around[nextChild[v]++];
                    if (discovery[w] < 0) {
                        parent[w] = v;
                        discovery[w] = low[w] = time++;
                        stack[top++] = w;
                        if (v == root) {
                            rootChildren[root]++;
                        }
                    } else if (w != parent[v]) {
                        low[v] = Math.min(low[v], discovery[w]);
                    }
                } else {
                    top--;
                    int p = parent[v];
                    if (p >= 0) {
                        low[p] = Math.min(low[p], low[v]);
                        if (p != root && low[v] >= discovery[p]) {
                            articulation[p] = true;
                        }
                    }
                }
            }
            articulation[root] = rootChildren[root] > 1;
        }
        return articulation;
    }

    /** The number of connected components. */
    public int componentCount() {
        return Arrays.stream(component).max().orElse(-1) + 1;
    }

    /** Actors in each component, largest first. */
    public List<List<Actor>> componentsBySize() {
        List<List<Actor>> groups = new ArrayList<>();
        for (int c = 0; c < componentCount(); c++) {
            groups.add(new ArrayList<>());
        }
        for (int v = 0; v < component.length; v++) {
            groups.get(component[v]).add(network.actor(v));
        }
        groups.sort((a, b) -> b.size() - a.size());
        return groups;
    }

    /** The metrics of one actor, for tables and diagrams. */
    public ActorMetrics of(Actor actor) {
        int v = network.node(actor);
        return new ActorMetrics(actor, degree[v], inDegree[v], outDegree[v], betweenness[v], closeness[v], eigenvector[v],
                component[v], articulation[v]);
    }

    public List<ActorMetrics> all() {
        return network.actors().stream().map(this::of).toList();
    }

    /** One actor's values. */
    public record ActorMetrics(Actor actor, int degree, int inDegree, int outDegree, double betweenness, double closeness,
            double eigenvector, int component, boolean articulationPoint) {
    }
}
