package com.healthoptions.mtm.infra;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awscdk.StackProps;
import software.constructs.Construct;

/**
 * The whole deployment: data, API, the schema step and one stack per function. Function stacks
 * depend on the schema step, so a full deploy migrates first; a single-stack deploy
 * ({@code cdk deploy -e}) leaves the others alone.
 */
public record MtmStacks(DataStack data, ApiStack api, Optional<SchemaStack> schema,
        Map<FunctionSpec, FunctionStack> functions) {

    public static MtmStacks build(Construct app, StackProps props, InfraSettings settings) {
        DataStack data = new DataStack(app, "Mtm-Data", props, settings);
        ApiStack api = new ApiStack(app, "Mtm-Api", props, settings);
        Optional<SchemaStack> schema = settings.functions().contains(FunctionSpec.SCHEMA_MIGRATION)
                ? Optional.of(new SchemaStack(app, FunctionSpec.SCHEMA_MIGRATION.stackName(), props, settings, data))
                : Optional.empty();

        Map<FunctionSpec, FunctionStack> functions = new EnumMap<>(FunctionSpec.class);
        for (FunctionSpec spec : settings.functions()) {
            FunctionStack stack = switch (spec) {
                case ELIGIBILITY -> HttpFunctionStack.eligibility(app, props, settings, data, api);
                case OPT_OUT -> HttpFunctionStack.optOut(app, props, settings, data, api);
                case DISPOSAL_GUIDANCE -> HttpFunctionStack.disposalGuidance(app, props, settings, data, api);
                case CLAIMS_INTAKE -> new ClaimsIntakeStack(app, props, settings, data);
                case PIN_VERIFICATION -> new PinVerificationStack(app, props, settings, data);
                case PROGRAM_WORKLIST -> ScheduledFunctionStack.programWorklist(app, props, settings, data);
                case CMS_MTM_FILE -> ScheduledFunctionStack.cmsMtmFile(app, props, settings, data);
                case TMR_SCREENING -> ScheduledFunctionStack.tmrScreening(app, props, settings, data);
                case CMR_SUMMARY -> ScheduledFunctionStack.cmrSummary(app, props, settings, data);
                case SCHEMA_MIGRATION -> null;
            };
            if (stack != null) {
                // Ordering only: a full deploy runs migrations before any function's new code goes live.
                schema.ifPresent(stack::addStackDependency);
                functions.put(spec, stack);
            }
        }
        return new MtmStacks(data, api, schema, functions);
    }
}
