package com.healthoptions.mtm.reference;

/**
 * The DEA schedule of a product known by name when it differs from its ingredients' (21 CFR 1308):
 * Tylenol with Codeine is C-III although codeine alone is C-II. {@code schedule} null: not controlled
 * (an exempted prescription product such as Fioricet).
 */
public record NameSchedule(String name, DeaSchedule schedule, String source) {
}
