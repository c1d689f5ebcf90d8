package com.healthoptions.mtm.disposal.http;

import com.healthoptions.mtm.disposal.DisposalLookup;
import com.healthoptions.mtm.disposal.IdentifiedDrug;
import com.healthoptions.mtm.disposal.MethodAdvice;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** The disposal guidance answer as the API returns it; {@code drug} is null when {@code match} is NONE. */
@RegisterForReflection
public record GuidanceView(String query, String match, Drug drug, boolean fdaFlushList, List<Method> methods,
        List<Source> sources, List<String> notes) {

    @RegisterForReflection
    public record Drug(String name, List<String> ingredients, String dosageForm, String deaSchedule) {

        static Drug of(IdentifiedDrug d) {
            return d == null ? null : new Drug(d.name(), List.copyOf(d.ingredients()),
                    d.dosageForm() == null ? null : d.dosageForm().name(),
                    d.deaSchedule() == null ? null : d.deaSchedule().name());
        }
    }

    @RegisterForReflection
    public record Method(String method, List<String> steps, String why) {

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
