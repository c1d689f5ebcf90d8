package com.healthoptions.mtm.disposal.http;

import com.healthoptions.mtm.disposal.DisposalLookup;
import com.healthoptions.mtm.disposal.IdentifiedDrug;
import com.healthoptions.mtm.disposal.MethodAdvice;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The disposal guidance answer as the API returns it; {@code drug} is null when {@code match} is NONE. */
@RegisterForReflection
@Schema(name = "DisposalGuidance")
public record GuidanceView(@Schema(required = true) String query,
        @Schema(required = true, implementation = com.healthoptions.mtm.disposal.MatchKind.class) String match,
        @Schema(nullable = true, description = "Null when match is NONE") Drug drug,
        @Schema(required = true) boolean fdaFlushList, @Schema(required = true) List<Method> methods,
        @Schema(required = true) List<Source> sources, @Schema(required = true) List<String> notes) {

    @RegisterForReflection
    public record Drug(@Schema(required = true) String name, @Schema(required = true) List<String> ingredients,
            @Schema(nullable = true, enumeration = {"SOLID", "PATCH", "INHALER", "INJECTABLE", "LIQUID", "RECTAL_GEL", "OTHER"})
            String dosageForm,
            @Schema(nullable = true, enumeration = {"CII", "CIII", "CIV", "CV"}) String deaSchedule) {

        static Drug of(IdentifiedDrug d) {
            return d == null ? null : new Drug(d.name(), List.copyOf(d.ingredients()),
                    d.dosageForm() == null ? null : d.dosageForm().name(),
                    d.deaSchedule() == null ? null : d.deaSchedule().name());
        }
    }

    @RegisterForReflection
    @Schema(name = "DisposalMethod")
    public record Method(@Schema(required = true, implementation = com.healthoptions.mtm.disposal.DisposalMethod.class)
            String method, @Schema(required = true) List<String> steps, @Schema(nullable = true) String why) {

        static Method of(MethodAdvice a) {
            return new Method(a.method().name(), a.steps(), a.why());
        }
    }

    @RegisterForReflection
    public record Source(String title, String url) {
    }

    public static GuidanceView of(DisposalLookup lookup) {
        var g = lookup.guidance();
        return new GuidanceView(lookup.query(), lookup.match().name(), Drug.of(lookup.drug()), g.fdaFlushList(),
                g.methods().stream().map(Method::of).toList(),
                g.sources().stream().map(s -> new Source(s.title(), s.url())).toList(), g.notes());
    }
}
