package org.innoscape.analysis.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.innoscape.model.Actor;
import org.innoscape.model.InnovationSystem;
import org.innoscape.model.Relationship;

/**
 * The actor network of a model as compact adjacency arrays: one node per actor, one directed edge
 * per relationship (weighted by its strength, 1 when unknown), and optionally an edge in both
 * directions for each membership ("memberOf"; half the weight each way, so a membership is one tie of
 * weight 1 like a relationship). Parallel edges between the same pair are merged, adding their
 * weights: two relationships between the same actors (either way) are two ties, by choice.
 */
public final class ActorNetwork {
    private final List<Actor> actors;
    private final Map<Actor, Integer> index;
    private final int[][] out;
    private final double[][] outWeights;
    private final int[][] in;
    private final int[][] neighbours;

    private ActorNetwork(List<Actor> actors, List<int[]> edges, List<Double> weights) {
        this.actors = List.copyOf(actors);
        this.index = new IdentityHashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            index.put(actors.get(i), i);
        }
        int n = actors.size();
        Map<Long, Double> merged = new java.util.LinkedHashMap<>();
        for (int e = 0; e < edges.size(); e++) {
            int[] edge = edges.get(e);
            merged.merge((long) edge[0] * n + edge[1], weights.get(e), Double::sum);
        }
        int[] outCount = new int[n];
        int[] inCount = new int[n];
        merged.keySet().forEach(key -> {
            outCount[(int) (key / n)]++;
            inCount[(int) (key % n)]++;
        });
        out = new int[n][];
        outWeights = new double[n][];
        in = new int[n][];
        for (int i = 0; i < n; i++) {
            out[i] = new int[outCount[i]];
            outWeights[i] = new double[outCount[i]];
            in[i] = new int[inCount[i]];
        }
        int[] outFill = new int[n];
        int[] inFill = new int[n];
        merged.forEach((key, weight) -> {
            int s = (int) (key / n);
            int t = (int) (key % n);
            out[s][outFill[s]] = t;
            outWeights[s][outFill[s]++] = weight;
            in[t][inFill[t]++] = s;
        });
        neighbours = new int[n][];
        for (int i = 0; i < n; i++) {
            neighbours[i] = java.util.stream.IntStream.concat(Arrays.stream(out[i]), Arrays.stream(in[i])).distinct().sorted().toArray();
        }
    }

    /**
     * The one actor network every view, export, overlay and network analysis uses by default:
     * relationships and memberships (an AHSN in the AHSN Network is linked to it), so that Network
     * Metrics, Findings and the GraphML/GEXF exports give one answer (the single-broker analysis may
     * still leave memberships out through its parameter).
     */
    public static ActorNetwork of(InnovationSystem model) {
        return of(model, true);
    }

    /** The relationships of {@code model}; memberships count as links when {@code withMemberships}. */
    public static ActorNetwork of(InnovationSystem model, boolean withMemberships) {
        List<Actor> actors = model.getActors();
        Map<Actor, Integer> position = new IdentityHashMap<>();
        for (int i = 0; i < actors.size(); i++) {
            position.put(actors.get(i), i);
        }
        List<int[]> edges = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        for (Relationship relationship : model.getRelationships()) {
            Integer s = position.get(relationship.getSource());
            Integer t = position.get(relationship.getTarget());
            if (s != null && t != null && !s.equals(t)) {
                edges.add(new int[] {s, t});
                weights.add(relationship.getStrength() == null ? 1.0 : relationship.getStrength().doubleValue());
            }
        }
        if (withMemberships) {
            for (Actor actor : actors) {
                for (Actor network : actor.getMemberOf()) {
                    Integer t = position.get(network);
                    Integer s = position.get(actor);
                    if (t != null && !t.equals(s)) {
                        // One tie of weight 1, stored both ways so that in- and out-lists see it: half each,
                        // because eigenvector centrality already counts every edge in both directions.
                        edges.add(new int[] {s, t});
                        weights.add(0.5);
                        edges.add(new int[] {t, s});
                        weights.add(0.5);
                    }
                }
            }
        }
        return new ActorNetwork(actors, edges, weights);
    }

    /** A network from explicit edges, for tests: {@code edges[k] = {source, target}}, weights 1. */
    public static ActorNetwork of(List<Actor> actors, int[][] edges) {
        List<Double> weights = new ArrayList<>();
        for (int i = 0; i < edges.length; i++) {
            weights.add(1.0);
        }
        return new ActorNetwork(actors, Arrays.asList(edges), weights);
    }

    /** The same actors (the same objects, in the same order) linked by the same weighted edges. */
    public boolean sameAs(ActorNetwork other) {
        if (other == this) {
            return true;
        }
        if (other.actors.size() != actors.size() || !Arrays.deepEquals(out, other.out) || !Arrays.deepEquals(outWeights, other.outWeights)) {
            return false;
        }
        for (int i = 0; i < actors.size(); i++) {
            if (actors.get(i) != other.actors.get(i)) {
                return false;
            }
        }
        return true;
    }

    public int size() {
        return actors.size();
    }

    public Actor actor(int node) {
        return actors.get(node);
    }

    public List<Actor> actors() {
        return actors;
    }

    public int node(Actor actor) {
        Integer node = index.get(actor);
        if (node == null) {
            throw new IllegalArgumentException("not in the network: " + actor.getName());
        }
        return node;
    }

    int[] out(int node) {
        return out[node];
    }

    double[] outWeights(int node) {
        return outWeights[node];
    }

    int[] in(int node) {
        return in[node];
    }

    /** Nodes linked to {@code node} in either direction, sorted, without repeats. */
    int[] neighbours(int node) {
        return neighbours[node];
    }
}
