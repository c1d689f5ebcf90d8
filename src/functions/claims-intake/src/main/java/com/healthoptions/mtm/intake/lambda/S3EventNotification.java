package com.healthoptions.mtm.intake.lambda;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/**
 * The S3 event notification as S3 sends it (only the fields the intake reads). Keys arrive URL-encoded
 * with {@code +} for a space. A continuation is the same shape with one record. The schedule's sweep
 * is an EventBridge scheduled event: {@code source} {@code aws.events}, no records.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record S3EventNotification(@JsonProperty("Records") List<Record> records,
        @JsonProperty("source") String source, @JsonProperty("detail-type") String detailType) {

    public S3EventNotification(List<Record> records) {
        this(records, null, null);
    }

    /** The EventBridge schedule that asks the function to look for files that stopped moving. */
    public boolean scheduledSweep() {
        return "aws.events".equals(source) && (records == null || records.isEmpty());
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Record(
            @JsonProperty("eventVersion") String eventVersion,
            @JsonProperty("eventSource") String eventSource,
            @JsonProperty("awsRegion") String awsRegion,
            @JsonProperty("eventTime") String eventTime,
            @JsonProperty("eventName") String eventName,
            @JsonProperty("s3") Entity s3) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Entity(
            @JsonProperty("s3SchemaVersion") String s3SchemaVersion,
            @JsonProperty("configurationId") String configurationId,
            @JsonProperty("bucket") Bucket bucket,
            @JsonProperty("object") S3Object object) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Bucket(@JsonProperty("name") String name, @JsonProperty("arn") String arn) {
    }

    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record S3Object(
            @JsonProperty("key") String key,
            @JsonProperty("size") Long size,
            @JsonProperty("eTag") String eTag,
            @JsonProperty("versionId") String versionId,
            @JsonProperty("sequencer") String sequencer) {
    }
}
