package com.healthoptions.mtm.s3;

import com.healthoptions.mtm.intake.IntakeOutputs;
import com.healthoptions.mtm.program.ProgramOutputs;
import java.nio.file.Path;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/** One bucket as the place intake reports and program outputs are written: each put is one whole object. */
public final class BucketObjects implements IntakeOutputs, ProgramOutputs {

    private final S3Client s3;
    private final String bucket;

    public BucketObjects(S3Client s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public void put(String key, String contentType, byte[] body) {
        s3.putObject(request(key, contentType), RequestBody.fromBytes(body));
    }

    @Override
    public void put(String key, String contentType, Path file) {
        s3.putObject(request(key, contentType), RequestBody.fromFile(file));
    }

    private PutObjectRequest request(String key, String contentType) {
        return PutObjectRequest.builder().bucket(bucket).key(key).contentType(contentType).build();
    }
}
