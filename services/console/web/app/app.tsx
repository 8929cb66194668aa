import { Route, Routes } from 'react-router';

import { CALLBACK_PATH } from './auth/auth';
import { leads, overseesProvince } from './auth/claims';
import { RequireDesk } from './auth/require-desk';
import { CitizenLookupPage } from './citizen/citizen-lookup-page';
import { CommuneBoardPage } from './citizen/commune-board-page';
import { CommuneFinderPage } from './citizen/commune-finder-page';
import { FeedbackPage } from './citizen/feedback-page';
import { PublicAnswersPage } from './citizen/public-answers-page';
import { SurveyPage } from './citizen/survey-page';
import { DossierPage } from './desk/dossier-page';
import { OfficerDeskPage } from './desk/officer-desk-page';
import { ReceiveDossierPage } from './desk/receive-dossier-page';
import { Layout } from './layout/layout';
import { AuditTrailPage } from './leader/audit-trail-page';
import { LetterRegisterPage } from './leader/letter-register-page';
import { LetterSettingsPage } from './leader/letter-settings-page';
import { LettersToApprovePage } from './leader/letters-to-approve-page';
import { PersonalDataAccessPage } from './leader/personal-data-access-page';
import { FeedbackCasePage } from './office/feedback-case-page';
import { FeedbackCasesPage } from './office/feedback-cases-page';
import { SuggestionBoxPage } from './office/suggestion-box-page';
import { HomePage } from './pages/home-page';
import { NotFoundPage } from './pages/not-found-page';
import { SignInCallbackPage } from './pages/sign-in-callback-page';
import { SignedInHome } from './pages/signed-in-home';
import { CommuneDashboardPage, ProvinceCommunePage } from './reports/commune-dashboard-page';
import { ProvincePage } from './reports/province-page';

/** Vietnamese paths: they are what officers and citizens see and share. */
export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<HomePage />} />
        <Route path="/tra-cuu" element={<CitizenLookupPage />} />
        <Route path="/khao-sat" element={<SurveyPage />} />
        <Route path="/xa-phuong" element={<CommuneFinderPage />} />
        <Route path="/xa-phuong/:communeCode" element={<CommuneBoardPage />} />
        <Route path="/xa-phuong/:communeCode/gop-y" element={<FeedbackPage />} />
        <Route path="/xa-phuong/:communeCode/tra-loi" element={<PublicAnswersPage />} />
        <Route path="/khao-sat/:code" element={<SurveyPage />} />
        <Route path={CALLBACK_PATH} element={<SignInCallbackPage />} />
        <Route path="/bat-dau" element={<SignedInHome />} />
        <Route
          path="/ban-lam-viec"
          element={
            <RequireDesk>
              <OfficerDeskPage />
            </RequireDesk>
          }
        />
        <Route
          path="/ban-lam-viec/tiep-nhan"
          element={
            <RequireDesk>
              <ReceiveDossierPage />
            </RequireDesk>
          }
        />
        <Route
          path="/ban-lam-viec/ho-so/:dossierId"
          element={
            <RequireDesk>
              <DossierPage />
            </RequireDesk>
          }
        />
        <Route
          path="/ban-lam-viec/hom-thu-gop-y"
          element={
            <RequireDesk>
              <SuggestionBoxPage />
            </RequireDesk>
          }
        />
        <Route
          path="/ban-lam-viec/phan-anh"
          element={
            <RequireDesk>
              <FeedbackCasesPage />
            </RequireDesk>
          }
        />
        <Route
          path="/ban-lam-viec/phan-anh/:caseId"
          element={
            <RequireDesk>
              <FeedbackCasePage />
            </RequireDesk>
          }
        />
        <Route
          path="/lanh-dao/nhat-ky-thay-doi"
          element={
            <RequireDesk allow={leads}>
              <AuditTrailPage />
            </RequireDesk>
          }
        />
        <Route
          path="/lanh-dao/nhat-ky-truy-cap"
          element={
            <RequireDesk allow={leads}>
              <PersonalDataAccessPage />
            </RequireDesk>
          }
        />
        <Route
          path="/lanh-dao/so-thu"
          element={
            <RequireDesk allow={leads}>
              <LetterRegisterPage />
            </RequireDesk>
          }
        />
        <Route
          path="/lanh-dao/cai-dat-thu"
          element={
            <RequireDesk allow={leads}>
              <LetterSettingsPage />
            </RequireDesk>
          }
        />
        <Route
          path="/lanh-dao/thu-cho-ky-duyet"
          element={
            <RequireDesk allow={leads}>
              <LettersToApprovePage />
            </RequireDesk>
          }
        />
        <Route
          path="/lanh-dao/tong-quan"
          element={
            <RequireDesk allow={leads}>
              <CommuneDashboardPage />
            </RequireDesk>
          }
        />
        <Route
          path="/tinh/xa-phuong"
          element={
            <RequireDesk allow={overseesProvince}>
              <ProvincePage />
            </RequireDesk>
          }
        />
        <Route
          path="/tinh/xa-phuong/:communeCode"
          element={
            <RequireDesk allow={overseesProvince}>
              <ProvinceCommunePage />
            </RequireDesk>
          }
        />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </Layout>
  );
}
