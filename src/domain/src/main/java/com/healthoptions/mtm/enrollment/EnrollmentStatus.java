package com.healthoptions.mtm.enrollment;

public enum EnrollmentStatus { ENROLLED, OPTED_OUT, NOT_ENROLLED }
