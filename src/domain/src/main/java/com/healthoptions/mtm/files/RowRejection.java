package com.healthoptions.mtm.files;

/**
 * Why one row of an incoming file was not applied: its line number (1 is the header), the column and
 * the reason. Never the value itself: it may be health data.
 */
public record RowRejection(long line, String column, String reason) {
}
