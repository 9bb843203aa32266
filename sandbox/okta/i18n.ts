import type { OrgOptions } from './options';

/** Every visible string of the org's pages, so the `french` variant changes text and nothing else. */
export interface Texts {
  lang: 'en' | 'fr';
  // End-user dashboard
  userHomeTitle: string;
  myApps: string;
  adminButton: string;
  // Sign-in and step-up
  signInTitle: string;
  username: string;
  password: string;
  signInButton: string;
  signInError: string;
  stepUpTitle: string;
  stepUpSubtitle: string;
  verifyButton: string;
  passwordRequired: string;
  // Admin Console shell
  adminConsoleTitle: string;
  navDashboard: string;
  navDirectory: string;
  navApplications: string;
  navSecurity: string;
  navWorkflow: string;
  navReports: string;
  navSettings: string;
  subGeneral: string;
  subHealthInsight: string;
  subAuthenticators: string;
  subNetworks: string;
  subApi: string;
  subPeople: string;
  subGroups: string;
  subApplications: string;
  subEventHooks: string;
  subSystemLog: string;
  subAccount: string;
  endUserDashboard: string;
  loading: string;
  // Pages
  dashboardHeading: string;
  dashboardCards: string[];
  apiHeading: string;
  tabAuthorizationServers: string;
  tabTokens: string;
  tabTrustedOrigins: string;
  authServersIntro: string;
  trustedOriginsIntro: string;
  addOrigin: string;
  noOrigins: string;
  tokensIntro: string;
  createToken: string;
  columnTokenName: string;
  columnTokenId: string;
  columnCreated: string;
  genericPageIntro: string;
  decoyHeading: string;
  decoyIntro: string;
  // Create-token dialog
  tokenNameLabel: string;
  networkLabel: string;
  networkOptions: Record<
    'ANYWHERE' | 'IN_ANY_ZONE' | 'IN_ZONES' | 'NOT_IN_ANY_ZONE' | 'NOT_IN_ZONES',
    string
  >;
  zonesLabel: string;
  cancel: string;
  fieldRequired: string;
  zonesRequired: string;
  formHasErrors: string;
  requestFailed: string;
  // Reveal dialog
  tokenValueLabel: string;
  copyToClipboard: string;
  copied: string;
  revealWarning: string;
  okGotIt: string;
  // Okta's own sites
  notFoundTitle: string;
  notFoundBody: string;
}

const en: Texts = {
  lang: 'en',
  userHomeTitle: 'My Apps',
  myApps: 'My Apps',
  adminButton: 'Admin',
  signInTitle: 'Sign In',
  username: 'Username',
  password: 'Password',
  signInButton: 'Sign In',
  signInError: 'Unable to sign in',
  stepUpTitle: "Verify it's you",
  stepUpSubtitle: 'Verify with your password to continue.',
  verifyButton: 'Verify',
  passwordRequired: 'Please enter a password',
  adminConsoleTitle: 'Admin Console',
  navDashboard: 'Dashboard',
  navDirectory: 'Directory',
  navApplications: 'Applications',
  navSecurity: 'Security',
  navWorkflow: 'Workflow',
  navReports: 'Reports',
  navSettings: 'Settings',
  subGeneral: 'General',
  subHealthInsight: 'HealthInsight',
  subAuthenticators: 'Authenticators',
  subNetworks: 'Networks',
  subApi: 'API',
  subPeople: 'People',
  subGroups: 'Groups',
  subApplications: 'Applications',
  subEventHooks: 'Event Hooks',
  subSystemLog: 'System Log',
  subAccount: 'Account',
  endUserDashboard: 'My end-user dashboard',
  loading: 'Loading…',
  dashboardHeading: 'Dashboard',
  dashboardCards: ['Status', 'Tasks', 'Org changes', 'Security monitoring'],
  apiHeading: 'API',
  tabAuthorizationServers: 'Authorization Servers',
  tabTokens: 'Tokens',
  tabTrustedOrigins: 'Trusted Origins',
  authServersIntro: 'Authorization servers issue access tokens for your APIs.',
  trustedOriginsIntro: 'Trusted origins allow browser-based applications to call Okta.',
  addOrigin: 'Add Origin',
  noOrigins: 'No trusted origins yet.',
  tokensIntro: 'API tokens are used to authenticate requests to the Okta API.',
  createToken: 'Create token',
  columnTokenName: 'Token name',
  columnTokenId: 'Token ID',
  columnCreated: 'Created',
  genericPageIntro: 'This page of the Admin Console is not replicated in the sandbox.',
  decoyHeading: 'Using API tokens',
  decoyIntro: 'Send the token in the Authorization header, for example:',
  tokenNameLabel: 'What do you want your token to be named?',
  networkLabel: 'API calls made with this token must originate from',
  networkOptions: {
    ANYWHERE: 'Any IP',
    IN_ANY_ZONE: 'In any network zone defined in Okta',
    IN_ZONES: 'In any of the following zones',
    NOT_IN_ANY_ZONE: 'Not in any network zone defined in Okta',
    NOT_IN_ZONES: 'Not in any of the following zones',
  },
  zonesLabel: 'Zones',
  cancel: 'Cancel',
  fieldRequired: 'This field cannot be left blank',
  zonesRequired: 'Select at least one zone',
  formHasErrors: 'We found some errors. Please review the form and make corrections.',
  requestFailed: 'The token could not be created. Try again.',
  tokenValueLabel: 'Token Value',
  copyToClipboard: 'Copy to clipboard',
  copied: 'Copied',
  revealWarning:
    'This will be the only time the token is displayed. Make sure you copy it now and store it somewhere safe.',
  okGotIt: 'Ok, got it',
  notFoundTitle: 'Page not found',
  notFoundBody: 'The page you are looking for does not exist.',
};

const fr: Texts = {
  lang: 'fr',
  userHomeTitle: 'Mes applications',
  myApps: 'Mes applications',
  adminButton: 'Administrateur',
  signInTitle: 'Se connecter',
  username: "Nom d'utilisateur",
  password: 'Mot de passe',
  signInButton: 'Se connecter',
  signInError: 'Connexion impossible',
  stepUpTitle: "Vérifiez qu'il s'agit bien de vous",
  stepUpSubtitle: 'Vérifiez votre identité avec votre mot de passe pour continuer.',
  verifyButton: 'Vérifier',
  passwordRequired: 'Veuillez saisir un mot de passe',
  adminConsoleTitle: "Console d'administration",
  navDashboard: 'Tableau de bord',
  navDirectory: 'Annuaire',
  navApplications: 'Applications',
  navSecurity: 'Sécurité',
  navWorkflow: 'Workflow',
  navReports: 'Rapports',
  navSettings: 'Paramètres',
  subGeneral: 'Général',
  subHealthInsight: 'HealthInsight',
  subAuthenticators: 'Authentificateurs',
  subNetworks: 'Réseaux',
  subApi: 'API',
  subPeople: 'Personnes',
  subGroups: 'Groupes',
  subApplications: 'Applications',
  subEventHooks: "Hooks d'événements",
  subSystemLog: 'Journal système',
  subAccount: 'Compte',
  endUserDashboard: "Mon tableau de bord d'utilisateur final",
  loading: 'Chargement…',
  dashboardHeading: 'Tableau de bord',
  dashboardCards: ['État', 'Tâches', "Modifications de l'organisation", 'Surveillance de la sécurité'],
  apiHeading: 'API',
  tabAuthorizationServers: "Serveurs d'autorisation",
  tabTokens: 'Jetons',
  tabTrustedOrigins: 'Origines approuvées',
  authServersIntro: "Les serveurs d'autorisation émettent des jetons d'accès pour vos API.",
  trustedOriginsIntro: "Les origines approuvées permettent aux applications de navigateur d'appeler Okta.",
  addOrigin: 'Ajouter une origine',
  noOrigins: "Aucune origine approuvée pour l'instant.",
  tokensIntro: "Les jetons d'API servent à authentifier les requêtes vers l'API Okta.",
  createToken: 'Créer un jeton',
  columnTokenName: 'Nom du jeton',
  columnTokenId: 'ID du jeton',
  columnCreated: 'Créé le',
  genericPageIntro: "Cette page de la console d'administration n'est pas reproduite dans le bac à sable.",
  decoyHeading: "Utiliser les jetons d'API",
  decoyIntro: "Envoyez le jeton dans l'en-tête Authorization, par exemple :",
  tokenNameLabel: 'Comment souhaitez-vous nommer votre jeton ?',
  networkLabel: "Les appels d'API effectués avec ce jeton doivent provenir de",
  networkOptions: {
    ANYWHERE: "N'importe quelle adresse IP",
    IN_ANY_ZONE: "Dans n'importe quelle zone réseau définie dans Okta",
    IN_ZONES: "Dans l'une des zones suivantes",
    NOT_IN_ANY_ZONE: 'Dans aucune zone réseau définie dans Okta',
    NOT_IN_ZONES: 'Dans aucune des zones suivantes',
  },
  zonesLabel: 'Zones',
  cancel: 'Annuler',
  fieldRequired: 'Ce champ ne peut pas être vide',
  zonesRequired: 'Sélectionnez au moins une zone',
  formHasErrors: 'Nous avons trouvé des erreurs. Veuillez vérifier le formulaire et le corriger.',
  requestFailed: "Le jeton n'a pas pu être créé. Réessayez.",
  tokenValueLabel: 'Valeur du jeton',
  copyToClipboard: 'Copier dans le presse-papiers',
  copied: 'Copié',
  revealWarning:
    "C'est la seule fois que le jeton sera affiché. Copiez-le maintenant et conservez-le en lieu sûr.",
  okGotIt: 'OK, compris',
  notFoundTitle: 'Page introuvable',
  notFoundBody: "La page que vous recherchez n'existe pas.",
};

export function textsFor(variant: OrgOptions['variant']): Texts {
  return variant === 'french' ? fr : en;
}

/** English texts, for pages outside any org (Okta's own sites, 404s on unknown hosts). */
export const englishTexts = en;
