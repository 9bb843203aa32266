import type { NetworkChoice, OrgOptions } from './options';

/** Every visible string of the org's pages, so a language variant changes text and nothing else. */
export interface Texts {
  lang: 'en' | 'fr' | 'ja' | 'de' | 'es';
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
  /** The step-up page in a pop-up window, once verified (it then closes itself). */
  verifiedTitle: string;
  verifiedBody: string;
  // Admin Console shell
  /** The side nav's accessible name (Odyssey's `navigation.label`). */
  navigationLabel: string;
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
  networkOptions: Record<NetworkChoice, string>;
  zonesLabel: string;
  cancel: string;
  fieldRequired: string;
  zonesRequired: string;
  formHasErrors: string;
  requestFailed: string;
  /** While the pop-up verification is open, and when the browser refused to open it. */
  verifyInPopup: string;
  popupBlocked: string;
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
  verifiedTitle: "You're verified",
  verifiedBody: 'You can close this window.',
  adminConsoleTitle: 'Admin Console',
  navigationLabel: 'Main navigation',
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
  verifyInPopup: "Verify it's you in the window that opened to finish creating the token.",
  popupBlocked: "Allow pop-ups for this site to verify it's you, then create the token again.",
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
  verifiedTitle: 'Identité vérifiée',
  verifiedBody: 'Vous pouvez fermer cette fenêtre.',
  adminConsoleTitle: "Console d'administration",
  navigationLabel: 'Navigation principale',
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
  verifyInPopup:
    "Vérifiez votre identité dans la fenêtre qui s'est ouverte pour terminer la création du jeton.",
  popupBlocked:
    'Autorisez les fenêtres pop-up pour ce site afin de vérifier votre identité, puis recréez le jeton.',
  tokenValueLabel: 'Valeur du jeton',
  copyToClipboard: 'Copier dans le presse-papiers',
  copied: 'Copié',
  revealWarning:
    "C'est la seule fois que le jeton sera affiché. Copiez-le maintenant et conservez-le en lieu sûr.",
  okGotIt: 'OK, compris',
  notFoundTitle: 'Page introuvable',
  notFoundBody: "La page que vous recherchez n'existe pas.",
};

/**
 * Japanese. "トークンを作成する" is the button as Okta's Japanese help shows it; the other wordings are plausible
 * translations, chosen so that no locator keyed on the English or French texts would find them.
 */
const ja: Texts = {
  lang: 'ja',
  userHomeTitle: 'マイアプリ',
  myApps: 'マイアプリ',
  adminButton: '管理者',
  signInTitle: 'サインイン',
  username: 'ユーザー名',
  password: 'パスワード',
  signInButton: 'サインイン',
  signInError: 'サインインできません',
  stepUpTitle: '本人確認',
  stepUpSubtitle: '続行するにはパスワードで本人確認を行ってください。',
  verifyButton: '確認する',
  passwordRequired: 'パスワードを入力してください',
  verifiedTitle: '本人確認が完了しました',
  verifiedBody: 'このウィンドウは閉じてかまいません。',
  adminConsoleTitle: '管理コンソール',
  navigationLabel: 'メインナビゲーション',
  navDashboard: 'ダッシュボード',
  navDirectory: 'ディレクトリ',
  navApplications: 'アプリケーション',
  navSecurity: 'セキュリティ',
  navWorkflow: 'ワークフロー',
  navReports: 'レポート',
  navSettings: '設定',
  subGeneral: '一般',
  subHealthInsight: 'HealthInsight',
  subAuthenticators: 'オーセンティケーター',
  subNetworks: 'ネットワーク',
  subApi: 'API',
  subPeople: 'ユーザー',
  subGroups: 'グループ',
  subApplications: 'アプリケーション',
  subEventHooks: 'イベントフック',
  subSystemLog: 'システムログ',
  subAccount: 'アカウント',
  endUserDashboard: 'エンドユーザーダッシュボード',
  loading: '読み込み中…',
  dashboardHeading: 'ダッシュボード',
  dashboardCards: ['ステータス', 'タスク', '組織の変更', 'セキュリティ監視'],
  apiHeading: 'API',
  tabAuthorizationServers: '認可サーバー',
  tabTokens: 'トークン',
  tabTrustedOrigins: '信頼済みオリジン',
  authServersIntro: '認可サーバーは、APIのアクセストークンを発行します。',
  trustedOriginsIntro:
    '信頼済みオリジンに登録されたブラウザーベースのアプリケーションは、Oktaを呼び出せます。',
  addOrigin: 'オリジンを追加',
  noOrigins: '信頼済みオリジンはまだありません。',
  tokensIntro: 'APIトークンは、Okta APIへのリクエストの認証に使用されます。',
  createToken: 'トークンを作成する',
  columnTokenName: 'トークン名',
  columnTokenId: 'トークンID',
  columnCreated: '作成日',
  genericPageIntro: '管理コンソールのこのページは、サンドボックスでは再現されていません。',
  decoyHeading: 'APIトークンの使い方',
  decoyIntro: 'トークンはAuthorizationヘッダーで送信します。例：',
  tokenNameLabel: 'トークンの名前',
  networkLabel: 'このトークンを使用するAPI呼び出しの送信元',
  networkOptions: {
    ANYWHERE: '任意のIPアドレス',
    IN_ANY_ZONE: 'Oktaで定義されたいずれかのネットワークゾーン内',
    IN_ZONES: '次のいずれかのゾーン内',
    NOT_IN_ANY_ZONE: 'Oktaで定義されたどのネットワークゾーンにも属さない',
    NOT_IN_ZONES: '次のどのゾーンにも属さない',
  },
  zonesLabel: 'ゾーン',
  cancel: 'キャンセル',
  fieldRequired: 'このフィールドは必須です',
  zonesRequired: 'ゾーンを1つ以上選択してください',
  formHasErrors: 'エラーがあります。フォームの内容を確認して修正してください。',
  requestFailed: 'トークンを作成できませんでした。もう一度お試しください。',
  verifyInPopup: 'トークンの作成を完了するには、開いたウィンドウで本人確認を行ってください。',
  popupBlocked: 'このサイトのポップアップを許可して本人確認を行い、もう一度トークンを作成してください。',
  tokenValueLabel: 'トークン値',
  copyToClipboard: 'クリップボードにコピー',
  copied: 'コピーしました',
  revealWarning: 'トークンが表示されるのは今回限りです。今すぐコピーして、安全な場所に保管してください。',
  okGotIt: 'わかりました',
  notFoundTitle: 'ページが見つかりません',
  notFoundBody: 'お探しのページは存在しません。',
};

/** German: plausible wordings for Okta's German console, none of them in the English or French tables. */
const de: Texts = {
  lang: 'de',
  userHomeTitle: 'Meine Apps',
  myApps: 'Meine Apps',
  adminButton: 'Administration',
  signInTitle: 'Anmelden',
  username: 'Benutzername',
  password: 'Passwort',
  signInButton: 'Anmelden',
  signInError: 'Anmeldung nicht möglich',
  stepUpTitle: 'Bestätigen Sie Ihre Identität',
  stepUpSubtitle: 'Bestätigen Sie Ihre Identität mit Ihrem Passwort, um fortzufahren.',
  verifyButton: 'Bestätigen',
  passwordRequired: 'Geben Sie ein Passwort ein',
  verifiedTitle: 'Identität bestätigt',
  verifiedBody: 'Sie können dieses Fenster schließen.',
  adminConsoleTitle: 'Admin-Konsole',
  navigationLabel: 'Hauptnavigation',
  navDashboard: 'Übersicht',
  navDirectory: 'Verzeichnis',
  navApplications: 'Anwendungen',
  navSecurity: 'Sicherheit',
  navWorkflow: 'Arbeitsabläufe',
  navReports: 'Berichte',
  navSettings: 'Einstellungen',
  subGeneral: 'Allgemein',
  subHealthInsight: 'HealthInsight',
  subAuthenticators: 'Authentifikatoren',
  subNetworks: 'Netzwerke',
  subApi: 'API',
  subPeople: 'Personen',
  subGroups: 'Gruppen',
  subApplications: 'Anwendungen',
  subEventHooks: 'Ereignis-Hooks',
  subSystemLog: 'Systemprotokoll',
  subAccount: 'Konto',
  endUserDashboard: 'Mein Endbenutzer-Dashboard',
  loading: 'Wird geladen…',
  dashboardHeading: 'Übersicht',
  dashboardCards: ['Status', 'Aufgaben', 'Änderungen an der Organisation', 'Sicherheitsüberwachung'],
  apiHeading: 'API',
  tabAuthorizationServers: 'Autorisierungsserver',
  tabTokens: 'API-Token',
  tabTrustedOrigins: 'Vertrauenswürdige Ursprünge',
  authServersIntro: 'Autorisierungsserver stellen Zugriffstoken für Ihre APIs aus.',
  trustedOriginsIntro: 'Vertrauenswürdige Ursprünge erlauben browserbasierten Anwendungen, Okta aufzurufen.',
  addOrigin: 'Ursprung hinzufügen',
  noOrigins: 'Noch keine vertrauenswürdigen Ursprünge.',
  tokensIntro: 'API-Token authentifizieren Anfragen an die Okta-API.',
  createToken: 'Token erstellen',
  columnTokenName: 'Tokenname',
  columnTokenId: 'Token-ID',
  columnCreated: 'Erstellt am',
  genericPageIntro: 'Diese Seite der Admin-Konsole ist in der Sandbox nicht nachgebildet.',
  decoyHeading: 'API-Token verwenden',
  decoyIntro: 'Senden Sie das Token im Authorization-Header, zum Beispiel:',
  tokenNameLabel: 'Wie soll das Token heißen?',
  networkLabel: 'Zulässige Herkunft der API-Aufrufe mit diesem Token',
  networkOptions: {
    ANYWHERE: 'Beliebige IP-Adresse',
    IN_ANY_ZONE: 'Aus einer beliebigen in Okta definierten Netzwerkzone',
    IN_ZONES: 'Aus einer der folgenden Zonen',
    NOT_IN_ANY_ZONE: 'Aus keiner in Okta definierten Netzwerkzone',
    NOT_IN_ZONES: 'Aus keiner der folgenden Zonen',
  },
  zonesLabel: 'Zonen',
  cancel: 'Abbrechen',
  fieldRequired: 'Dieses Feld ist erforderlich',
  zonesRequired: 'Wählen Sie mindestens eine Zone aus',
  formHasErrors: 'Das Formular enthält Fehler. Bitte prüfen und korrigieren Sie Ihre Eingaben.',
  requestFailed: 'Das Token konnte nicht erstellt werden. Versuchen Sie es erneut.',
  verifyInPopup: 'Bestätigen Sie Ihre Identität im geöffneten Fenster, um das Token fertig zu erstellen.',
  popupBlocked:
    'Erlauben Sie Pop-ups für diese Website, um Ihre Identität zu bestätigen, und erstellen Sie das Token erneut.',
  tokenValueLabel: 'Tokenwert',
  copyToClipboard: 'In die Zwischenablage kopieren',
  copied: 'Kopiert',
  revealWarning:
    'Das Token wird nur dieses eine Mal angezeigt. Kopieren Sie es jetzt und bewahren Sie es sicher auf.',
  okGotIt: 'Verstanden',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundBody: 'Die gesuchte Seite existiert nicht.',
};

/** Spanish: wordings as Okta's Spanish console reads to an admin, none of them in the other tables. */
const es: Texts = {
  lang: 'es',
  userHomeTitle: 'Mis aplicaciones',
  myApps: 'Mis aplicaciones',
  adminButton: 'Administrador',
  signInTitle: 'Iniciar sesión',
  username: 'Nombre de usuario',
  password: 'Contraseña',
  signInButton: 'Iniciar sesión',
  signInError: 'No se puede iniciar sesión',
  stepUpTitle: 'Verifique su identidad',
  stepUpSubtitle: 'Verifique su identidad con su contraseña para continuar.',
  verifyButton: 'Verificar',
  passwordRequired: 'Introduzca una contraseña',
  verifiedTitle: 'Identidad verificada',
  verifiedBody: 'Puede cerrar esta ventana.',
  adminConsoleTitle: 'Consola de administración',
  navigationLabel: 'Navegación principal',
  navDashboard: 'Panel',
  navDirectory: 'Directorio',
  navApplications: 'Aplicaciones',
  navSecurity: 'Seguridad',
  navWorkflow: 'Flujo de trabajo',
  navReports: 'Informes',
  navSettings: 'Configuración',
  subGeneral: 'General',
  subHealthInsight: 'HealthInsight',
  subAuthenticators: 'Autenticadores',
  subNetworks: 'Redes',
  subApi: 'API',
  subPeople: 'Personas',
  subGroups: 'Grupos',
  subApplications: 'Aplicaciones',
  subEventHooks: 'Enlaces de eventos',
  subSystemLog: 'Registro del sistema',
  subAccount: 'Cuenta',
  endUserDashboard: 'Mi panel de usuario final',
  loading: 'Cargando…',
  dashboardHeading: 'Panel',
  dashboardCards: ['Estado', 'Tareas', 'Cambios en la organización', 'Supervisión de seguridad'],
  apiHeading: 'API',
  tabAuthorizationServers: 'Servidores de autorización',
  tabTokens: 'Tokens',
  tabTrustedOrigins: 'Orígenes de confianza',
  authServersIntro: 'Los servidores de autorización emiten tokens de acceso para sus API.',
  trustedOriginsIntro: 'Los orígenes de confianza permiten que las aplicaciones de navegador llamen a Okta.',
  addOrigin: 'Agregar origen',
  noOrigins: 'Todavía no hay orígenes de confianza.',
  tokensIntro: 'Los tokens de API sirven para autenticar las solicitudes a la API de Okta.',
  createToken: 'Crear token',
  columnTokenName: 'Nombre del token',
  columnTokenId: 'ID del token',
  columnCreated: 'Creado',
  genericPageIntro: 'Esta página de la consola de administración no se reproduce en el entorno de pruebas.',
  decoyHeading: 'Uso de los tokens de API',
  decoyIntro: 'Envíe el token en el encabezado Authorization, por ejemplo:',
  tokenNameLabel: '¿Qué nombre quiere darle al token?',
  networkLabel: 'Las llamadas a la API realizadas con este token deben originarse en',
  networkOptions: {
    ANYWHERE: 'Cualquier IP',
    IN_ANY_ZONE: 'Cualquier zona de red definida en Okta',
    IN_ZONES: 'Cualquiera de las siguientes zonas',
    NOT_IN_ANY_ZONE: 'Ninguna zona de red definida en Okta',
    NOT_IN_ZONES: 'Ninguna de las siguientes zonas',
  },
  zonesLabel: 'Zonas',
  cancel: 'Cancelar',
  fieldRequired: 'Este campo no puede quedar vacío',
  zonesRequired: 'Seleccione al menos una zona',
  formHasErrors: 'Hay errores. Revise el formulario y corríjalo.',
  requestFailed: 'No se pudo crear el token. Inténtelo de nuevo.',
  verifyInPopup: 'Verifique su identidad en la ventana que se abrió para terminar de crear el token.',
  popupBlocked:
    'Permita las ventanas emergentes de este sitio para verificar su identidad y vuelva a crear el token.',
  tokenValueLabel: 'Valor del token',
  copyToClipboard: 'Copiar al portapapeles',
  copied: 'Copiado',
  revealWarning:
    'Esta es la única vez que se mostrará el token. Cópielo ahora y guárdelo en un lugar seguro.',
  okGotIt: 'Entendido',
  notFoundTitle: 'Página no encontrada',
  notFoundBody: 'La página que busca no existe.',
};

const TEXTS_BY_VARIANT: Record<OrgOptions['variant'], Texts> = {
  standard: en,
  'no-data-se': en,
  french: fr,
  japanese: ja,
  german: de,
  spanish: es,
};

export function textsFor(variant: OrgOptions['variant']): Texts {
  return TEXTS_BY_VARIANT[variant];
}

/** Whether pages of this variant carry Okta's `data-se` test hooks (the Japanese, German and Spanish ones carry none). */
export function hasDataSe(variant: OrgOptions['variant']): boolean {
  return variant === 'standard' || variant === 'french';
}

/** English texts, for pages outside any org (Okta's own sites, 404s on unknown hosts). */
export const englishTexts = en;
