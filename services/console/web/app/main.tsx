import './styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';

import { App } from './app';
import { AuthProvider, createUserManager, SignInConfiguration } from './auth/auth';
import { I18nProvider } from './i18n/i18n';

interface ConsoleConfiguration {
  oidc: SignInConfiguration;
}

/** The console serves its settings (services/console ConsoleConfigHttpController). */
async function start(): Promise<void> {
  const response = await fetch('/config.json', { headers: { accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`config.json answered ${response.status}`);
  }
  const configuration = (await response.json()) as ConsoleConfiguration;
  const manager = createUserManager(configuration.oidc);
  const root = document.getElementById('root');
  if (!root) {
    throw new Error('no #root element');
  }
  createRoot(root).render(
    <StrictMode>
      <I18nProvider>
        <AuthProvider manager={manager}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </AuthProvider>
      </I18nProvider>
    </StrictMode>,
  );
}

start().catch(() => {
  const root = document.getElementById('root');
  if (root) {
    root.textContent =
      'Hệ thống đang bận hoặc tạm ngừng, đề nghị thử lại sau ít phút. The system is unavailable; please try again later.';
  }
});
