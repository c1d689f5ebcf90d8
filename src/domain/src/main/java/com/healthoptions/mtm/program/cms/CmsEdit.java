package com.healthoptions.mtm.program.cms;

/**
 * One validation edit a record failed (or, as a warning, a value the builder had to adjust): the field
 * in layout terms ("L OPT_OUT_REASON"), the edit's id and the reason. Never the value.
 */
public record CmsEdit(String field, String edit, String reason) {
}
