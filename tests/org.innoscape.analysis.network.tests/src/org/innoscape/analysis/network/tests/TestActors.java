package org.innoscape.analysis.network.tests;

import java.util.ArrayList;
import java.util.List;

import org.innoscape.model.Actor;
import org.innoscape.model.InnoscapeFactory;

/** Actors named A0, A1, ... for networks built from explicit edges. */
final class TestActors {

    private TestActors() {
    }

    static List<Actor> named(int n) {
        List<Actor> actors = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Actor actor = InnoscapeFactory.eINSTANCE.createActor();
            actor.setName("A" + i);
            actors.add(actor);
        }
        return actors;
    }
}
