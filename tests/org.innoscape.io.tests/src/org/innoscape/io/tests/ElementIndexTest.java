package org.innoscape.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.innoscape.io.values.ElementIndex;
import org.innoscape.io.values.NameKey;
import org.innoscape.io.values.Similarity;
import org.innoscape.model.Actor;
import org.innoscape.model.InnoscapeFactory;
import org.junit.jupiter.api.Test;

/**
 * The indexes behind "did you mean" and "taken as the only one with these words" find what comparing every name finds: a
 * register naming tens of thousands of new bodies is resolved through them.
 */
class ElementIndexTest {
    private static final String[] WORDS = {"health", "care", "digital", "trust", "nhs", "foundation", "network", "north", "east",
        "innovation", "labs", "ai", "cymru", "board", "ltd", "data", "fund", "partners"};

    @Test
    void aResemblingNameIsAsNearAsTheNearestOfAll() {
        Random random = new Random(11);
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            actors.add(actor("a" + i, name(random, 1 + random.nextInt(4))));
        }
        ElementIndex<Actor> index = new ElementIndex<>(actors);
        for (int query = 0; query < 2_000; query++) {
            // A known name mistyped, or (one in four) a name of its own, mostly with nothing near.
            String text = query % 4 == 0 ? name(random, 1 + random.nextInt(3))
                    : typed(random, actors.get(random.nextInt(actors.size())).getName());
            String key = NameKey.of(text);
            Optional<Actor> everyName = Similarity.closest(key, byKey(actors));
            Optional<Actor> indexed = index.resembling(text);
            assertEquals(everyName.isPresent(), indexed.isPresent(), "'" + text + "' resembles something, or nothing, either way");
            everyName.ifPresent(nearest -> assertEquals(distance(key, nearest), distance(key, indexed.orElseThrow()),
                    "'" + text + "': as near as the nearest"));
        }
    }

    @Test
    void theNameHoldingEveryWordIsFoundOnlyWhenItIsTheOnlyOne() {
        Random random = new Random(12);
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            actors.add(actor("a" + i, name(random, 2 + random.nextInt(4))));
        }
        ElementIndex<Actor> index = new ElementIndex<>(actors);
        for (int query = 0; query < 1_000; query++) {
            String text = name(random, 2 + random.nextInt(2));
            List<String> words = List.of(NameKey.loose(text).split(" "));
            List<Actor> holding = actors.stream().filter(a -> List.of(NameKey.loose(a.getName()).split(" ")).containsAll(words))
                    .filter(a -> index.find(a.getName()).orElseThrow() == a).toList();
            Optional<Actor> expected = holding.size() == 1 ? Optional.of(holding.get(0)) : Optional.empty();
            assertEquals(expected, index.findByWords(text), "'" + text + "'");
        }
    }

    private static java.util.Map<String, Actor> byKey(List<Actor> actors) {
        java.util.Map<String, Actor> byKey = new java.util.HashMap<>();
        actors.forEach(a -> byKey.putIfAbsent(NameKey.of(a.getName()), a));
        return byKey;
    }

    private static int distance(String key, Actor actor) {
        return Similarity.distance(key, NameKey.of(actor.getName()), 10);
    }

    private static String name(Random random, int words) {
        StringBuilder name = new StringBuilder();
        for (int w = 0; w < words; w++) {
            name.append(w == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return name.toString();
    }

    /** The name with up to three typing mistakes. */
    private static String typed(Random random, String name) {
        StringBuilder typed = new StringBuilder(name);
        for (int mistakes = random.nextInt(4); mistakes > 0 && typed.length() > 1; mistakes--) {
            int at = random.nextInt(typed.length());
            switch (random.nextInt(3)) {
                case 0 -> typed.deleteCharAt(at);
                case 1 -> typed.insert(at, (char) ('a' + random.nextInt(26)));
                default -> typed.setCharAt(at, (char) ('a' + random.nextInt(26)));
            }
        }
        return typed.toString();
    }

    private static Actor actor(String id, String name) {
        Actor actor = InnoscapeFactory.eINSTANCE.createActor();
        actor.setId(id);
        actor.setName(name);
        return actor;
    }
}
