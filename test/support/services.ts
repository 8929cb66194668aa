import { serviceStarter } from '@libs/testing';

import { CorrespondenceEnvironment } from '../../services/correspondence/src/config/correspondence.environment';
import { CorrespondenceModule } from '../../services/correspondence/src/correspondence.module';
import { DeadlineEnvironment } from '../../services/deadline/src/config/deadline.environment';
import { DeadlineModule } from '../../services/deadline/src/deadline.module';
import { FeedbackEnvironment } from '../../services/feedback/src/config/feedback.environment';
import { FeedbackModule } from '../../services/feedback/src/feedback.module';
import { IntakeEnvironment } from '../../services/intake/src/config/intake.environment';
import { IntakeModule } from '../../services/intake/src/intake.module';
import { ReportingEnvironment } from '../../services/reporting/src/config/reporting.environment';
import { ReportingModule } from '../../services/reporting/src/reporting.module';
import { SurveyEnvironment } from '../../services/survey/src/config/survey.environment';
import { SurveyModule } from '../../services/survey/src/survey.module';

/**
 * Every service as a cross-service test starts it in-process, with its own settings' defaults:
 * `START_SERVICE.intake(run, { options: { clock } })`.
 */
export const START_SERVICE = {
  intake: serviceStarter('intake', IntakeEnvironment, IntakeModule),
  deadline: serviceStarter('deadline', DeadlineEnvironment, DeadlineModule),
  correspondence: serviceStarter('correspondence', CorrespondenceEnvironment, CorrespondenceModule),
  survey: serviceStarter('survey', SurveyEnvironment, SurveyModule),
  feedback: serviceStarter('feedback', FeedbackEnvironment, FeedbackModule),
  reporting: serviceStarter('reporting', ReportingEnvironment, ReportingModule),
};

export type ServiceName = keyof typeof START_SERVICE;
