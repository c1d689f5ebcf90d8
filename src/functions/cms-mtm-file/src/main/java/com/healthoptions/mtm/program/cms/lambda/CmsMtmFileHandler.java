package com.healthoptions.mtm.program.cms.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.healthoptions.mtm.program.ProgramOutputs;
import com.healthoptions.mtm.program.RunDay;
import com.healthoptions.mtm.program.cms.CmsLayout;
import com.healthoptions.mtm.program.cms.CmsMtmFile;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Builds the CMS beneficiary-level MTM data file per contract, on a schedule or on demand.
 *
 * <p>The build date is the scheduled time's day in the plan's time zone (so a retried or re-fired
 * schedule names the same build, which is then ALREADY_BUILT), else {@code date}, else today. The plan
 * year is {@code planYear}, else the previous year in January and February (the submission window of the
 * year just ended), else the current year (a year-to-date draft). Contracts: {@code contracts}, else every
 * contract with a member enrolled in MTM that year.
 */
public class CmsMtmFileHandler implements RequestHandler<CmsFileRequest, CmsFileAnswer> {

    private static final Logger LOG = Logger.getLogger(CmsMtmFileHandler.class);

    private final CmsMtmFile cms;
    private final ProgramOutputs bucket;
    private final Clock clock;

    public CmsMtmFileHandler(CmsMtmFile cms, ProgramOutputs bucket, Clock clock) {
        this.cms = cms;
        this.bucket = bucket;
        this.clock = clock;
    }

    @Override
    public CmsFileAnswer handleRequest(CmsFileRequest event, Context context) {
        CmsFileRequest e = event == null ? new CmsFileRequest(null, null, null, null, null, null, null, null, null) : event;
        LocalDate buildDate;
        try {
            buildDate = RunDay.of(e.scheduledTime(), e.time(), e.date(), clock);
        } catch (RunDay.InvalidRunDayException ex) {
            return CmsFileAnswer.refused("INVALID_INPUT", ex.getMessage());
        }
        int year = e.planYear() != null ? e.planYear()
                : buildDate.getMonthValue() <= 2 ? buildDate.getYear() - 1 : buildDate.getYear();
        if (year < 2006 || year > buildDate.getYear()) {
            return CmsFileAnswer.refused("INVALID_INPUT", "planYear must be a Part D year up to the current one");
        }
        try {
            CmsLayout.forYear(year);
        } catch (CmsLayout.NoLayoutException ex) {
            return CmsFileAnswer.refused("NO_LAYOUT", ex.getMessage());
        }
        List<String> contracts = e.contracts() == null || e.contracts().isEmpty() ? cms.contracts(year) : e.contracts();
        if (contracts.stream().anyMatch(c -> c == null || !c.matches("[A-Z0-9]{5}"))) {
            return CmsFileAnswer.refused("INVALID_INPUT", "contracts are 5 letters or digits (H1234, S5801)");
        }
        String requestId = context != null && context.getAwsRequestId() != null ? context.getAwsRequestId()
                : "local-" + System.nanoTime();
        boolean rebuild = Boolean.TRUE.equals(e.rebuild());
        List<CmsFileAnswer.Contract> out = new ArrayList<>();
        for (String contract : contracts) {
            CmsMtmFile.Result r = cms.build(contract, year, buildDate, rebuild, bucket, requestId);
            out.add(new CmsFileAnswer.Contract(contract, r.status(), r.dataKey(), r.reportKey(), r.recordsWritten(),
                    r.recordsHeldBack()));
        }
        LOG.infof("CMS MTM file for %d, build date %s: %d contract(s)", year, buildDate, out.size());
        return new CmsFileAnswer("BUILT", null, year, buildDate.toString(), out);
    }
}
