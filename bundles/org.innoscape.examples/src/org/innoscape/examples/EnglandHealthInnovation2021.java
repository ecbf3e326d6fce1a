package org.innoscape.examples;

import org.innoscape.model.InnovationSystem;
import org.innoscape.model.SourceDocument;
import org.innoscape.model.build.DefaultTemplate;
import org.innoscape.model.build.InnovationSystemBuilder;

/**
 * Builds the example model "England 2021" from the two seed documents: the Health Foundation blog
 * post mapping national health technology innovation programmes (2021) and the RAND Europe /
 * University of Manchester report on the innovating health system in England. Only what the
 * documents state is set; anything they leave open stays unset. Every element cites its source.
 */
public final class EnglandHealthInnovation2021 {
    public static final String FILE_NAME = "england-health-innovation-2021.innoscape";
    public static final String BLOG_FILE = "000_fdb3e1fed2bf8f76.txt";
    public static final String REPORT_FILE = "001_5870bc8a4cac46cb.txt";

    private EnglandHealthInnovation2021() {
    }

    /** The two source documents, for the parts of the builder that cite them. */
    record Sources(SourceDocument blog, SourceDocument report) {
    }

    /**
     * The model as the shipped file holds it: {@link #build()} with its three diagrams (stakeholder
     * network, pathway landscape, driver coverage), laid out. Needs the diagram types' code, not the
     * extension registry.
     */
    public static InnovationSystem buildAsShipped() {
        InnovationSystem system = build();
        EnglandDiagrams.add(system);
        return system;
    }

    /** The model's content without diagrams, for tests that draw their own. */
    public static InnovationSystem build() {
        InnovationSystemBuilder b = new InnovationSystemBuilder("england-2021", "Health technology innovation in England, 2021");
        InnovationSystem system = b.system();
        system.setJurisdiction("England");
        system.setSnapshotDate("2021-05");
        system.setDescription("National actors, programmes, drivers and recommendations for health technology "
                + "innovation in the NHS in England, as described by a 2021 mapping of 98 national programmes and "
                + "a report on the innovating health system (RAND Europe and University of Manchester).");

        SourceDocument blog = b.document("blog", "Mapping the health technology innovation landscape in England (Health Foundation blog, 2021)", BLOG_FILE);
        blog.setPublisher("The Health Foundation");
        blog.setYear(2021);
        blog.setDescription("Maps 98 programmes run by 12 national bodies (April-May 2021), 75 of them directly supporting "
                + "innovation, with three observations: adoption underfunded, rapid evaluation scarce, administrative "
                + "innovation neglected.");
        SourceDocument report = b.document("report", "Innovating for improved healthcare (RAND Europe and University of Manchester)", REPORT_FILE);
        report.setPublisher("RAND Europe");
        report.setDescription("The innovating health system in England: six drivers of innovation, two cross-cutting themes, "
                + "30 recommendations, case vignettes and innovation metrics.");
        Sources sources = new Sources(blog, report);

        DefaultTemplate.addTo(b);
        TemplateSources.describe(b, sources);
        EnglandActors.add(b, sources);
        EnglandRelationships.add(b, sources);
        EnglandIndicators.add(b, sources);
        EnglandInitiatives.add(b, sources);
        EnglandRecommendations.add(b, sources);
        return system;
    }
}
