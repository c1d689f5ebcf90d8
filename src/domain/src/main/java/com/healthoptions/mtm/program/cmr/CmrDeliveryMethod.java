package com.healthoptions.mtm.program.cmr;

/** How the CMR was delivered (CMS: face-to-face, telephone, telehealth, other). */
public enum CmrDeliveryMethod {
    FACE_TO_FACE, TELEPHONE, TELEHEALTH, OTHER
}
