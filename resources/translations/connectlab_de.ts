<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiError</name>
    <message>
        <source>The code exchange</source>
        <translation>Der Code-Austausch</translation>
    </message>
    <message>
        <source>The token refresh</source>
        <translation>Die Token-Erneuerung</translation>
    </message>
    <message>
        <source>The vehicle request</source>
        <translation>Die Fahrzeuganfrage</translation>
    </message>
    <message>
        <source>The refresh token was refused: it has expired (refresh tokens last 60 days), was already replaced by a newer one, or belongs to another app. Run the flow again to get a new code.</source>
        <translation>Das Refresh-Token wurde abgelehnt: Es ist abgelaufen (Refresh-Tokens gelten 60 Tage), wurde bereits durch ein neueres ersetzt oder gehört zu einer anderen App. Führen Sie den Flow erneut aus, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>The redirect_uri sent with the exchange is not the one the Connect link used. The token request must repeat the link&apos;s redirect_uri exactly (scheme, host, port, path). Exchange with the link&apos;s redirect URI.</source>
        <translation>Die beim Austausch gesendete redirect_uri ist nicht die, die der Connect-Link verwendet hat. Die Token-Anfrage muss die redirect_uri des Links exakt wiederholen (Schema, Host, Port, Pfad). Tauschen Sie mit der Redirect-URI des Links.</translation>
    </message>
    <message>
        <source>The code has expired: a code is valid for 10 minutes after Connect redirects. Run the flow again and exchange the new code promptly.</source>
        <translation>Der Code ist abgelaufen: Ein Code gilt 10 Minuten, nachdem Connect weiterleitet. Führen Sie den Flow erneut aus und tauschen Sie den neuen Code umgehend ein.</translation>
    </message>
    <message>
        <source>The code was already exchanged: a code works only once. Run the flow again to get a new one.</source>
        <translation>Der Code wurde bereits eingetauscht: Ein Code funktioniert nur einmal. Führen Sie den Flow erneut aus, um einen neuen zu erhalten.</translation>
    </message>
    <message>
        <source>The code was refused: it was already used (a code works once), it has expired (codes last 10 minutes), it belongs to another app, or the redirect_uri differs from the one in the Connect link. Run the flow again for a fresh code and keep the same redirect URI.</source>
        <translation>Der Code wurde abgelehnt: Er wurde bereits verwendet (ein Code funktioniert einmal), ist abgelaufen (Codes gelten 10 Minuten), gehört zu einer anderen App, oder die redirect_uri weicht von der im Connect-Link ab. Führen Sie den Flow erneut aus, um einen frischen Code zu erhalten, und behalten Sie dieselbe Redirect-URI bei.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation> (HTTP %1)</translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation>%1 nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation>%1 hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>unexpected answer from %1: %2</source>
        <translation>unerwartete Antwort von %1: %2</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Check the network connection and the target: if it is the local sandbox, is it running on that port? Behind a proxy, check its settings.</source>
        <translation>%1 ist nicht erreichbar (%2). Prüfen Sie die Netzwerkverbindung und das Ziel: Falls es die lokale Sandbox ist, läuft sie auf diesem Port? Hinter einem Proxy prüfen Sie dessen Einstellungen.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. The server may be overloaded or unreachable; try again, and check the network and the target.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Der Server ist möglicherweise überlastet oder nicht erreichbar; versuchen Sie es erneut und prüfen Sie Netzwerk und Ziel.</translation>
    </message>
    <message>
        <source>%1 answered, but not with what the endpoint returns (%2). Check that the target points at a Smartcar auth/API server or the sandbox.</source>
        <translation>%1 hat geantwortet, aber nicht mit dem, was der Endpunkt zurückgibt (%2). Prüfen Sie, ob das Ziel auf einen Smartcar-Auth-/API-Server oder die Sandbox zeigt.</translation>
    </message>
    <message>
        <source>The client id or client secret is wrong: the token endpoint did not accept the app&apos;s credentials. Copy both again from the Dashboard (for the sandbox: the app&apos;s settings), and make sure the secret belongs to this client id.</source>
        <translation>Client-ID oder Client-Secret ist falsch: Der Token-Endpunkt hat die Zugangsdaten der App nicht akzeptiert. Kopieren Sie beide erneut aus dem Dashboard (für die Sandbox: aus den Einstellungen der App) und stellen Sie sicher, dass das Secret zu dieser Client-ID gehört.</translation>
    </message>
    <message>
        <source>The token endpoint found the request malformed: a parameter is missing, repeated or invalid%1.</source>
        <translation>Der Token-Endpunkt hält die Anfrage für fehlerhaft: Ein Parameter fehlt, ist doppelt oder ungültig%1.</translation>
    </message>
    <message>
        <source>This app is not allowed to use this grant type. Check the app&apos;s settings on the Dashboard.</source>
        <translation>Diese App darf diesen Grant-Typ nicht verwenden. Prüfen Sie die Einstellungen der App im Dashboard.</translation>
    </message>
    <message>
        <source>The server does not support this grant type.</source>
        <translation>Der Server unterstützt diesen Grant-Typ nicht.</translation>
    </message>
    <message>
        <source>The requested scope is invalid or exceeds what was granted.</source>
        <translation>Der angeforderte Scope ist ungültig oder geht über das Gewährte hinaus.</translation>
    </message>
    <message>
        <source>The access token was refused: it has expired (access tokens last 2 hours) or was revoked. Refresh the tokens, or run the flow and exchange a new code.</source>
        <translation>Das Access-Token wurde abgelehnt: Es ist abgelaufen (Access-Tokens gelten 2 Stunden) oder wurde widerrufen. Erneuern Sie die Tokens, oder führen Sie den Flow aus und tauschen Sie einen neuen Code ein.</translation>
    </message>
    <message>
        <source>The server refused the app&apos;s credentials (HTTP 401). Check the client id and secret.</source>
        <translation>Der Server hat die Zugangsdaten der App abgelehnt (HTTP 401). Prüfen Sie Client-ID und Secret.</translation>
    </message>
    <message>
        <source>The server refused access (HTTP 403): the token lacks a permission this request needs, or the vehicle was disconnected.</source>
        <translation>Der Server hat den Zugriff verweigert (HTTP 403): Dem Token fehlt eine Berechtigung, die diese Anfrage benötigt, oder das Fahrzeug wurde getrennt.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): the vehicle is not (or no longer) connected to this app, or the API base URL is wrong.</source>
        <translation>Nicht gefunden (HTTP 404): Das Fahrzeug ist nicht (oder nicht mehr) mit dieser App verbunden, oder die API-Basis-URL ist falsch.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): the token endpoint is not at this address. Check the target&apos;s base URL.</source>
        <translation>Nicht gefunden (HTTP 404): Der Token-Endpunkt liegt nicht unter dieser Adresse. Prüfen Sie die Basis-URL des Ziels.</translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429): wait a moment and try again.</source>
        <translation>Zu viele Anfragen (HTTP 429): Warten Sie einen Moment und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation>Der Server hatte ein Problem (HTTP %1). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation>%1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>the secure connection failed: </source>
        <translation>die sichere Verbindung ist fehlgeschlagen: </translation>
    </message>
    <message>
        <source>The application token request</source>
        <translation>Die Anfrage nach dem Application-Token</translation>
    </message>
    <message>
        <source>The v3 API request</source>
        <translation>Die Anfrage an die v3-API</translation>
    </message>
    <message>
        <source>The Management API request</source>
        <translation>Die Anfrage an die Management API</translation>
    </message>
    <message>
        <source>This client id belongs to an app that uses per-vehicle tokens (API v2), which has no application token: exchange the code the redirect brought back at /oauth/token (the Tokens tab&apos;s Per-vehicle tokens, or connectlab-cli exchange).</source>
        <translation>Diese Client-ID gehört zu einer App mit fahrzeugbezogenen Tokens (API v2), die kein Application-Token hat: Tauschen Sie den Code, den die Weiterleitung zurückbrachte, bei /oauth/token ein (im Tab „Tokens“ unter „Tokens pro Fahrzeug“ oder mit connectlab-cli exchange).</translation>
    </message>
    <message>
        <source>The API Client ID or its secret is wrong: the token endpoint did not accept them. The API Client ID starts with client_ and is not the Application ID of the Connect link (Dashboard → Configuration → API Authentication); copy it and one of its secrets again (an app can have up to three).</source>
        <translation>Die API Client ID oder ihr Secret ist falsch: Der Token-Endpunkt hat sie nicht akzeptiert. Die API Client ID beginnt mit client_ und ist nicht die Application ID des Connect-Links (Dashboard → Configuration → API Authentication); kopieren Sie sie und eines ihrer Secrets erneut (eine App kann bis zu drei haben).</translation>
    </message>
    <message>
        <source>This app uses API Authentication (API v3): it has no per-vehicle tokens to exchange a code for. Get an application token with the API Client ID (client_…) and its secret at /oauth2/token (the Tokens tab&apos;s API Authentication, or connectlab-cli token), then call the v3 API with the user_id the redirect brought back.</source>
        <translation>Diese App verwendet API Authentication (API v3): Sie hat keine fahrzeugbezogenen Tokens, gegen die sich ein Code eintauschen ließe. Holen Sie ein Application-Token mit der API Client ID (client_…) und ihrem Secret bei /oauth2/token (im Tab „Tokens“ unter „API Authentication“ oder mit connectlab-cli token) und rufen Sie dann die v3-API mit der user_id auf, die die Weiterleitung zurückbrachte.</translation>
    </message>
    <message>
        <source>The Application Management Token was refused. Copy it again from the Dashboard (Configuration → API Authentication; for the sandbox: the app&apos;s settings); it is sent as HTTP Basic with the user name &quot;default&quot;.</source>
        <translation>Das Application Management Token wurde abgelehnt. Kopieren Sie es erneut aus dem Dashboard (Configuration → API Authentication; für die Sandbox: die Einstellungen der App); es wird als HTTP Basic mit dem Benutzernamen „default“ gesendet.</translation>
    </message>
    <message>
        <source>The application token was refused: it has expired (application tokens last 1 hour and cannot be refreshed), was bought by another app, or is missing. Get a new application token and call again.</source>
        <translation>Das Application-Token wurde abgelehnt: Es ist abgelaufen (Application-Tokens gelten 1 Stunde und lassen sich nicht erneuern), wurde von einer anderen App geholt oder fehlt. Holen Sie ein neues Application-Token und rufen Sie erneut auf.</translation>
    </message>
    <message>
        <source>The call needs the owner&apos;s user id in the sc-user-id header: use the user_id the redirect brought back.</source>
        <translation>Der Aufruf braucht die User-ID des Besitzers im Header sc-user-id: Verwenden Sie die user_id, die die Weiterleitung zurückbrachte.</translation>
    </message>
    <message>
        <source>The v3 API found the request invalid%1.</source>
        <translation>Die v3-API hat die Anfrage als ungültig befunden%1.</translation>
    </message>
    <message>
        <source>The owner did not grant the permission this call needs (e.g. read_odometer for the odometer signal). Add it to the Connect link&apos;s scope and connect the vehicle again.</source>
        <translation>Der Besitzer hat die Berechtigung, die dieser Aufruf braucht, nicht erteilt (z. B. read_odometer für das Signal odometer). Fügen Sie sie dem Scope des Connect-Links hinzu und verbinden Sie das Fahrzeug erneut.</translation>
    </message>
    <message>
        <source>No such signal: check the signal code (e.g. odometer-traveleddistance). List the vehicle&apos;s signals to see the codes it has.</source>
        <translation>Dieses Signal gibt es nicht: Prüfen Sie den Signalcode (z. B. odometer-traveleddistance). Listen Sie die Signale des Fahrzeugs auf, um seine Codes zu sehen.</translation>
    </message>
    <message>
        <source>Not found (HTTP 404): this owner (sc-user-id) has not connected this vehicle to the app, the connection was removed, or the API base URL is wrong.</source>
        <translation>Nicht gefunden (HTTP 404): Dieser Besitzer (sc-user-id) hat dieses Fahrzeug nicht mit der App verbunden, die Verbindung wurde entfernt oder die Basis-URL der API ist falsch.</translation>
    </message>
    <message>
        <source>The application token request is incomplete: it needs grant_type=client_credentials, the API Client ID (client_…) and its secret%1.</source>
        <translation>Die Anfrage nach dem Application-Token ist unvollständig: Sie braucht grant_type=client_credentials, die API Client ID (client_…) und ihr Secret%1.</translation>
    </message>
    <message>
        <source>/oauth2/token gives application tokens for grant_type=client_credentials only.</source>
        <translation>/oauth2/token gibt Application-Tokens nur für grant_type=client_credentials aus.</translation>
    </message>
</context>
<context>
    <name>BrowserJsGenerator</name>
    <message>
        <source>new Smartcar() requires an applicationId and getAuthUrl always writes it (as application_id); the link has no client_id, so it is removed.</source>
        <translation>new Smartcar() verlangt eine applicationId, und getAuthUrl schreibt sie immer (als application_id); der Link hat keine client_id, daher wird sie entfernt.</translation>
    </message>
    <message>
        <source>new Smartcar() takes mode test, live or simulated only; the link&apos;s mode is set on the URL.</source>
        <translation>new Smartcar() akzeptiert als mode nur test, live oder simulated; der mode des Links wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>new Smartcar() takes responseType code or none only; the link&apos;s response_type is set on the URL.</source>
        <translation>new Smartcar() akzeptiert als responseType nur code oder none; die response_type des Links wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>@smartcar/auth wraps state with window.btoa, which throws for characters beyond Latin-1: this state cannot be sent with it and is left out (encode it, e.g. as base64url, first).</source>
        <translation>@smartcar/auth umhüllt state mit window.btoa, das bei Zeichen jenseits von Latin-1 eine Ausnahme wirft: Dieser state kann damit nicht gesendet werden und wird weggelassen (kodieren Sie ihn zuerst, z. B. als base64url).</translation>
    </message>
    <message>
        <source>getAuthUrl writes approval_prompt as auto or force (forcePrompt) only.</source>
        <translation>getAuthUrl schreibt approval_prompt nur als auto oder force (forcePrompt).</translation>
    </message>
    <message>
        <source>getAuthUrl writes single_select as true or false only (singleSelect).</source>
        <translation>getAuthUrl schreibt single_select nur als true oder false (singleSelect).</translation>
    </message>
    <message>
        <source>getAuthUrl writes single_select_vin only together with single_select=true (singleSelect: {vin}).</source>
        <translation>getAuthUrl schreibt single_select_vin nur zusammen mit single_select=true (singleSelect: {vin}).</translation>
    </message>
    <message>
        <source>getAuthUrl writes single_select_vin without percent-encoding it, and this VIN holds characters that need it; it is set on the URL.</source>
        <translation>getAuthUrl schreibt single_select_vin ohne Prozentkodierung, und diese VIN enthält Zeichen, die sie benötigen; sie wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>@smartcar/auth always sends a state of its own (base64 JSON with the SDK&apos;s instanceId), which it checks when Connect answers.</source>
        <translation>@smartcar/auth sendet immer einen eigenen state (base64-JSON mit der instanceId des SDK), den es prüft, wenn Connect antwortet.</translation>
    </message>
    <message>
        <source>@smartcar/auth sends state as base64 JSON {&quot;instanceId&quot;, &quot;originalState&quot;}: the link&apos;s state comes back to onComplete as originalState.</source>
        <translation>@smartcar/auth sendet state als base64-JSON {&quot;instanceId&quot;, &quot;originalState&quot;}: Der state des Links kommt bei onComplete als originalState zurück.</translation>
    </message>
    <message>
        <source>With response_type=none and no redirect URI, @smartcar/auth adds app_origin (the page&apos;s origin), where Connect posts the result.</source>
        <translation>Mit response_type=none und ohne Redirect-URI fügt @smartcar/auth app_origin (den Origin der Seite) hinzu, wohin Connect das Ergebnis sendet.</translation>
    </message>
    <message>
        <source>@smartcar/auth always links to https://connect.smartcar.com; the link points at %1.</source>
        <translation>@smartcar/auth verlinkt immer auf https://connect.smartcar.com; der Link zeigt auf %1.</translation>
    </message>
    <message>
        <source>getAuthUrl builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, vehicle_id) is made on the URL it returns.</source>
        <translation>getAuthUrl erzeugt nur /oauth/authorize-Links: Der Link zur erneuten Authentifizierung (/oauth/reauthenticate, vehicle_id) wird an der zurückgegebenen URL gebildet.</translation>
    </message>
</context>
<context>
    <name>CallbackResult</name>
    <message>
        <source>The state matches the one the link sent.</source>
        <translation>Der state stimmt mit dem überein, den der Link gesendet hat.</translation>
    </message>
    <message>
        <source>The state does NOT match the one the link sent: this callback may be forged (possible CSRF). A real app must reject it.</source>
        <translation>Der state stimmt NICHT mit dem überein, den der Link gesendet hat: Dieser Callback ist möglicherweise gefälscht (mögliche CSRF). Eine echte App muss ihn ablehnen.</translation>
    </message>
    <message>
        <source>The link sent a state but the callback has none: a real app must reject it.</source>
        <translation>Der Link hat einen state gesendet, aber der Callback hat keinen: Eine echte App muss ihn ablehnen.</translation>
    </message>
    <message>
        <source>The link sent no state, so nothing could be checked. Send one to protect the callback against CSRF.</source>
        <translation>Der Link hat keinen state gesendet, daher konnte nichts geprüft werden. Senden Sie einen, um den Callback gegen CSRF zu schützen.</translation>
    </message>
    <message>
        <source>state matches</source>
        <translation>state stimmt überein</translation>
    </message>
    <message>
        <source>STATE MISMATCH</source>
        <translation>STATE STIMMT NICHT ÜBEREIN</translation>
    </message>
    <message>
        <source>state missing</source>
        <translation>state fehlt</translation>
    </message>
    <message>
        <source>no state sent</source>
        <translation>kein state gesendet</translation>
    </message>
    <message>
        <source>vehicle_id received, %1</source>
        <translation>vehicle_id empfangen, %1</translation>
    </message>
    <message>
        <source>code and user_id received (API Authentication), %1</source>
        <translation>code und user_id empfangen (API Authentication), %1</translation>
    </message>
    <message>
        <source>code received, %1</source>
        <translation>code empfangen, %1</translation>
    </message>
    <message>
        <source>user_id received (API Authentication), %1</source>
        <translation>user_id empfangen (API Authentication), %1</translation>
    </message>
    <message>
        <source>callback without code, user_id or error, %1</source>
        <translation>Callback ohne code, user_id oder error, %1</translation>
    </message>
</context>
<context>
    <name>ClickThrough</name>
    <message>
        <source>The brand screen does not offer %1 (it shows: %2). Pick a brand it shows, or change the link&apos;s flags=country: to a market where %1 is sold.</source>
        <translation>Der Markenbildschirm bietet %1 nicht an (er zeigt: %2). Wählen Sie eine angezeigte Marke oder ändern Sie flags=country: des Links auf einen Markt, in dem %1 verkauft wird.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Asked to deny, but the approval screen never came: Connect skipped it (approval_prompt=auto, and this login had already approved this scope for this app), so access was granted. Force the screen with approval_prompt=force, or use another login.</source>
        <translation>Ablehnen war verlangt, aber der Genehmigungsbildschirm kam nie: Connect hat ihn übersprungen (approval_prompt=auto, und dieses Login hatte diesen Scope für diese App schon genehmigt), also wurde der Zugriff gewährt. Erzwingen Sie den Bildschirm mit approval_prompt=force oder verwenden Sie ein anderes Login.</translation>
    </message>
    <message>
        <source>Asked to log in as %1, but the login screen never appeared: the flow went on with a session it already had. Run it in a fresh browser profile, or force the screens with approval_prompt=force.</source>
        <translation>Anmelden als %1 war verlangt, aber der Anmeldebildschirm erschien nie: Der Flow lief mit einer bereits bestehenden Sitzung weiter. Führen Sie ihn in einem frischen Browserprofil aus oder erzwingen Sie die Bildschirme mit approval_prompt=force.</translation>
    </message>
    <message>
        <source>Asked to pick %1, but the brand screen never offered a choice (the link&apos;s make or single_select_vin chose the brand). Remove make, or set make=%1.</source>
        <translation>%1 auszuwählen war verlangt, aber der Markenbildschirm bot nie eine Auswahl an (make oder single_select_vin des Links legte die Marke fest). Entfernen Sie make oder setzen Sie make=%1.</translation>
    </message>
</context>
<context>
    <name>CodeLanguages</name>
    <message>
        <source>Node.js — smartcar</source>
        <translation>Node.js — smartcar</translation>
    </message>
    <message>
        <source>Browser JavaScript — @smartcar/auth</source>
        <translation>Browser-JavaScript — @smartcar/auth</translation>
    </message>
    <message>
        <source>Python — smartcar</source>
        <translation>Python — smartcar</translation>
    </message>
    <message>
        <source>Java — java-sdk</source>
        <translation>Java — java-sdk</translation>
    </message>
    <message>
        <source>Ruby — smartcar gem</source>
        <translation>Ruby — smartcar-Gem</translation>
    </message>
    <message>
        <source>Go — go-sdk</source>
        <translation>Go — go-sdk</translation>
    </message>
    <message>
        <source>iOS (Swift) — SmartcarAuth</source>
        <translation>iOS (Swift) — SmartcarAuth</translation>
    </message>
    <message>
        <source>Android (Kotlin) — smartcar-auth</source>
        <translation>Android (Kotlin) — smartcar-auth</translation>
    </message>
    <message>
        <source>Raw URL (JavaScript, no SDK)</source>
        <translation>Rohe URL (JavaScript, ohne SDK)</translation>
    </message>
    <message>
        <source>curl — token request</source>
        <translation>curl — Token-Anfrage</translation>
    </message>
</context>
<context>
    <name>ComboValues</name>
    <message>
        <source>%1 (from the link)</source>
        <translation>%1 (aus dem Link)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
</context>
<context>
    <name>ConnectErrorPage</name>
    <message>
        <source>Connect does not know this client_id. If it starts with client_, it is the API Client ID: the link needs the Application ID (a UUID, Dashboard → Configuration → Application details); the client_… value belongs in your server&apos;s token request. Otherwise copy the Application ID from the Dashboard again.</source>
        <translation>Connect kennt diese client_id nicht. Beginnt sie mit client_, ist es die API Client ID: Der Link braucht die Application ID (eine UUID, Dashboard → Configuration → Application details); der client_…-Wert gehört in die Token-Anfrage Ihres Servers. Andernfalls kopieren Sie die Application ID erneut aus dem Dashboard.</translation>
    </message>
    <message>
        <source>The redirect_uri is not registered for this application: add it on the Dashboard (Configuration → Redirect URIs), or use one that is registered, exactly as written there.</source>
        <translation>Die redirect_uri ist für diese Anwendung nicht registriert: Fügen Sie sie im Dashboard hinzu (Configuration → Redirect URIs), oder verwenden Sie eine registrierte, genau wie dort geschrieben.</translation>
    </message>
    <message>
        <source>Connect refused the link before showing any screen. Read the page&apos;s message and the link&apos;s diagnostics in the composer.</source>
        <translation>Connect hat den Link abgelehnt, bevor eine Seite angezeigt wurde. Lesen Sie die Meldung der Seite und die Diagnosen des Links im Editor.</translation>
    </message>
</context>
<context>
    <name>ConnectLabLink</name>
    <message>
        <source>Not a Connect Lab link: it must start with connectlab://open?url=</source>
        <translation>Kein Connect-Lab-Link: Er muss mit connectlab://open?url= beginnen</translation>
    </message>
    <message>
        <source>The Connect Lab link is malformed (%1); percent-encode the Connect link in url=</source>
        <translation>Der Connect-Lab-Link ist fehlerhaft (%1); prozentkodieren Sie den Connect-Link in url=</translation>
    </message>
    <message>
        <source>Connect Lab links do &quot;open&quot; only, not &quot;%1&quot;: write connectlab://open?url=…</source>
        <translation>Connect-Lab-Links können nur „open“, nicht „%1“: Schreiben Sie connectlab://open?url=…</translation>
    </message>
    <message>
        <source>The Connect Lab link carries no url=: write connectlab://open?url=&lt;the Connect link, percent-encoded&gt;</source>
        <translation>Der Connect-Lab-Link enthält kein url=: Schreiben Sie connectlab://open?url=&lt;der Connect-Link, prozentkodiert&gt;</translation>
    </message>
    <message numerus="yes">
        <source>The Connect Lab link carries url= %n times; give one Connect link</source>
        <translation>
            <numerusform>Der Connect-Lab-Link enthält url= %n-mal; geben Sie einen Connect-Link an</numerusform>
            <numerusform>Der Connect-Lab-Link enthält url= %n-mal; geben Sie einen Connect-Link an</numerusform>
        </translation>
    </message>
    <message>
        <source>The Connect Lab link&apos;s url= is empty: put the Connect link there, percent-encoded</source>
        <translation>url= des Connect-Lab-Links ist leer: Setzen Sie den Connect-Link prozentkodiert dort ein</translation>
    </message>
    <message>
        <source>The Connect Lab link carries another Connect Lab link; give the Connect link itself</source>
        <translation>Der Connect-Lab-Link enthält einen weiteren Connect-Lab-Link; geben Sie den Connect-Link selbst an</translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>line %1: text after a closing quote; put the whole field in quotes and write a quote inside it as &quot;&quot;.</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen; setzen Sie das ganze Feld in Anführungszeichen und schreiben Sie ein Anführungszeichen darin als &quot;&quot;.</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed; add the closing &quot;.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen ist nicht geschlossen; ergänzen Sie das schließende &quot;.</translation>
    </message>
    <message>
        <source>the file is empty; its first line names the columns, e.g. login,error.</source>
        <translation>Die Datei ist leer; ihre erste Zeile benennt die Spalten, z. B. login,error.</translation>
    </message>
    <message>
        <source>line %1: a column has no name; name every column in the first line.</source>
        <translation>Zeile %1: Eine Spalte hat keinen Namen; benennen Sie jede Spalte in der ersten Zeile.</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header names %3; quote fields that contain a comma.</source>
        <translation>Zeile %1: %2 Felder, wo die Kopfzeile %3 benennt; setzen Sie Felder, die ein Komma enthalten, in Anführungszeichen.</translation>
    </message>
</context>
<context>
    <name>CurlGenerator</name>
    <message>
        <source>Per-vehicle tokens (v2): exchange the code from the redirect (valid 10 minutes) for an access token (2 hours) and a refresh token (60 days).</source>
        <translation>Tokens pro Fahrzeug (v2): Tauschen Sie den Code aus der Weiterleitung (10 Minuten gültig) gegen ein Access-Token (2 Stunden) und ein Refresh-Token (60 Tage).</translation>
    </message>
    <message>
        <source>The link points at a local sandbox (%1): it serves the token endpoint itself.</source>
        <translation>Der Link zeigt auf eine lokale Sandbox (%1): Sie stellt den Token-Endpunkt selbst bereit.</translation>
    </message>
    <message>
        <source>A re-authentication link brings back vehicle_id, not a code: the vehicle&apos;s tokens stay as they are and there is nothing to exchange.</source>
        <translation>Ein Link zur erneuten Authentifizierung bringt vehicle_id zurück, keinen Code: Die Tokens des Fahrzeugs bleiben, wie sie sind, und es gibt nichts einzutauschen.</translation>
    </message>
    <message>
        <source>The link has no redirect_uri: the exchange must send the one Connect redirected to (the Dashboard&apos;s default), so add --data-urlencode &apos;redirect_uri=…&apos;.</source>
        <translation>Der Link hat keine redirect_uri: Der Austausch muss die senden, zu der Connect weitergeleitet hat (die Voreinstellung des Dashboards), fügen Sie also --data-urlencode &apos;redirect_uri=…&apos; hinzu.</translation>
    </message>
    <message>
        <source>API Authentication (v3): an application token (3600 s, no refresh token) from the API Client ID (client_…) and one of its secrets, both from Dashboard → API Credentials; the API calls then send sc-user-id with the user_id the redirect brought back. Never put the API Client ID in the link.</source>
        <translation>API Authentication (v3): ein Application-Token (3600 s, kein Refresh-Token) aus der API Client ID (client_…) und einem ihrer Secrets, beide aus Dashboard → API Credentials; die API-Aufrufe senden dann sc-user-id mit der user_id, die die Weiterleitung zurückgebracht hat. Setzen Sie die API Client ID nie in den Link.</translation>
    </message>
    <message>
        <source>The local sandbox does not serve API Authentication: this request goes to Smartcar.</source>
        <translation>Die lokale Sandbox bietet keine API Authentication: Diese Anfrage geht an Smartcar.</translation>
    </message>
</context>
<context>
    <name>ErrorExplainer</name>
    <message>
        <source>the user denied access</source>
        <translation>der Benutzer hat den Zugriff verweigert</translation>
    </message>
    <message>
        <source>The person pressed Deny on Connect&apos;s permission screen, so no vehicle was connected.</source>
        <translation>Die Person hat auf dem Berechtigungsbildschirm von Connect „Deny“ gedrückt, daher wurde kein Fahrzeug verbunden.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the link. Show the user why your app needs access and offer to try again.</source>
        <translation>Mit dem Link ist alles in Ordnung. Zeigen Sie dem Benutzer, warum Ihre App Zugriff braucht, und bieten Sie einen neuen Versuch an.</translation>
    </message>
    <message>
        <source>the vehicle is not supported</source>
        <translation>das Fahrzeug wird nicht unterstützt</translation>
    </message>
    <message>
        <source>The vehicle the user chose (or its brand) cannot be connected with the permissions asked for. The callback may name the vehicle (vin, make, model, year).</source>
        <translation>Das vom Benutzer gewählte Fahrzeug (oder seine Marke) kann mit den angeforderten Berechtigungen nicht verbunden werden. Der Callback kann das Fahrzeug nennen (vin, make, model, year).</translation>
    </message>
    <message>
        <source>Tell the user this vehicle is not supported. If some permissions are optional for you, ask for fewer ones or mark fewer as required, then run again.</source>
        <translation>Teilen Sie dem Benutzer mit, dass dieses Fahrzeug nicht unterstützt wird. Sind einige Berechtigungen für Sie optional, fordern Sie weniger an oder markieren Sie weniger als erforderlich, und führen Sie es dann erneut aus.</translation>
    </message>
    <message>
        <source>the vehicle has no active connected-services subscription</source>
        <translation>das Fahrzeug hat kein aktives Connected-Services-Abonnement</translation>
    </message>
    <message>
        <source>The brand&apos;s connected services (the subscription the car maker sells) are not active for this vehicle, so Smartcar cannot reach it.</source>
        <translation>Die Connected Services der Marke (das Abonnement, das der Autohersteller verkauft) sind für dieses Fahrzeug nicht aktiv, daher kann Smartcar es nicht erreichen.</translation>
    </message>
    <message>
        <source>Ask the user to activate or renew the brand&apos;s connected services in the maker&apos;s own app, then run again.</source>
        <translation>Bitten Sie den Benutzer, die Connected Services der Marke in der App des Herstellers zu aktivieren oder zu verlängern, und führen Sie es dann erneut aus.</translation>
    </message>
    <message>
        <source>the account has no vehicles</source>
        <translation>das Konto hat keine Fahrzeuge</translation>
    </message>
    <message>
        <source>The user logged in to the brand&apos;s account, but no vehicle is attached to it.</source>
        <translation>Der Benutzer hat sich beim Konto der Marke angemeldet, aber diesem ist kein Fahrzeug zugeordnet.</translation>
    </message>
    <message>
        <source>Ask the user to add the vehicle to the brand&apos;s account (in the maker&apos;s app) or to log in with the account that owns it, then run again.</source>
        <translation>Bitten Sie den Benutzer, das Fahrzeug dem Konto der Marke hinzuzufügen (in der App des Herstellers) oder sich mit dem Konto anzumelden, dem es gehört, und führen Sie es dann erneut aus.</translation>
    </message>
    <message>
        <source>the app or the link is misconfigured</source>
        <translation>die App oder der Link ist falsch konfiguriert</translation>
    </message>
    <message>
        <source>Connect refused the request itself: e.g. the redirect URI is not registered, single select is used without the plan that allows it, a test VIN was used in live mode, or steps were skipped. status_code and error_message say which.</source>
        <translation>Connect hat die Anfrage selbst abgelehnt: z. B. ist die Redirect-URI nicht registriert, Single Select wird ohne den Tarif verwendet, der es erlaubt, eine Test-VIN wurde im Live-Modus verwendet, oder Schritte wurden übersprungen. status_code und error_message nennen den Grund.</translation>
    </message>
    <message>
        <source>Read error_message, fix the link (or the app&apos;s settings on the Dashboard), then run again.</source>
        <translation>Lesen Sie error_message, korrigieren Sie den Link (oder die Einstellungen der App im Dashboard), und führen Sie es dann erneut aus.</translation>
    </message>
    <message>
        <source>Connect had an unexpected error</source>
        <translation>Connect hatte einen unerwarteten Fehler</translation>
    </message>
    <message>
        <source>Something failed on Smartcar&apos;s side; the link is probably fine.</source>
        <translation>Auf Seiten von Smartcar ist etwas fehlgeschlagen; der Link ist vermutlich in Ordnung.</translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps happening, contact Smartcar support with the time and the link.</source>
        <translation>Versuchen Sie es gleich noch einmal. Passiert es weiterhin, wenden Sie sich mit Uhrzeit und Link an den Smartcar-Support.</translation>
    </message>
    <message>
        <source>the user went back before granting access</source>
        <translation>der Benutzer ist zurückgegangen, bevor er Zugriff gewährt hat</translation>
    </message>
    <message>
        <source>The person left Connect with its &quot;back to application&quot; link before approving anything.</source>
        <translation>Die Person hat Connect über den Link „back to application“ verlassen, bevor sie etwas genehmigt hat.</translation>
    </message>
    <message>
        <source>Nothing is wrong with the link. Let the user start again when ready.</source>
        <translation>Mit dem Link ist alles in Ordnung. Lassen Sie den Benutzer neu beginnen, wenn er bereit ist.</translation>
    </message>
    <message>
        <source>the user quit the brand&apos;s login</source>
        <translation>der Benutzer hat die Anmeldung bei der Marke abgebrochen</translation>
    </message>
    <message>
        <source>The person cancelled the car maker&apos;s own login page inside Connect.</source>
        <translation>Die Person hat die eigene Anmeldeseite des Autoherstellers innerhalb von Connect abgebrochen.</translation>
    </message>
    <message>
        <source>The person cancelled the car maker&apos;s own login page inside Connect (another name for oem_cancelled_login).</source>
        <translation>Die Person hat die eigene Anmeldeseite des Autoherstellers innerhalb von Connect abgebrochen (ein anderer Name für oem_cancelled_login).</translation>
    </message>
    <message>
        <source>the request is malformed</source>
        <translation>die Anfrage ist fehlerhaft</translation>
    </message>
    <message>
        <source>A required parameter is missing or a value is not allowed.</source>
        <translation>Ein erforderlicher Parameter fehlt oder ein Wert ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>Check the link&apos;s diagnostics in the composer, fix the parameter named in error_description, then run again.</source>
        <translation>Prüfen Sie die Diagnosen des Links im Editor, korrigieren Sie den in error_description genannten Parameter, und führen Sie es dann erneut aus.</translation>
    </message>
    <message>
        <source>the app may not use this flow</source>
        <translation>die App darf diesen Flow nicht verwenden</translation>
    </message>
    <message>
        <source>The client is not allowed to request a code this way.</source>
        <translation>Der Client darf auf diese Weise keinen Code anfordern.</translation>
    </message>
    <message>
        <source>Check the client id and the app&apos;s settings on the Dashboard.</source>
        <translation>Prüfen Sie die Client-ID und die Einstellungen der App im Dashboard.</translation>
    </message>
    <message>
        <source>the response_type is not supported</source>
        <translation>die response_type wird nicht unterstützt</translation>
    </message>
    <message>
        <source>Connect only answers response_type=code (or vehicle_id when re-authenticating).</source>
        <translation>Connect beantwortet nur response_type=code (oder vehicle_id bei erneuter Authentifizierung).</translation>
    </message>
    <message>
        <source>Set response_type to code, then run again.</source>
        <translation>Setzen Sie response_type auf code, und führen Sie es dann erneut aus.</translation>
    </message>
    <message>
        <source>a permission is unknown or not allowed</source>
        <translation>eine Berechtigung ist unbekannt oder nicht erlaubt</translation>
    </message>
    <message>
        <source>The scope names a permission Connect does not know or the app may not request.</source>
        <translation>Der Scope nennt eine Berechtigung, die Connect nicht kennt oder die die App nicht anfordern darf.</translation>
    </message>
    <message>
        <source>Check the scope in the composer (unknown names are flagged), then run again.</source>
        <translation>Prüfen Sie den Scope im Editor (unbekannte Namen werden markiert), und führen Sie es dann erneut aus.</translation>
    </message>
    <message>
        <source>Connect is temporarily unavailable</source>
        <translation>Connect ist vorübergehend nicht verfügbar</translation>
    </message>
    <message>
        <source>The server is overloaded or under maintenance.</source>
        <translation>Der Server ist überlastet oder wird gewartet.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>an error Connect Lab does not know</source>
        <translation>ein Fehler, den Connect Lab nicht kennt</translation>
    </message>
    <message>
        <source>The callback carried an error that Smartcar does not document (or a newer one). error_description may say more.</source>
        <translation>Der Callback enthielt einen Fehler, den Smartcar nicht dokumentiert (oder einen neueren). error_description sagt möglicherweise mehr.</translation>
    </message>
    <message>
        <source>Read error_description and the other parameters below; check Smartcar&apos;s documentation for this error name.</source>
        <translation>Lesen Sie error_description und die übrigen Parameter unten; suchen Sie diesen Fehlernamen in der Smartcar-Dokumentation.</translation>
    </message>
</context>
<context>
    <name>FlowResultHtml</name>
    <message>
        <source>Authorization code and the owner&apos;s user_id received</source>
        <translation>Autorisierungscode und user_id des Besitzers empfangen</translation>
    </message>
    <message>
        <source>Vehicle re-authenticated</source>
        <translation>Fahrzeug erneut authentifiziert</translation>
    </message>
    <message>
        <source>Authorization code received</source>
        <translation>Autorisierungscode empfangen</translation>
    </message>
    <message>
        <source>Connected: the owner&apos;s user_id received (API Authentication)</source>
        <translation>Verbunden: user_id des Besitzers empfangen (API Authentication)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The redirect came back without code, user_id or error</source>
        <translation>Die Weiterleitung kam ohne code, user_id oder error zurück</translation>
    </message>
    <message>
        <source>State check: %1.</source>
        <translation>state-Prüfung: %1.</translation>
    </message>
    <message>
        <source>Owner (user_id):</source>
        <translation>Besitzer (user_id):</translation>
    </message>
    <message>
        <source>This app uses API Authentication: get an application token with your API Client ID (client_…) and its secret, then call the vehicle API with the header sc-user-id: %1.</source>
        <translation>Diese App verwendet API Authentication: Holen Sie ein Application-Token mit Ihrer API Client ID (client_…) und deren Secret, und rufen Sie dann die Fahrzeug-API mit dem Header sc-user-id: %1 auf.</translation>
    </message>
    <message>
        <source>A code came alongside; apps still on per-vehicle tokens exchange it within 10 minutes.</source>
        <translation>Ein Code kam mit; Apps, die noch Tokens pro Fahrzeug verwenden, tauschen ihn innerhalb von 10 Minuten ein.</translation>
    </message>
    <message>
        <source>This app uses per-vehicle tokens: exchange the code for tokens within 10 minutes, with the same redirect_uri.</source>
        <translation>Diese App verwendet Tokens pro Fahrzeug: Tauschen Sie den Code innerhalb von 10 Minuten gegen Tokens ein, mit derselben redirect_uri.</translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation>Was zu tun ist:</translation>
    </message>
    <message>
        <source>(Reveal code to see it)</source>
        <translation>(Code aufdecken, um ihn zu sehen)</translation>
    </message>
    <message>
        <source>Callback:</source>
        <translation>Callback:</translation>
    </message>
    <message>
        <source>Callback caught on 127.0.0.1</source>
        <translation>Callback auf 127.0.0.1 abgefangen</translation>
    </message>
    <message>
        <source>Your browser came back to %1, where Connect Lab was listening once; nothing else received it.</source>
        <translation>Ihr Browser ist zu %1 zurückgekehrt, wo Connect Lab einmalig gelauscht hat; sonst hat niemand den Callback erhalten.</translation>
    </message>
    <message>
        <source>Redirect caught — it never left Connect Lab</source>
        <translation>Weiterleitung abgefangen – sie hat Connect Lab nie verlassen</translation>
    </message>
    <message>
        <source>Connect redirected to %1. Connect Lab stopped the browser there: no request reached that address.</source>
        <translation>Connect hat zu %1 weitergeleitet. Connect Lab hat den Browser dort angehalten: Keine Anfrage hat diese Adresse erreicht.</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Show the last Connect page</source>
        <translation>Letzte Connect-Seite zeigen</translation>
    </message>
    <message>
        <source>Running in your system browser</source>
        <translation>Läuft in Ihrem Systembrowser</translation>
    </message>
    <message>
        <source>Walk through Connect there; the result shows here when it comes back.</source>
        <translation>Gehen Sie dort durch Connect; das Ergebnis erscheint hier, sobald es zurückkommt.</translation>
    </message>
</context>
<context>
    <name>GoGenerator</name>
    <message>
        <source>GetAuthURL refuses an empty ClientID and always writes it; the link has none, so client_id is removed.</source>
        <translation>GetAuthURL lehnt eine leere ClientID ab und schreibt sie immer; der Link hat keine, daher wird client_id entfernt.</translation>
    </message>
    <message>
        <source>GetAuthURL refuses an empty RedirectURI and always writes it; the link has none (so Connect uses the Dashboard&apos;s default), so redirect_uri is removed.</source>
        <translation>GetAuthURL lehnt eine leere RedirectURI ab und schreibt sie immer; der Link hat keine (daher verwendet Connect die Voreinstellung des Dashboards), daher wird redirect_uri entfernt.</translation>
    </message>
    <message>
        <source>GetAuthURL writes mode only for test mode (TestMode); the link&apos;s mode is set on the URL.</source>
        <translation>GetAuthURL schreibt mode nur für den Testmodus (TestMode); der mode des Links wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>GetAuthURL always writes response_type=code; the link&apos;s response_type is set on the URL.</source>
        <translation>GetAuthURL schreibt immer response_type=code; die response_type des Links wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>GetAuthURL writes approval_prompt as auto or force (ForceApproval) only.</source>
        <translation>GetAuthURL schreibt approval_prompt nur als auto oder force (ForceApproval).</translation>
    </message>
    <message>
        <source>GetAuthURL writes single_select=false for no SingleSelect value (the zero value writes nothing); it is set on the URL.</source>
        <translation>GetAuthURL schreibt single_select=false, wenn kein SingleSelect-Wert angegeben ist (der Nullwert schreibt nichts); es wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>GetAuthURL writes single_select as true or false only (SingleSelect).</source>
        <translation>GetAuthURL schreibt single_select nur als true oder false (SingleSelect).</translation>
    </message>
    <message>
        <source>GetAuthURL writes single_select_vin only together with single_select=true (SingleSelect{VIN: …}).</source>
        <translation>GetAuthURL schreibt single_select_vin nur zusammen mit single_select=true (SingleSelect{VIN: …}).</translation>
    </message>
    <message>
        <source>GetAuthURL has no option for user.</source>
        <translation>GetAuthURL hat keine Option für user.</translation>
    </message>
    <message>
        <source>GetAuthURL builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, vehicle_id) is made on the URL it returns.</source>
        <translation>GetAuthURL erzeugt nur /oauth/authorize-Links: Der Link zur erneuten Authentifizierung (/oauth/reauthenticate, vehicle_id) wird an der zurückgegebenen URL gebildet.</translation>
    </message>
    <message>
        <source>GetAuthURL always links to https://connect.smartcar.com; the link points at %1.</source>
        <translation>GetAuthURL verlinkt immer auf https://connect.smartcar.com; der Link zeigt auf %1.</translation>
    </message>
</context>
<context>
    <name>JavaGenerator</name>
    <message>
        <source>AuthClient requires a client id (the Builder reads SMARTCAR_CLIENT_ID) and authUrlBuilder always writes it; the link has none, so client_id is removed.</source>
        <translation>AuthClient verlangt eine Client-ID (der Builder liest SMARTCAR_CLIENT_ID), und authUrlBuilder schreibt sie immer; der Link hat keine, daher wird client_id entfernt.</translation>
    </message>
    <message>
        <source>Builder.mode() takes test, live or simulated only; the link&apos;s mode is set on the URL.</source>
        <translation>Builder.mode() akzeptiert nur test, live oder simulated; der mode des Links wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>authUrlBuilder always writes response_type=code; the link&apos;s response_type is set on the URL.</source>
        <translation>authUrlBuilder schreibt immer response_type=code; die response_type des Links wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>approvalPrompt(boolean) writes approval_prompt as auto or force only.</source>
        <translation>approvalPrompt(boolean) schreibt approval_prompt nur als auto oder force.</translation>
    </message>
    <message>
        <source>singleSelect(boolean) writes single_select as true or false only.</source>
        <translation>singleSelect(boolean) schreibt single_select nur als true oder false.</translation>
    </message>
    <message>
        <source>singleSelectVin() always writes single_select=true as well; the link has otherwise, so single_select_vin is set on the URL.</source>
        <translation>singleSelectVin() schreibt immer auch single_select=true; der Link sagt etwas anderes, daher wird single_select_vin an der URL gesetzt.</translation>
    </message>
    <message>
        <source>addFlag(name, value) writes name:value flags only; this link has a flag without a value, so flags is set on the URL.</source>
        <translation>addFlag(name, value) schreibt nur Flags der Form name:value; dieser Link hat ein Flag ohne Wert, daher wird flags an der URL gesetzt.</translation>
    </message>
    <message>
        <source>authUrlBuilder builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, vehicle_id) is made on the URL it returns.</source>
        <translation>authUrlBuilder erzeugt nur /oauth/authorize-Links: Der Link zur erneuten Authentifizierung (/oauth/reauthenticate, vehicle_id) wird an der zurückgegebenen URL gebildet.</translation>
    </message>
    <message>
        <source>The link points at %1: AuthUrlBuilder reads Connect&apos;s origin from SMARTCAR_CONNECT_ORIGIN; here it is set on the URL instead.</source>
        <translation>Der Link zeigt auf %1: AuthUrlBuilder liest den Origin von Connect aus SMARTCAR_CONNECT_ORIGIN; hier wird er stattdessen an der URL gesetzt.</translation>
    </message>
</context>
<context>
    <name>KotlinGenerator</name>
    <message>
        <source>AuthUrlBuilder always writes response_type=code; the link&apos;s response_type is set on the URL.</source>
        <translation>AuthUrlBuilder schreibt immer response_type=code; die response_type des Links wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>AuthUrlBuilder always writes client_id; the link has none, so it is removed.</source>
        <translation>AuthUrlBuilder schreibt immer client_id; der Link hat keine, daher wird sie entfernt.</translation>
    </message>
    <message>
        <source>AuthUrlBuilder always writes redirect_uri; the link has none (so Connect uses the Dashboard&apos;s default), so it is removed.</source>
        <translation>AuthUrlBuilder schreibt immer redirect_uri; der Link hat keine (daher verwendet Connect die Voreinstellung des Dashboards), daher wird sie entfernt.</translation>
    </message>
    <message>
        <source>SmartcarAuth knows test mode (testMode) and live only; the link&apos;s mode is set on the URL.</source>
        <translation>SmartcarAuth kennt nur den Testmodus (testMode) und live; der mode des Links wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>AuthUrlBuilder always writes scope (empty for an empty array); the link has none (so the Dashboard&apos;s Vehicle Access settings apply), so it is removed.</source>
        <translation>AuthUrlBuilder schreibt immer scope (leer bei einem leeren Array); der Link hat keinen (daher gelten die Vehicle-Access-Einstellungen des Dashboards), daher wird er entfernt.</translation>
    </message>
    <message>
        <source>setForcePrompt writes approval_prompt as auto or force only.</source>
        <translation>setForcePrompt schreibt approval_prompt nur als auto oder force.</translation>
    </message>
    <message>
        <source>setSingleSelect writes single_select as true or false only.</source>
        <translation>setSingleSelect schreibt single_select nur als true oder false.</translation>
    </message>
    <message>
        <source>AuthUrlBuilder builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, vehicle_id) is made on the URL it returns.</source>
        <translation>AuthUrlBuilder erzeugt nur /oauth/authorize-Links: Der Link zur erneuten Authentifizierung (/oauth/reauthenticate, vehicle_id) wird an der zurückgegebenen URL gebildet.</translation>
    </message>
    <message>
        <source>AuthUrlBuilder always links to https://connect.smartcar.com; the link points at %1.</source>
        <translation>AuthUrlBuilder verlinkt immer auf https://connect.smartcar.com; der Link zeigt auf %1.</translation>
    </message>
    <message>
        <source>launchAuthFlow adds sdk_platform=android and sdk_version before it opens Connect (the built URL has neither).</source>
        <translation>launchAuthFlow fügt sdk_platform=android und sdk_version hinzu, bevor es Connect öffnet (die erzeugte URL hat keines von beiden).</translation>
    </message>
</context>
<context>
    <name>LinkAdjustments</name>
    <message>
        <source>%1 cannot write client_id as the link has it.</source>
        <translation>%1 kann client_id nicht so schreiben, wie der Link sie hat.</translation>
    </message>
    <message>
        <source>%1 always writes %2; the link has no %2, so it is removed.</source>
        <translation>%1 schreibt immer %2; der Link hat kein %2, daher wird es entfernt.</translation>
    </message>
    <message>
        <source>%1 writes %2 once; the link repeats it.</source>
        <translation>%1 schreibt %2 einmal; der Link wiederholt es.</translation>
    </message>
    <message>
        <source>%1 cannot write %2 as the link has it.</source>
        <translation>%1 kann %2 nicht so schreiben, wie der Link es hat.</translation>
    </message>
    <message>
        <source>%1 has no option for %2.</source>
        <translation>%1 hat keine Option für %2.</translation>
    </message>
</context>
<context>
    <name>LinkDiff</name>
    <message>
        <source>The left link cannot be read: %1</source>
        <translation>Der linke Link kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The right link cannot be read: %1</source>
        <translation>Der rechte Link kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The links go to different servers: %1 on the left, %2 on the right.</source>
        <translation>Die Links gehen an verschiedene Server: %1 links, %2 rechts.</translation>
    </message>
    <message>
        <source>The same origin, written differently.</source>
        <translation>Derselbe Origin, anders geschrieben.</translation>
    </message>
    <message>
        <source>One side is a bare query string: the origins are not compared.</source>
        <translation>Eine Seite ist ein bloßer Query-String: Die Origins werden nicht verglichen.</translation>
    </message>
    <message>
        <source>The left link goes to %1 and the right to %2: /oauth/reauthenticate renews a connected vehicle&apos;s access, /oauth/authorize connects vehicles.</source>
        <translation>Der linke Link geht an %1 und der rechte an %2: /oauth/reauthenticate erneuert den Zugriff auf ein verbundenes Fahrzeug, /oauth/authorize verbindet Fahrzeuge.</translation>
    </message>
    <message>
        <source>The left link goes to %1 and the right to %2.</source>
        <translation>Der linke Link geht an %1 und der rechte an %2.</translation>
    </message>
    <message>
        <source>One link names the application with application_id, the other with client_id: Connect reads both the same.</source>
        <translation>Ein Link nennt die Anwendung mit application_id, der andere mit client_id: Connect liest beide gleich.</translation>
    </message>
    <message>
        <source>Left out on the left: Connect&apos;s default %1 applies, as the right says.</source>
        <translation>Links weggelassen: Es gilt die Voreinstellung von Connect %1, wie rechts angegeben.</translation>
    </message>
    <message>
        <source>Left out on the right: Connect&apos;s default %1 applies, as the left says.</source>
        <translation>Rechts weggelassen: Es gilt die Voreinstellung von Connect %1, wie links angegeben.</translation>
    </message>
    <message>
        <source>%1 is left out on one side and spelled out with its default (%2) on the other: the same for Connect.</source>
        <translation>%1 ist auf einer Seite weggelassen und auf der anderen mit seiner Voreinstellung (%2) ausgeschrieben: Für Connect dasselbe.</translation>
    </message>
    <message>
        <source>%1 (%2) is only in the left link.</source>
        <translation>%1 (%2) steht nur im linken Link.</translation>
    </message>
    <message>
        <source>%1 (%2) is only in the right link.</source>
        <translation>%1 (%2) steht nur im rechten Link.</translation>
    </message>
    <message>
        <source>Only the left link names an application (client_id %1).</source>
        <translation>Nur der linke Link nennt eine Anwendung (client_id %1).</translation>
    </message>
    <message>
        <source>Only the right link names an application (client_id %1).</source>
        <translation>Nur der rechte Link nennt eine Anwendung (client_id %1).</translation>
    </message>
    <message>
        <source>Only the left link names a redirect URI (%1); the right one leaves it to the Dashboard&apos;s default.</source>
        <translation>Nur der linke Link nennt eine Redirect-URI (%1); der rechte überlässt sie der Voreinstellung des Dashboards.</translation>
    </message>
    <message>
        <source>Only the right link names a redirect URI (%1); the left one leaves it to the Dashboard&apos;s default.</source>
        <translation>Nur der rechte Link nennt eine Redirect-URI (%1); der linke überlässt sie der Voreinstellung des Dashboards.</translation>
    </message>
    <message>
        <source>Only the left link names a scope (%1); the right one leaves the permissions to the Dashboard&apos;s Vehicle Access settings.</source>
        <translation>Nur der linke Link nennt einen Scope (%1); der rechte überlässt die Berechtigungen den Vehicle-Access-Einstellungen des Dashboards.</translation>
    </message>
    <message>
        <source>Only the right link names a scope (%1); the left one leaves the permissions to the Dashboard&apos;s Vehicle Access settings.</source>
        <translation>Nur der rechte Link nennt einen Scope (%1); der linke überlässt die Berechtigungen den Vehicle-Access-Einstellungen des Dashboards.</translation>
    </message>
    <message>
        <source>Only the left link sends a state (%1): the right one&apos;s callback cannot be checked against forgery.</source>
        <translation>Nur der linke Link sendet einen state (%1): Der Callback des rechten kann nicht auf Fälschung geprüft werden.</translation>
    </message>
    <message>
        <source>Only the right link sends a state (%1): the left one&apos;s callback cannot be checked against forgery.</source>
        <translation>Nur der rechte Link sendet einen state (%1): Der Callback des linken kann nicht auf Fälschung geprüft werden.</translation>
    </message>
    <message>
        <source>Only the left link skips the brand selector (make %1).</source>
        <translation>Nur der linke Link überspringt die Markenauswahl (make %1).</translation>
    </message>
    <message>
        <source>Only the right link skips the brand selector (make %1).</source>
        <translation>Nur der rechte Link überspringt die Markenauswahl (make %1).</translation>
    </message>
    <message>
        <source>Only the left link limits the user to the vehicle with VIN %1.</source>
        <translation>Nur der linke Link beschränkt den Benutzer auf das Fahrzeug mit der VIN %1.</translation>
    </message>
    <message>
        <source>Only the right link limits the user to the vehicle with VIN %1.</source>
        <translation>Nur der rechte Link beschränkt den Benutzer auf das Fahrzeug mit der VIN %1.</translation>
    </message>
    <message>
        <source>Only the left link re-authenticates a vehicle (vehicle_id %1).</source>
        <translation>Nur der linke Link authentifiziert ein Fahrzeug erneut (vehicle_id %1).</translation>
    </message>
    <message>
        <source>Only the right link re-authenticates a vehicle (vehicle_id %1).</source>
        <translation>Nur der rechte Link authentifiziert ein Fahrzeug erneut (vehicle_id %1).</translation>
    </message>
    <message>
        <source>Only the left link sends flags (%1).</source>
        <translation>Nur der linke Link sendet Flags (%1).</translation>
    </message>
    <message>
        <source>Only the right link sends flags (%1).</source>
        <translation>Nur der rechte Link sendet Flags (%1).</translation>
    </message>
    <message>
        <source>%1 is %2 on the left; the right leaves it out, so Connect&apos;s default %3 applies.</source>
        <translation>%1 ist links %2; rechts fehlt es, daher gilt die Voreinstellung von Connect %3.</translation>
    </message>
    <message>
        <source>%1 is %2 on the right; the left leaves it out, so Connect&apos;s default %3 applies.</source>
        <translation>%1 ist rechts %2; links fehlt es, daher gilt die Voreinstellung von Connect %3.</translation>
    </message>
    <message numerus="yes">
        <source>%1 appears %n time(s) on the left</source>
        <translation>
            <numerusform>%1 kommt links %n-mal vor</numerusform>
            <numerusform>%1 kommt links %n-mal vor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n time(s) on the right.</source>
        <translation>
            <numerusform>und rechts %n-mal.</numerusform>
            <numerusform>und rechts %n-mal.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is repeated with other values: %2 on the left, %3 on the right.</source>
        <translation>%1 wird mit anderen Werten wiederholt: %2 links, %3 rechts.</translation>
    </message>
    <message>
        <source>Only the left link asks for %1.</source>
        <translation>Nur der linke Link fordert %1 an.</translation>
    </message>
    <message>
        <source>Only the right link asks for %1.</source>
        <translation>Nur der rechte Link fordert %1 an.</translation>
    </message>
    <message>
        <source>%1 is required on the left (the user cannot untick it) and optional on the right.</source>
        <translation>%1 ist links erforderlich (der Benutzer kann es nicht abwählen) und rechts optional.</translation>
    </message>
    <message>
        <source>%1 is optional on the left and required on the right (the user cannot untick it).</source>
        <translation>%1 ist links optional und rechts erforderlich (der Benutzer kann es nicht abwählen).</translation>
    </message>
    <message>
        <source>The scope lists the same permissions in another order.</source>
        <translation>Der Scope listet dieselben Berechtigungen in anderer Reihenfolge.</translation>
    </message>
    <message>
        <source>The same permissions, in another order or spacing.</source>
        <translation>Dieselben Berechtigungen, in anderer Reihenfolge oder mit anderen Abständen.</translation>
    </message>
    <message>
        <source>The scope lists the same permissions in another order (ignored; --strict-order counts it).</source>
        <translation>Der Scope listet dieselben Berechtigungen in anderer Reihenfolge (ignoriert; --strict-order zählt es).</translation>
    </message>
    <message>
        <source>Only the left link sends the flag %1.</source>
        <translation>Nur der linke Link sendet das Flag %1.</translation>
    </message>
    <message>
        <source>Only the right link sends the flag %1.</source>
        <translation>Nur der rechte Link sendet das Flag %1.</translation>
    </message>
    <message>
        <source>The country flag is %1 on the left and %2 on the right: Connect shows another country&apos;s brands.</source>
        <translation>Das Länder-Flag ist links %1 und rechts %2: Connect zeigt die Marken eines anderen Landes.</translation>
    </message>
    <message>
        <source>The flag %1 is %2 on the left and %3 on the right.</source>
        <translation>Das Flag %1 ist links %2 und rechts %3.</translation>
    </message>
    <message>
        <source>The flags are the same, in another order.</source>
        <translation>Die Flags sind gleich, in anderer Reihenfolge.</translation>
    </message>
    <message>
        <source>A flag is repeated on one side only.</source>
        <translation>Ein Flag wird nur auf einer Seite wiederholt.</translation>
    </message>
    <message>
        <source>The same flags, in another order or spacing.</source>
        <translation>Dieselben Flags, in anderer Reihenfolge oder mit anderen Abständen.</translation>
    </message>
    <message>
        <source>The flags are the same in another order (ignored; --strict-order counts it).</source>
        <translation>Die Flags sind gleich, in anderer Reihenfolge (ignoriert; --strict-order zählt es).</translation>
    </message>
    <message>
        <source>%1 is %2 on the left and %3 on the right.</source>
        <translation>%1 ist links %2 und rechts %3.</translation>
    </message>
    <message>
        <source>The links are for different applications: client_id %1 on the left, %2 on the right.</source>
        <translation>Die Links sind für verschiedene Anwendungen: client_id %1 links, %2 rechts.</translation>
    </message>
    <message>
        <source>Connect sends the user back to %1 on the left and to %2 on the right; the token exchange must send the redirect URI of its own link.</source>
        <translation>Connect schickt den Benutzer links zu %1 und rechts zu %2 zurück; der Token-Austausch muss die Redirect-URI seines eigenen Links senden.</translation>
    </message>
    <message>
        <source>The state differs (%1 and %2): a callback of one link fails the other&apos;s state check.</source>
        <translation>Der state unterscheidet sich (%1 und %2): Ein Callback des einen Links besteht die state-Prüfung des anderen nicht.</translation>
    </message>
    <message>
        <source>The left link opens Connect in %1 mode, the right in %2 mode: they reach different vehicles.</source>
        <translation>Der linke Link öffnet Connect im Modus %1, der rechte im Modus %2: Sie erreichen verschiedene Fahrzeuge.</translation>
    </message>
    <message>
        <source>approval_prompt is %1 on the left and %2 on the right: force shows the approval screen every time.</source>
        <translation>approval_prompt ist links %1 und rechts %2: force zeigt den Genehmigungsbildschirm jedes Mal.</translation>
    </message>
    <message>
        <source>The left link asks for response_type %1, the right for %2.</source>
        <translation>Der linke Link fordert response_type %1 an, der rechte %2.</translation>
    </message>
    <message>
        <source>The links re-authenticate different vehicles (%1 and %2).</source>
        <translation>Die Links authentifizieren verschiedene Fahrzeuge erneut (%1 und %2).</translation>
    </message>
    <message>
        <source>The left link skips the brand selector to %1, the right to %2.</source>
        <translation>Der linke Link überspringt die Markenauswahl zu %1, der rechte zu %2.</translation>
    </message>
    <message>
        <source>The links limit the user to different vehicles (VIN %1 and %2).</source>
        <translation>Die Links beschränken den Benutzer auf verschiedene Fahrzeuge (VIN %1 und %2).</translation>
    </message>
    <message>
        <source>Some values are encoded differently (&apos;+&apos; or %20 for a space, raw or encoded &apos;:&apos; and &apos;/&apos;): the same once decoded.</source>
        <translation>Einige Werte sind unterschiedlich kodiert (&apos;+&apos; oder %20 für ein Leerzeichen, &apos;:&apos; und &apos;/&apos; roh oder kodiert): dekodiert dasselbe.</translation>
    </message>
    <message>
        <source>The parameters come in another order: Connect does not care.</source>
        <translation>Die Parameter kommen in anderer Reihenfolge: Das ist Connect egal.</translation>
    </message>
</context>
<context>
    <name>LinkImport</name>
    <message>
        <source>The text is empty: copy a Connect link (or its query string) and try again.</source>
        <translation>Der Text ist leer: Kopieren Sie einen Connect-Link (oder seinen Query-String) und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That is not a Connect link: there are no Connect parameters in “%1”. A Connect link looks like https://connect.smartcar.com/oauth/authorize?response_type=code&amp;client_id=…</source>
        <translation>Das ist kein Connect-Link: In „%1“ stehen keine Connect-Parameter. Ein Connect-Link sieht so aus: https://connect.smartcar.com/oauth/authorize?response_type=code&amp;client_id=…</translation>
    </message>
</context>
<context>
    <name>NodeGenerator</name>
    <message>
        <source>The link points at %1: getAuthUrl takes Connect&apos;s origin from SMARTCAR_API_ORIGIN (the SDK sends its vehicle API calls there too).</source>
        <translation>Der Link zeigt auf %1: getAuthUrl nimmt den Origin von Connect aus SMARTCAR_API_ORIGIN (das SDK schickt auch seine Fahrzeug-API-Aufrufe dorthin).</translation>
    </message>
    <message>
        <source>Connect&apos;s origin %1 comes from the environment variable SMARTCAR_API_ORIGIN.</source>
        <translation>Der Connect-Origin %1 kommt aus der Umgebungsvariablen SMARTCAR_API_ORIGIN.</translation>
    </message>
    <message>
        <source>AuthClient needs a client id (without one it reads SMARTCAR_CLIENT_ID) and getAuthUrl always writes it; the link has none, so client_id is removed.</source>
        <translation>AuthClient braucht eine Client-ID (ohne liest er SMARTCAR_CLIENT_ID), und getAuthUrl schreibt sie immer; der Link hat keine, daher wird client_id entfernt.</translation>
    </message>
    <message>
        <source>AuthClient takes mode test, live or simulated only; the link&apos;s mode is set on the URL.</source>
        <translation>AuthClient akzeptiert als mode nur test, live oder simulated; der mode des Links wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>getAuthUrl always writes response_type=code; the link&apos;s response_type is set on the URL.</source>
        <translation>getAuthUrl schreibt immer response_type=code; die response_type des Links wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>getAuthUrl writes approval_prompt as auto or force (forcePrompt) only.</source>
        <translation>getAuthUrl schreibt approval_prompt nur als auto oder force (forcePrompt).</translation>
    </message>
    <message>
        <source>getAuthUrl writes single_select as true or false only (singleSelect).</source>
        <translation>getAuthUrl schreibt single_select nur als true oder false (singleSelect).</translation>
    </message>
    <message>
        <source>getAuthUrl writes single_select_vin only together with single_select=true (singleSelect: {vin}).</source>
        <translation>getAuthUrl schreibt single_select_vin nur zusammen mit single_select=true (singleSelect: {vin}).</translation>
    </message>
    <message>
        <source>getAuthUrl takes flags as an object of name: value, which cannot hold this link&apos;s flags (a repeated name, a flag without a value, or a numeric name); they are set on the URL.</source>
        <translation>getAuthUrl nimmt flags als Objekt aus name: value, das die Flags dieses Links nicht fassen kann (ein wiederholter Name, ein Flag ohne Wert oder ein numerischer Name); sie werden an der URL gesetzt.</translation>
    </message>
    <message>
        <source>getAuthUrl builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, vehicle_id) is made on the URL it returns.</source>
        <translation>getAuthUrl erzeugt nur /oauth/authorize-Links: Der Link zur erneuten Authentifizierung (/oauth/reauthenticate, vehicle_id) wird an der zurückgegebenen URL gebildet.</translation>
    </message>
    <message>
        <source>The re-authentication endpoint:</source>
        <translation>Der Endpunkt zur erneuten Authentifizierung:</translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>%1 passed, %2 failed, %3 skipped in %4 s</source>
        <translation>%1 bestanden, %2 fehlgeschlagen, %3 übersprungen in %4 s</translation>
    </message>
    <message>
        <source>expected: %1
actual: %2
link: %3
</source>
        <translation>erwartet: %1
tatsächlich: %2
Link: %3
</translation>
    </message>
    <message>
        <source>Connect Lab test plan</source>
        <translation>Connect-Lab-Testplan</translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation>Testplan: %1</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Got</source>
        <translation>Erhalten</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Klick</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Austausch</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Last screen</source>
        <translation>Letzter Bildschirm</translation>
    </message>
    <message>
        <source>The last screen of %1</source>
        <translation>Der letzte Bildschirm von %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>PythonGenerator</name>
    <message>
        <source>The link points at %1: smartcar/config.py reads Connect&apos;s origin from SMARTCAR_CONNECT_ORIGIN once, when smartcar is imported.</source>
        <translation>Der Link zeigt auf %1: smartcar/config.py liest den Origin von Connect einmalig aus SMARTCAR_CONNECT_ORIGIN, wenn smartcar importiert wird.</translation>
    </message>
    <message>
        <source>Connect&apos;s origin %1 comes from the environment variable SMARTCAR_CONNECT_ORIGIN.</source>
        <translation>Der Connect-Origin %1 kommt aus der Umgebungsvariablen SMARTCAR_CONNECT_ORIGIN.</translation>
    </message>
    <message>
        <source>AuthClient requires a client id and get_auth_url always writes it; the link has none, so client_id is removed.</source>
        <translation>AuthClient verlangt eine Client-ID, und get_auth_url schreibt sie immer; der Link hat keine, daher wird client_id entfernt.</translation>
    </message>
    <message>
        <source>AuthClient requires a redirect URI and get_auth_url always writes it; the link has none (so Connect uses the Dashboard&apos;s default), so redirect_uri is removed.</source>
        <translation>AuthClient verlangt eine Redirect-URI, und get_auth_url schreibt sie immer; der Link hat keine (daher verwendet Connect die Voreinstellung des Dashboards), daher wird redirect_uri entfernt.</translation>
    </message>
    <message>
        <source>AuthClient takes mode test, live or simulated only (and lowercases it); the link&apos;s mode is set on the URL.</source>
        <translation>AuthClient akzeptiert als mode nur test, live oder simulated (und schreibt es klein); der mode des Links wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>get_auth_url always writes response_type=code; the link&apos;s response_type is set on the URL.</source>
        <translation>get_auth_url schreibt immer response_type=code; die response_type des Links wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>get_auth_url writes approval_prompt as auto or force (force_prompt) only.</source>
        <translation>get_auth_url schreibt approval_prompt nur als auto oder force (force_prompt).</translation>
    </message>
    <message>
        <source>get_auth_url always writes scope (empty for an empty list); the link has none (so the Dashboard&apos;s Vehicle Access settings apply), so scope is removed.</source>
        <translation>get_auth_url schreibt immer scope (leer bei einer leeren Liste); der Link hat keinen (daher gelten die Vehicle-Access-Einstellungen des Dashboards), daher wird scope entfernt.</translation>
    </message>
    <message>
        <source>get_auth_url writes single_select as true or false only (single_select).</source>
        <translation>get_auth_url schreibt single_select nur als true oder false (single_select).</translation>
    </message>
    <message>
        <source>get_auth_url writes single_select_vin only together with single_select=true (&quot;single_select&quot;: {&quot;vin&quot;: …}).</source>
        <translation>get_auth_url schreibt single_select_vin nur zusammen mit single_select=true (&quot;single_select&quot;: {&quot;vin&quot;: …}).</translation>
    </message>
    <message>
        <source>get_auth_url takes flags as a dict of name: value, which cannot hold this link&apos;s flags (a repeated name or a flag without a value); they are set on the URL.</source>
        <translation>get_auth_url nimmt flags als dict aus name: value, das die Flags dieses Links nicht fassen kann (ein wiederholter Name oder ein Flag ohne Wert); sie werden an der URL gesetzt.</translation>
    </message>
    <message>
        <source>get_auth_url builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, vehicle_id) is made on the URL it returns.</source>
        <translation>get_auth_url erzeugt nur /oauth/authorize-Links: Der Link zur erneuten Authentifizierung (/oauth/reauthenticate, vehicle_id) wird an der zurückgegebenen URL gebildet.</translation>
    </message>
</context>
<context>
    <name>RubyGenerator</name>
    <message>
        <source>The link points at %1: AuthClient.new reads Connect&apos;s origin from SMARTCAR_CONNECT_ORIGIN.</source>
        <translation>Der Link zeigt auf %1: AuthClient.new liest den Origin von Connect aus SMARTCAR_CONNECT_ORIGIN.</translation>
    </message>
    <message>
        <source>Connect&apos;s origin %1 comes from the environment variable SMARTCAR_CONNECT_ORIGIN.</source>
        <translation>Der Connect-Origin %1 kommt aus der Umgebungsvariablen SMARTCAR_CONNECT_ORIGIN.</translation>
    </message>
    <message>
        <source>AuthClient requires a client id (it reads SMARTCAR_CLIENT_ID) and get_auth_url always writes it; the link has none, so client_id is removed.</source>
        <translation>AuthClient verlangt eine Client-ID (er liest SMARTCAR_CLIENT_ID), und get_auth_url schreibt sie immer; der Link hat keine, daher wird client_id entfernt.</translation>
    </message>
    <message>
        <source>AuthClient takes mode test, live or simulated only; the link&apos;s mode is set on the URL.</source>
        <translation>AuthClient akzeptiert als mode nur test, live oder simulated; der mode des Links wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>get_auth_url always writes response_type=code; the link&apos;s response_type is set on the URL.</source>
        <translation>get_auth_url schreibt immer response_type=code; die response_type des Links wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>get_auth_url writes approval_prompt as auto or force (force_prompt) only.</source>
        <translation>get_auth_url schreibt approval_prompt nur als auto oder force (force_prompt).</translation>
    </message>
    <message>
        <source>get_auth_url takes flags as a hash of name: value, which cannot hold this link&apos;s flags (a repeated name or a flag without a value); they are set on the URL.</source>
        <translation>get_auth_url nimmt flags als Hash aus name: value, der die Flags dieses Links nicht fassen kann (ein wiederholter Name oder ein Flag ohne Wert); sie werden an der URL gesetzt.</translation>
    </message>
    <message>
        <source>get_auth_url writes single_select as true or false only (single_select:).</source>
        <translation>get_auth_url schreibt single_select nur als true oder false (single_select:).</translation>
    </message>
    <message>
        <source>get_auth_url writes single_select_vin only together with single_select=true (single_select: { vin: … }).</source>
        <translation>get_auth_url schreibt single_select_vin nur zusammen mit single_select=true (single_select: { vin: … }).</translation>
    </message>
    <message>
        <source>get_auth_url builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, vehicle_id) is made on the URL it returns.</source>
        <translation>get_auth_url erzeugt nur /oauth/authorize-Links: Der Link zur erneuten Authentifizierung (/oauth/reauthenticate, vehicle_id) wird an der zurückgegebenen URL gebildet.</translation>
    </message>
</context>
<context>
    <name>SwiftGenerator</name>
    <message>
        <source>SCUrlBuilder always writes application_id; the link has no client_id, so it is removed.</source>
        <translation>SCUrlBuilder schreibt immer application_id; der Link hat keine client_id, daher wird sie entfernt.</translation>
    </message>
    <message>
        <source>SCMode is live, test or simulated only; the link&apos;s mode is set on the URL.</source>
        <translation>SCMode kennt nur live, test oder simulated; der mode des Links wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>SmartcarAuth takes responseType code or none only; the link&apos;s response_type is set on the URL.</source>
        <translation>SmartcarAuth akzeptiert als responseType nur code oder none; die response_type des Links wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>setForcePrompt writes approval_prompt as auto or force only.</source>
        <translation>setForcePrompt schreibt approval_prompt nur als auto oder force.</translation>
    </message>
    <message>
        <source>setSingleSelect writes single_select as true or false only.</source>
        <translation>setSingleSelect schreibt single_select nur als true oder false.</translation>
    </message>
    <message>
        <source>SCUrlBuilder adds sdk_platform=iOS and sdk_version=%1, which the link does not have.</source>
        <translation>SCUrlBuilder fügt sdk_platform=iOS und sdk_version=%1 hinzu, die der Link nicht hat.</translation>
    </message>
    <message>
        <source>URLComponents leaves &apos;+&apos; raw in a query value and Connect reads it as a space: %1 is set on the URL with the &apos;+&apos; encoded.</source>
        <translation>URLComponents lässt &apos;+&apos; in einem Query-Wert roh, und Connect liest es als Leerzeichen: %1 wird mit kodiertem &apos;+&apos; an der URL gesetzt.</translation>
    </message>
    <message>
        <source>SCUrlBuilder percent-encodes redirectUri itself before URLComponents encodes the query again, so this redirect URI would arrive encoded twice; it is set on the URL.</source>
        <translation>SCUrlBuilder prozentkodiert redirectUri selbst, bevor URLComponents die Query erneut kodiert, daher käme diese Redirect-URI doppelt kodiert an; sie wird an der URL gesetzt.</translation>
    </message>
    <message>
        <source>SCUrlBuilder builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, vehicle_id) is made on the URL it returns.</source>
        <translation>SCUrlBuilder erzeugt nur /oauth/authorize-Links: Der Link zur erneuten Authentifizierung (/oauth/reauthenticate, vehicle_id) wird an der zurückgegebenen URL gebildet.</translation>
    </message>
    <message>
        <source>SCUrlBuilder always links to https://connect.smartcar.com; the link points at %1.</source>
        <translation>SCUrlBuilder verlinkt immer auf https://connect.smartcar.com; der Link zeigt auf %1.</translation>
    </message>
</context>
<context>
    <name>TestPlan</name>
    <message>
        <source>Use one of: %1.</source>
        <translation>Verwenden Sie einen dieser Werte: %1.</translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation>Meinten Sie „%1“?</translation>
    </message>
    <message>
        <source>%1 has no key &quot;%2&quot;.</source>
        <translation>%1 hat keinen Schlüssel „%2“.</translation>
    </message>
    <message>
        <source>{{%1}} is a placeholder, but the case has no rows.</source>
        <translation>{{%1}} ist ein Platzhalter, aber der Fall hat keine Zeilen.</translation>
    </message>
    <message>
        <source>Add &quot;rows&quot; with a &quot;%1&quot; column, or write the value itself.</source>
        <translation>Fügen Sie &quot;rows&quot; mit einer Spalte „%1“ hinzu oder schreiben Sie den Wert selbst.</translation>
    </message>
    <message>
        <source>{{%1}} is not a column of the case&apos;s rows.</source>
        <translation>{{%1}} ist keine Spalte der Zeilen des Falls.</translation>
    </message>
    <message>
        <source>Give the rows a &quot;%1&quot; value.</source>
        <translation>Geben Sie den Zeilen einen Wert „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; muss ein String sein.</translation>
    </message>
    <message>
        <source>Put the value in double quotes.</source>
        <translation>Setzen Sie den Wert in doppelte Anführungszeichen.</translation>
    </message>
    <message>
        <source>A case</source>
        <translation>Ein Fall</translation>
    </message>
    <message>
        <source>The case has no name.</source>
        <translation>Der Fall hat keinen Namen.</translation>
    </message>
    <message>
        <source>Add &quot;name&quot;: a few words saying what the case tests.</source>
        <translation>Fügen Sie &quot;name&quot; hinzu: ein paar Wörter, die sagen, was der Fall testet.</translation>
    </message>
    <message>
        <source>&quot;set&quot; must be an object.</source>
        <translation>&quot;set&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Write it as {&quot;mode&quot;: &quot;simulated&quot;, &quot;scope&quot;: &quot;read_vin&quot;}.</source>
        <translation>Schreiben Sie es als {&quot;mode&quot;: &quot;simulated&quot;, &quot;scope&quot;: &quot;read_vin&quot;}.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Connect parameter.</source>
        <translation>&quot;%1&quot; ist kein Connect-Parameter.</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be a string.</source>
        <translation>Der Wert von &quot;%1&quot; muss ein String sein.</translation>
    </message>
    <message>
        <source>Write it in double quotes; &quot;&quot; removes the parameter.</source>
        <translation>Schreiben Sie ihn in doppelten Anführungszeichen; &quot;&quot; entfernt den Parameter.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Give the login typed on the brand&apos;s screen, e.g. 3-vehicles@smartcar.com.</source>
        <translation>Geben Sie das Login an, das auf dem Bildschirm der Marke eingegeben wird, z. B. 3-vehicles@smartcar.com.</translation>
    </message>
    <message>
        <source>&quot;click&quot; is &quot;%1&quot;.</source>
        <translation>&quot;click&quot; ist &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The case says nothing about what it expects.</source>
        <translation>Der Fall sagt nichts darüber, was er erwartet.</translation>
    </message>
    <message>
        <source>Add &quot;expect&quot;: {&quot;outcome&quot;: &quot;code&quot;} (or user_id, error, connect_error_page, timeout).</source>
        <translation>Fügen Sie &quot;expect&quot;: {&quot;outcome&quot;: &quot;code&quot;} hinzu (oder user_id, error, connect_error_page, timeout).</translation>
    </message>
    <message>
        <source>&quot;expect&quot;</source>
        <translation>„expect“</translation>
    </message>
    <message>
        <source>&quot;expect&quot; has no &quot;outcome&quot;.</source>
        <translation>&quot;expect&quot; hat kein &quot;outcome&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome.</source>
        <translation>&quot;%1&quot; ist kein outcome.</translation>
    </message>
    <message>
        <source>&quot;error&quot; is checked only when the outcome is error or connect_error_page.</source>
        <translation>&quot;error&quot; wird nur geprüft, wenn das outcome error oder connect_error_page ist.</translation>
    </message>
    <message>
        <source>Set &quot;outcome&quot;: &quot;error&quot;, or remove &quot;error&quot;.</source>
        <translation>Setzen Sie &quot;outcome&quot;: &quot;error&quot; oder entfernen Sie &quot;error&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state check.</source>
        <translation>&quot;%1&quot; ist keine Prüfung des state.</translation>
    </message>
    <message>
        <source>&quot;exchanges&quot; must be true or false.</source>
        <translation>&quot;exchanges&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>true: the code buys tokens; false: the token endpoint refuses it.</source>
        <translation>true: Der Code lässt sich gegen Tokens eintauschen; false: Der Token-Endpunkt lehnt ihn ab.</translation>
    </message>
    <message>
        <source>&quot;min_vehicles&quot; must be a number from 0 to 50.</source>
        <translation>&quot;min_vehicles&quot; muss eine Zahl von 0 bis 50 sein.</translation>
    </message>
    <message>
        <source>Write e.g. &quot;min_vehicles&quot;: 3.</source>
        <translation>Schreiben Sie z. B. &quot;min_vehicles&quot;: 3.</translation>
    </message>
    <message>
        <source>&quot;min_vehicles&quot; needs tokens, but &quot;exchanges&quot; is false.</source>
        <translation>&quot;min_vehicles&quot; braucht Tokens, aber &quot;exchanges&quot; ist false.</translation>
    </message>
    <message>
        <source>Remove one of the two.</source>
        <translation>Entfernen Sie eines der beiden.</translation>
    </message>
    <message>
        <source>&quot;exchanges&quot; and &quot;min_vehicles&quot; follow a code, but the outcome is %1.</source>
        <translation>&quot;exchanges&quot; und &quot;min_vehicles&quot; setzen einen Code voraus, aber das outcome ist %1.</translation>
    </message>
    <message>
        <source>Set &quot;outcome&quot;: &quot;code&quot;, or remove them.</source>
        <translation>Setzen Sie &quot;outcome&quot;: &quot;code&quot; oder entfernen Sie beide.</translation>
    </message>
    <message>
        <source>A tag must be a word in double quotes.</source>
        <translation>Ein Tag muss ein Wort in doppelten Anführungszeichen sein.</translation>
    </message>
    <message>
        <source>Write &quot;tags&quot;: [&quot;smoke&quot;, &quot;errors&quot;].</source>
        <translation>Schreiben Sie &quot;tags&quot;: [&quot;smoke&quot;, &quot;errors&quot;].</translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list of words.</source>
        <translation>&quot;tags&quot; muss eine Liste von Wörtern sein.</translation>
    </message>
    <message>
        <source>&quot;faults&quot; must be an object.</source>
        <translation>&quot;faults&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Write e.g. &quot;faults&quot;: {&quot;code&quot;: &quot;expired&quot;}.</source>
        <translation>Schreiben Sie z. B. &quot;faults&quot;: {&quot;code&quot;: &quot;expired&quot;}.</translation>
    </message>
    <message>
        <source>This is not JSON: %1.</source>
        <translation>Das ist kein JSON: %1.</translation>
    </message>
    <message>
        <source>Check the line for a missing comma, quote or bracket.</source>
        <translation>Prüfen Sie die Zeile auf ein fehlendes Komma, Anführungszeichen oder eine fehlende Klammer.</translation>
    </message>
    <message>
        <source>A plan is a JSON object.</source>
        <translation>Ein Plan ist ein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Start it with {&quot;version&quot;: 1, &quot;url&quot;: &quot;…&quot;, &quot;cases&quot;: […]}.</source>
        <translation>Beginnen Sie ihn mit {&quot;version&quot;: 1, &quot;url&quot;: &quot;…&quot;, &quot;cases&quot;: […]}.</translation>
    </message>
    <message>
        <source>A plan</source>
        <translation>Ein Plan</translation>
    </message>
    <message>
        <source>The plan has no &quot;version&quot;.</source>
        <translation>Der Plan hat keine &quot;version&quot;.</translation>
    </message>
    <message>
        <source>Add &quot;version&quot;: 1.</source>
        <translation>Fügen Sie &quot;version&quot;: 1 hinzu.</translation>
    </message>
    <message>
        <source>This Connect Lab reads plans of version %1, not %2.</source>
        <translation>Dieses Connect Lab liest Pläne der Version %1, nicht %2.</translation>
    </message>
    <message>
        <source>Write &quot;version&quot;: 1, or use the Connect Lab the plan was written for.</source>
        <translation>Schreiben Sie &quot;version&quot;: 1 oder verwenden Sie das Connect Lab, für das der Plan geschrieben wurde.</translation>
    </message>
    <message>
        <source>The plan has no link to start from.</source>
        <translation>Der Plan hat keinen Link, mit dem er beginnt.</translation>
    </message>
    <message>
        <source>The plan has both &quot;url&quot; and &quot;profile&quot;.</source>
        <translation>Der Plan hat sowohl &quot;url&quot; als auch &quot;profile&quot;.</translation>
    </message>
    <message>
        <source>Give either &quot;url&quot; (a Connect link) or &quot;profile&quot; (a saved profile file).</source>
        <translation>Geben Sie entweder &quot;url&quot; (einen Connect-Link) oder &quot;profile&quot; (eine gespeicherte Profildatei) an.</translation>
    </message>
    <message>
        <source>&quot;sandbox&quot; must be true or false.</source>
        <translation>&quot;sandbox&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <source>true runs every case against its own built-in sandbox.</source>
        <translation>true führt jeden Fall gegen eine eigene eingebaute Sandbox aus.</translation>
    </message>
    <message>
        <source>&quot;timeout&quot; must be a number of seconds (1 to 3600).</source>
        <translation>&quot;timeout&quot; muss eine Anzahl Sekunden sein (1 bis 3600).</translation>
    </message>
    <message>
        <source>Write e.g. &quot;timeout&quot;: 20.</source>
        <translation>Schreiben Sie z. B. &quot;timeout&quot;: 20.</translation>
    </message>
    <message>
        <source>The plan has no cases.</source>
        <translation>Der Plan hat keine Fälle.</translation>
    </message>
    <message>
        <source>Add &quot;cases&quot;: [{&quot;name&quot;: &quot;…&quot;, &quot;expect&quot;: {&quot;outcome&quot;: &quot;code&quot;}}].</source>
        <translation>Fügen Sie &quot;cases&quot;: [{&quot;name&quot;: &quot;…&quot;, &quot;expect&quot;: {&quot;outcome&quot;: &quot;code&quot;}}] hinzu.</translation>
    </message>
    <message>
        <source>A case must be an object.</source>
        <translation>Ein Fall muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Write it as {&quot;name&quot;: &quot;…&quot;, &quot;expect&quot;: {…}}.</source>
        <translation>Schreiben Sie ihn als {&quot;name&quot;: &quot;…&quot;, &quot;expect&quot;: {…}}.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Check the path and that the file is readable.</source>
        <translation>Prüfen Sie den Pfad und ob die Datei lesbar ist.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>%1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be read: %2</source>
        <translation>Das Profil „%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Give a profile file saved by Connect Lab, relative to the plan.</source>
        <translation>Geben Sie eine von Connect Lab gespeicherte Profildatei an, relativ zum Plan.</translation>
    </message>
    <message>
        <source>&quot;url&quot; has no origin (scheme and host).</source>
        <translation>&quot;url&quot; hat keinen Origin (Schema und Host).</translation>
    </message>
    <message>
        <source>Give a whole Connect link, e.g. https://connect.smartcar.com/oauth/authorize?client_id=…</source>
        <translation>Geben Sie einen vollständigen Connect-Link an, z. B. https://connect.smartcar.com/oauth/authorize?client_id=…</translation>
    </message>
    <message>
        <source>The rows file %1 cannot be read: %2.</source>
        <translation>Die Zeilendatei %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Give a CSV file&apos;s path relative to the plan.</source>
        <translation>Geben Sie den Pfad einer CSV-Datei relativ zum Plan an.</translation>
    </message>
    <message>
        <source>The rows file %1 is not a table: %2</source>
        <translation>Die Zeilendatei %1 ist keine Tabelle: %2</translation>
    </message>
    <message>
        <source>A row must be an object.</source>
        <translation>Eine Zeile muss ein Objekt sein.</translation>
    </message>
    <message>
        <source>Write it as {&quot;login&quot;: &quot;a@b.com&quot;, &quot;error&quot;: &quot;no_vehicles&quot;}.</source>
        <translation>Schreiben Sie sie als {&quot;login&quot;: &quot;a@b.com&quot;, &quot;error&quot;: &quot;no_vehicles&quot;}.</translation>
    </message>
    <message>
        <source>A row&apos;s value must be a string, a number or true/false.</source>
        <translation>Der Wert einer Zeile muss ein String, eine Zahl oder true/false sein.</translation>
    </message>
    <message>
        <source>Write the value itself.</source>
        <translation>Schreiben Sie den Wert selbst.</translation>
    </message>
    <message>
        <source>&quot;rows&quot; must be a list of objects or a CSV file name.</source>
        <translation>&quot;rows&quot; muss eine Liste von Objekten oder der Name einer CSV-Datei sein.</translation>
    </message>
    <message>
        <source>Write &quot;rows&quot;: [{&quot;login&quot;: &quot;…&quot;}] or &quot;rows&quot;: &quot;logins.csv&quot;.</source>
        <translation>Schreiben Sie &quot;rows&quot;: [{&quot;login&quot;: &quot;…&quot;}] oder &quot;rows&quot;: &quot;logins.csv&quot;.</translation>
    </message>
    <message>
        <source>&quot;rows&quot; is empty, so the case would never run.</source>
        <translation>&quot;rows&quot; ist leer, also würde der Fall nie ausgeführt.</translation>
    </message>
    <message>
        <source>Add a row, or remove &quot;rows&quot;.</source>
        <translation>Fügen Sie eine Zeile hinzu oder entfernen Sie &quot;rows&quot;.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>Two cases are named &quot;%1&quot;.</source>
        <translation>Zwei Fälle heißen „%1“.</translation>
    </message>
    <message>
        <source>Give each case (each row) a name of its own.</source>
        <translation>Geben Sie jedem Fall (jeder Zeile) einen eigenen Namen.</translation>
    </message>
    <message>
        <source>Put a {{column}} placeholder in the name.</source>
        <translation>Setzen Sie einen Platzhalter {{column}} in den Namen.</translation>
    </message>
</context>
<context>
    <name>UrlParser</name>
    <message>
        <source>The input is empty: paste a Connect link or its query string.</source>
        <translation>Die Eingabe ist leer: Fügen Sie einen Connect-Link oder seinen Query-String ein.</translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; is not a Connect endpoint: use /oauth/authorize (or /oauth/reauthenticate to re-authenticate a vehicle).</source>
        <translation>Der Pfad „%1“ ist kein Connect-Endpunkt: Verwenden Sie /oauth/authorize (oder /oauth/reauthenticate, um ein Fahrzeug erneut zu authentifizieren).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Connect link: it should start with https://connect.smartcar.com/oauth/authorize.</source>
        <translation>„%1“ ist kein Connect-Link: Er sollte mit https://connect.smartcar.com/oauth/authorize beginnen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a &apos;%&apos; that is not followed by two hex digits (or escapes that are not UTF-8); it was kept as written. Encode a literal &apos;%&apos; as %25.</source>
        <translation>„%1“ enthält ein &apos;%&apos;, auf das keine zwei Hexziffern folgen (oder Escapes, die kein UTF-8 sind); es wurde wie geschrieben übernommen. Kodieren Sie ein wörtliches &apos;%&apos; als %25.</translation>
    </message>
    <message>
        <source>%1 appears more than once: the first value is used and the others are kept as extra parameters. Remove the repeats.</source>
        <translation>%1 kommt mehrfach vor: Der erste Wert wird verwendet, die anderen bleiben als zusätzliche Parameter erhalten. Entfernen Sie die Wiederholungen.</translation>
    </message>
    <message>
        <source>This is neither a Connect link nor a query string: paste a link like https://connect.smartcar.com/oauth/authorize?client_id=…</source>
        <translation>Das ist weder ein Connect-Link noch ein Query-String: Fügen Sie einen Link ein, etwa https://connect.smartcar.com/oauth/authorize?client_id=…</translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>%1 %2 is an API Client ID: Connect needs your Application ID, a UUID (Dashboard → Configuration → Application details). The client_… value and its secret belong in your server&apos;s token request. Connect shows &quot;400: Invalid parameter client_id&quot; for this link.</source>
        <translation>%1 %2 ist eine API Client ID: Connect braucht Ihre Application ID, eine UUID (Dashboard → Configuration → Application details). Der client_…-Wert und sein Secret gehören in die Token-Anfrage Ihres Servers. Connect zeigt für diesen Link „400: Invalid parameter client_id“.</translation>
    </message>
    <message>
        <source>client_id is missing: copy your application&apos;s Client ID from the Smartcar Dashboard (Configuration tab).</source>
        <translation>client_id fehlt: Kopieren Sie die Client-ID Ihrer Anwendung aus dem Smartcar-Dashboard (Reiter Configuration).</translation>
    </message>
    <message>
        <source>client_id %1 contains characters other than letters, digits, &apos;-&apos; and &apos;_&apos;: copy the Client ID from the Dashboard again, without spaces or quotes.</source>
        <translation>client_id %1 enthält andere Zeichen als Buchstaben, Ziffern, &apos;-&apos; und &apos;_&apos;: Kopieren Sie die Client-ID erneut aus dem Dashboard, ohne Leerzeichen oder Anführungszeichen.</translation>
    </message>
    <message>
        <source>client_id is not a UUID; Dashboard Client IDs look like 4cf82729-4275-46d9-9255-8437ba777151. Check it is the Client ID, not the app&apos;s name or secret.</source>
        <translation>client_id ist keine UUID; Client-IDs aus dem Dashboard sehen aus wie 4cf82729-4275-46d9-9255-8437ba777151. Prüfen Sie, ob es die Client-ID ist und nicht der Name oder das Secret der App.</translation>
    </message>
    <message>
        <source>redirect_uri is not set: Connect will use the default redirect URI from the Dashboard. Set it to one of your registered redirect URIs to be explicit.</source>
        <translation>redirect_uri ist nicht gesetzt: Connect verwendet die voreingestellte Redirect-URI aus dem Dashboard. Setzen Sie sie auf eine Ihrer registrierten Redirect-URIs, um eindeutig zu sein.</translation>
    </message>
    <message>
        <source>redirect_uri %1 is not an absolute URI: write the full registered URI, e.g. https://example.com/callback or http://localhost:8000/callback.</source>
        <translation>redirect_uri %1 ist keine absolute URI: Schreiben Sie die vollständige registrierte URI, z. B. https://example.com/callback oder http://localhost:8000/callback.</translation>
    </message>
    <message>
        <source>The Dashboard accepts http:// redirect URIs only for localhost: register and use http://localhost… instead of %1.</source>
        <translation>Das Dashboard akzeptiert http://-Redirect-URIs nur für localhost: Registrieren und verwenden Sie http://localhost… statt %1.</translation>
    </message>
    <message>
        <source>http:// is allowed only for localhost: use https:// for %1.</source>
        <translation>http:// ist nur für localhost erlaubt: Verwenden Sie https:// für %1.</translation>
    </message>
    <message>
        <source>A custom-scheme redirect URI must use sc&lt;client_id&gt; as its scheme: use %1:// instead of %2://.</source>
        <translation>Eine Redirect-URI mit eigenem Schema muss sc&lt;client_id&gt; als Schema verwenden: Verwenden Sie %1:// statt %2://.</translation>
    </message>
    <message>
        <source>redirect_uri must not contain a fragment (&apos;#…&apos;): OAuth forbids it. Remove everything from &apos;#&apos; on.</source>
        <translation>redirect_uri darf kein Fragment (&apos;#…&apos;) enthalten: OAuth verbietet es. Entfernen Sie alles ab &apos;#&apos;.</translation>
    </message>
    <message>
        <source>response_type=none is the redirect-less flow: no code comes back. redirect_uri is optional; without one the owner ends on a Smartcar page, and with app_origin (the JS SDK adds it) Connect posts the result to that origin. Use code for the usual flow.</source>
        <translation>response_type=none ist der Flow ohne Weiterleitung: Es kommt kein Code zurück. redirect_uri ist optional; ohne sie landet der Besitzer auf einer Smartcar-Seite, und mit app_origin (das JS-SDK fügt es hinzu) sendet Connect das Ergebnis an diesen Origin. Verwenden Sie code für den üblichen Flow.</translation>
    </message>
    <message>
        <source>response_type holds a vehicle id: to re-authenticate a vehicle use /oauth/reauthenticate?response_type=vehicle_id&amp;vehicle_id=%1.</source>
        <translation>response_type enthält eine Fahrzeug-ID: Um ein Fahrzeug erneut zu authentifizieren, verwenden Sie /oauth/reauthenticate?response_type=vehicle_id&amp;vehicle_id=%1.</translation>
    </message>
    <message>
        <source>response_type %1 is not valid: use code (or vehicle_id with a vehicle_id parameter to re-authenticate).</source>
        <translation>response_type %1 ist ungültig: Verwenden Sie code (oder vehicle_id mit einem vehicle_id-Parameter zur erneuten Authentifizierung).</translation>
    </message>
    <message>
        <source>response_type=vehicle_id re-authenticates a vehicle: add the vehicle&apos;s Smartcar id as vehicle_id.</source>
        <translation>response_type=vehicle_id authentifiziert ein Fahrzeug erneut: Fügen Sie die Smartcar-ID des Fahrzeugs als vehicle_id hinzu.</translation>
    </message>
    <message>
        <source>Re-authentication links use /oauth/reauthenticate: change the path from /oauth/authorize.</source>
        <translation>Links zur erneuten Authentifizierung verwenden /oauth/reauthenticate: Ändern Sie den Pfad von /oauth/authorize.</translation>
    </message>
    <message>
        <source>/oauth/reauthenticate needs response_type=vehicle_id: set it, or use /oauth/authorize for a new connection.</source>
        <translation>/oauth/reauthenticate braucht response_type=vehicle_id: Setzen Sie es, oder verwenden Sie /oauth/authorize für eine neue Verbindung.</translation>
    </message>
    <message>
        <source>vehicle_id is only read when response_type=vehicle_id: set that to re-authenticate, or remove vehicle_id.</source>
        <translation>vehicle_id wird nur bei response_type=vehicle_id gelesen: Setzen Sie das zur erneuten Authentifizierung, oder entfernen Sie vehicle_id.</translation>
    </message>
    <message>
        <source>No permissions requested: Connect will use the Vehicle Access settings from the Dashboard. Add the permissions your app needs, e.g. read_vehicle_info.</source>
        <translation>Keine Berechtigungen angefordert: Connect verwendet die Vehicle-Access-Einstellungen aus dem Dashboard. Fügen Sie die Berechtigungen hinzu, die Ihre App braucht, z. B. read_vehicle_info.</translation>
    </message>
    <message>
        <source>%1 is not a permission: write lower-case names like read_odometer, optionally prefixed with required:, separated by spaces.</source>
        <translation>%1 ist keine Berechtigung: Schreiben Sie kleingeschriebene Namen wie read_odometer, optional mit dem Präfix required:, durch Leerzeichen getrennt.</translation>
    </message>
    <message>
        <source>%1 is not a permission Connect Lab knows: check it against Smartcar&apos;s list of permissions. New permissions appear over time, so this may be fine.</source>
        <translation>%1 ist keine Berechtigung, die Connect Lab kennt: Gleichen Sie sie mit der Berechtigungsliste von Smartcar ab. Mit der Zeit kommen neue Berechtigungen hinzu, es kann also in Ordnung sein.</translation>
    </message>
    <message>
        <source>%1 is not a permission Connect Lab knows.</source>
        <translation>%1 ist keine Berechtigung, die Connect Lab kennt.</translation>
    </message>
    <message>
        <source>%1 is requested more than once: keep a single %1 (with required: if the user must not untick it).</source>
        <translation>%1 wird mehrfach angefordert: Behalten Sie ein einziges %1 (mit required:, wenn der Benutzer es nicht abwählen darf).</translation>
    </message>
    <message>
        <source>No state: the redirect cannot be checked against CSRF. Generate a random state per link and compare it when the user comes back.</source>
        <translation>Kein state: Die Weiterleitung kann nicht gegen CSRF geprüft werden. Erzeugen Sie pro Link einen zufälligen state und vergleichen Sie ihn, wenn der Benutzer zurückkommt.</translation>
    </message>
    <message>
        <source>state has %1 characters: use at least 8 random characters (Connect Lab generates 32) so it cannot be guessed.</source>
        <translation>state hat %1 Zeichen: Verwenden Sie mindestens 8 zufällige Zeichen (Connect Lab erzeugt 32), damit er nicht erraten werden kann.</translation>
    </message>
    <message>
        <source>approval_prompt %1 is not valid: use auto or force.</source>
        <translation>approval_prompt %1 ist ungültig: Verwenden Sie auto oder force.</translation>
    </message>
    <message>
        <source>mode=test is deprecated: use simulated with a vehicle from the Dashboard&apos;s Vehicle Simulator.</source>
        <translation>mode=test ist veraltet: Verwenden Sie simulated mit einem Fahrzeug aus dem Vehicle Simulator des Dashboards.</translation>
    </message>
    <message>
        <source>mode %1 is not valid: use live, or simulated for simulated vehicles.</source>
        <translation>mode %1 ist ungültig: Verwenden Sie live, oder simulated für simulierte Fahrzeuge.</translation>
    </message>
    <message>
        <source>A simulated vehicle belongs to a region: without a country: flag that matches it, its login fails with an invalid-credential error. Set the country your simulated vehicle was made for, e.g. country:US.</source>
        <translation>Ein simuliertes Fahrzeug gehört zu einer Region: Ohne ein passendes country:-Flag schlägt seine Anmeldung mit einem Fehler wegen ungültiger Zugangsdaten fehl. Setzen Sie das Land, für das Ihr simuliertes Fahrzeug angelegt wurde, z. B. country:US.</translation>
    </message>
    <message>
        <source>single_select %1 is not valid: use true or false.</source>
        <translation>single_select %1 ist ungültig: Verwenden Sie true oder false.</translation>
    </message>
    <message>
        <source>make tokens are upper case: write %1.</source>
        <translation>make-Tokens werden großgeschrieben: Schreiben Sie %1.</translation>
    </message>
    <message>
        <source>%1 is not a make token: write %2.</source>
        <translation>%1 ist kein make-Token: Schreiben Sie %2.</translation>
    </message>
    <message>
        <source>%1 is not a make Connect Lab knows: check the spelling (e.g. TESLA, MERCEDES_BENZ); Connect ignores a make it does not support.</source>
        <translation>%1 ist keine Marke, die Connect Lab kennt: Prüfen Sie die Schreibweise (z. B. TESLA, MERCEDES_BENZ); Connect ignoriert eine Marke, die es nicht unterstützt.</translation>
    </message>
    <message>
        <source>%1 is not a make Connect Lab knows.</source>
        <translation>%1 ist keine Marke, die Connect Lab kennt.</translation>
    </message>
    <message>
        <source>make is ignored when single_select_vin is set (the VIN decides the brand): remove one of them.</source>
        <translation>make wird ignoriert, wenn single_select_vin gesetzt ist (die VIN bestimmt die Marke): Entfernen Sie eines von beiden.</translation>
    </message>
    <message>
        <source>single_select_vin works only with single_select=true: add it.</source>
        <translation>single_select_vin funktioniert nur mit single_select=true: Fügen Sie es hinzu.</translation>
    </message>
    <message>
        <source>single_select and single_select_vin work only on Smartcar&apos;s Custom plan; on other plans Connect ignores them.</source>
        <translation>single_select und single_select_vin funktionieren nur im Custom-Tarif von Smartcar; in anderen Tarifen ignoriert Connect sie.</translation>
    </message>
    <message>
        <source>Flag %1 is not name:value: write it like country:DE, separated from other flags by spaces.</source>
        <translation>Flag %1 hat nicht die Form name:value: Schreiben Sie es wie country:DE, durch Leerzeichen von anderen Flags getrennt.</translation>
    </message>
    <message>
        <source>Flag %1 is given more than once: keep one.</source>
        <translation>Flag %1 ist mehrfach angegeben: Behalten Sie eines.</translation>
    </message>
    <message>
        <source>Country codes are upper case: write country:%1.</source>
        <translation>Ländercodes werden großgeschrieben: Schreiben Sie country:%1.</translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 alpha-2 country code: use two letters such as US, CA, DE or GB.</source>
        <translation>%1 ist kein Ländercode nach ISO 3166-1 alpha-2: Verwenden Sie zwei Buchstaben wie US, CA, DE oder GB.</translation>
    </message>
    <message>
        <source>Smartcar serves the US, Canada and Europe, not %1 (%2): users there may find no brands.</source>
        <translation>Smartcar bedient die USA, Kanada und Europa, nicht %1 (%2): Benutzer dort finden möglicherweise keine Marken.</translation>
    </message>
    <message>
        <source>The user flag is empty: write user:&lt;your id for the owner&gt;, or remove it.</source>
        <translation>Das user-Flag ist leer: Schreiben Sie user:&lt;Ihre ID für den Besitzer&gt;, oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>account_sync takes true or false, not %1: with true, vehicles the owner adds to the brand account later are granted the same permissions.</source>
        <translation>account_sync akzeptiert true oder false, nicht %1: Mit true erhalten Fahrzeuge, die der Besitzer später zum Markenkonto hinzufügt, dieselben Berechtigungen.</translation>
    </message>
    <message>
        <source>Flag %1 is not one Connect Lab knows (%2): Connect may ignore it.</source>
        <translation>Flag %1 ist Connect Lab nicht bekannt (%2): Connect ignoriert es möglicherweise.</translation>
    </message>
    <message>
        <source>external_id=null clears the external id Smartcar keeps for this owner; any other value sets it. It comes back to redirect_uri and in webhooks.</source>
        <translation>external_id=null löscht die externe ID, die Smartcar für diesen Besitzer speichert; jeder andere Wert setzt sie. Sie kommt an die redirect_uri und in Webhooks zurück.</translation>
    </message>
    <message>
        <source>external_id %1 is empty, very long or holds spaces or control characters: Smartcar does not publish its rules, but an id like your own user id (letters, digits, - and _) is safe.</source>
        <translation>external_id %1 ist leer, sehr lang oder enthält Leerzeichen oder Steuerzeichen: Smartcar veröffentlicht seine Regeln nicht, aber eine ID wie Ihre eigene Benutzer-ID (Buchstaben, Ziffern, - und _) ist sicher.</translation>
    </message>
    <message>
        <source>%1 is given more than once with different values (%2 and %3): Connect reads only one. Keep the one you mean.</source>
        <translation>%1 ist mehrfach mit verschiedenen Werten angegeben (%2 und %3): Connect liest nur einen. Behalten Sie den, den Sie meinen.</translation>
    </message>
    <message>
        <source>%1 is given more than once with the same value: remove the repeat.</source>
        <translation>%1 ist mehrfach mit demselben Wert angegeben: Entfernen Sie die Wiederholung.</translation>
    </message>
    <message>
        <source>application_id %1 differs from client_id %2: both name your application and must be the same Client ID.</source>
        <translation>application_id %1 weicht von client_id %2 ab: Beide benennen Ihre Anwendung und müssen dieselbe Client-ID sein.</translation>
    </message>
    <message>
        <source>%1 is not a Connect parameter: check the spelling, or remove it (it is kept in the link as written).</source>
        <translation>%1 ist kein Connect-Parameter: Prüfen Sie die Schreibweise, oder entfernen Sie ihn (er bleibt wie geschrieben im Link).</translation>
    </message>
    <message>
        <source>%1 is not a Connect parameter (it is kept in the link as written).</source>
        <translation>%1 ist kein Connect-Parameter (er bleibt wie geschrieben im Link).</translation>
    </message>
    <message>
        <source>The link has %1 characters; some browsers and servers cut links over 2,048. Drop unneeded parameters or shorten state.</source>
        <translation>Der Link hat %1 Zeichen; manche Browser und Server kürzen Links über 2.048 Zeichen. Lassen Sie unnötige Parameter weg oder kürzen Sie state.</translation>
    </message>
    <message>
        <source>%1 has no app with client_id %2, so it will refuse this link: register the app there, or use one of its apps: %3.</source>
        <translation>%1 hat keine App mit client_id %2 und wird diesen Link daher ablehnen: Registrieren Sie die App dort, oder verwenden Sie eine ihrer Apps: %3.</translation>
    </message>
    <message>
        <source>redirect_uri %1 is not registered for %2 in %3, so it will refuse this link: register it, or use a registered one: %4.</source>
        <translation>redirect_uri %1 ist für %2 in %3 nicht registriert, daher wird dieser Link abgelehnt: Registrieren Sie sie, oder verwenden Sie eine registrierte: %4.</translation>
    </message>
    <message>
        <source>%1 holds an invisible character, %2, at position %3: it came along with a copy and will not match what is registered. Retype the value or remove it.</source>
        <translation>%1 enthält ein unsichtbares Zeichen, %2, an Position %3: Es kam beim Kopieren mit und passt nicht zu dem, was registriert ist. Tippen Sie den Wert neu oder entfernen Sie es.</translation>
    </message>
    <message>
        <source>%1 holds %2 at position %3, which looks like a Latin letter but is not one: retype it with a plain keyboard.</source>
        <translation>%1 enthält %2 an Position %3, das wie ein lateinischer Buchstabe aussieht, aber keiner ist: Tippen Sie es auf einer normalen Tastatur neu.</translation>
    </message>
    <message>
        <source>The link has a parameter without a name (=%1): Connect ignores it. Give it its name or remove it.</source>
        <translation>Der Link hat einen Parameter ohne Namen (=%1): Connect ignoriert ihn. Geben Sie ihm seinen Namen oder entfernen Sie ihn.</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>a code</source>
        <translation>einen Code</translation>
    </message>
    <message>
        <source>a user_id</source>
        <translation>eine user_id</translation>
    </message>
    <message>
        <source>an error</source>
        <translation>einen Fehler</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>Connect&apos;s own error page</source>
        <translation>die eigene Fehlerseite von Connect</translation>
    </message>
    <message>
        <source>Connect&apos;s error page %1</source>
        <translation>die Fehlerseite %1 von Connect</translation>
    </message>
    <message>
        <source>no redirect (a timeout)</source>
        <translation>keine Weiterleitung (ein Timeout)</translation>
    </message>
    <message>
        <source> with state %1</source>
        <translation> mit state %1</translation>
    </message>
    <message>
        <source> that exchanges for tokens</source>
        <translation>, der sich gegen Tokens eintauschen lässt</translation>
    </message>
    <message>
        <source> that the token endpoint refuses</source>
        <translation>, den der Token-Endpunkt ablehnt</translation>
    </message>
    <message numerus="yes">
        <source>, at least %n vehicle(s)</source>
        <translation>
            <numerusform>, mindestens %n Fahrzeug</numerusform>
            <numerusform>, mindestens %n Fahrzeuge</numerusform>
        </translation>
    </message>
    <message>
        <source>a page that did not load</source>
        <translation>eine Seite, die nicht geladen wurde</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Expected %1, got %2.</source>
        <translation>Erwartet: %1, erhalten: %2.</translation>
    </message>
    <message>
        <source>Expected %1, got a code the token endpoint refused: %2.</source>
        <translation>Erwartet: %1, erhalten: einen Code, den der Token-Endpunkt abgelehnt hat: %2.</translation>
    </message>
    <message>
        <source>Expected %1, got a code that bought tokens.</source>
        <translation>Erwartet: %1, erhalten: einen Code, der Tokens eingebracht hat.</translation>
    </message>
    <message>
        <source>Expected %1, but the vehicles could not be listed: %2.</source>
        <translation>Erwartet: %1, aber die Fahrzeuge ließen sich nicht auflisten: %2.</translation>
    </message>
    <message numerus="yes">
        <source>Expected %1, got %n vehicle(s).</source>
        <translation>
            <numerusform>Erwartet: %1, erhalten: %n Fahrzeug.</numerusform>
            <numerusform>Erwartet: %1, erhalten: %n Fahrzeuge.</numerusform>
        </translation>
    </message>
    <message>
        <source> that exchanged for tokens</source>
        <translation>, der sich gegen Tokens eintauschen ließ</translation>
    </message>
    <message>
        <source> that the token endpoint refused</source>
        <translation>, den der Token-Endpunkt abgelehnt hat</translation>
    </message>
    <message numerus="yes">
        <source>, %n vehicle(s)</source>
        <translation>
            <numerusform>, %n Fahrzeug</numerusform>
            <numerusform>, %n Fahrzeuge</numerusform>
        </translation>
    </message>
    <message>
        <source>Got %1, as expected.</source>
        <translation>Erhalten: %1, wie erwartet.</translation>
    </message>
</context>
<context>
    <name>VinAssessment</name>
    <message>
        <source>Optional. Needs single select; wins over the make.</source>
        <translation>Optional. Braucht Single Select; hat Vorrang vor der Marke.</translation>
    </message>
    <message>
        <source>Write it in upper case.</source>
        <translation>Schreiben Sie sie in Großbuchstaben.</translation>
    </message>
    <message>
        <source>Check for missing characters, spaces or punctuation.</source>
        <translation>Prüfen Sie auf fehlende Zeichen, Leerzeichen oder Satzzeichen.</translation>
    </message>
    <message numerus="yes">
        <source>A VIN has exactly 17 characters of A-Z and 0-9; %1 has %n character(s). %2</source>
        <translation>
            <numerusform>Eine VIN hat genau 17 Zeichen aus A-Z und 0-9; %1 hat %n Zeichen. %2</numerusform>
            <numerusform>Eine VIN hat genau 17 Zeichen aus A-Z und 0-9; %1 hat %n Zeichen. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of 17 characters: Connect will refuse it</source>
        <translation>
            <numerusform>%n von 17 Zeichen: Connect wird sie ablehnen</numerusform>
            <numerusform>%n von 17 Zeichen: Connect wird sie ablehnen</numerusform>
        </translation>
    </message>
    <message>
        <source>17 characters, but only A-Z and 0-9 are allowed: Connect will refuse it</source>
        <translation>17 Zeichen, aber nur A-Z und 0-9 sind erlaubt: Connect wird sie ablehnen</translation>
    </message>
    <message>
        <source>This VIN contains I, O or Q, which real VINs never use; it is accepted because mode=%1 takes test VINs. In live mode Connect refuses it.</source>
        <translation>Diese VIN enthält I, O oder Q, die echte VINs nie verwenden; sie wird akzeptiert, weil mode=%1 Test-VINs annimmt. Im Live-Modus lehnt Connect sie ab.</translation>
    </message>
    <message>
        <source>A test VIN (contains I, O or Q): accepted in %1 mode</source>
        <translation>Eine Test-VIN (enthält I, O oder Q): im Modus %1 akzeptiert</translation>
    </message>
    <message>
        <source>A real VIN never contains I, O or Q: they are usually 1 and 0 misread. Test VINs are accepted only with mode=simulated.</source>
        <translation>Eine echte VIN enthält nie I, O oder Q: Meist sind es falsch gelesene 1 und 0. Test-VINs werden nur mit mode=simulated akzeptiert.</translation>
    </message>
    <message>
        <source>Contains I, O or Q, which real VINs never use: refused in live mode</source>
        <translation>Enthält I, O oder Q, die echte VINs nie verwenden: im Live-Modus abgelehnt</translation>
    </message>
    <message>
        <source>Well formed; check digit %1 is correct (North-American VIN)</source>
        <translation>Wohlgeformt; Prüfziffer %1 ist korrekt (nordamerikanische VIN)</translation>
    </message>
    <message>
        <source>The check digit (9th character) of this North-American VIN should be %1, not %2; it is accepted because mode=%3 takes test VINs. In live mode Connect refuses it.</source>
        <translation>Die Prüfziffer (9. Zeichen) dieser nordamerikanischen VIN sollte %1 sein, nicht %2; sie wird akzeptiert, weil mode=%3 Test-VINs annimmt. Im Live-Modus lehnt Connect sie ab.</translation>
    </message>
    <message>
        <source>Check digit should be %1, not %2: accepted in %3 mode</source>
        <translation>Prüfziffer sollte %1 sein, nicht %2: im Modus %3 akzeptiert</translation>
    </message>
    <message>
        <source>The check digit (9th character) of this North-American VIN should be %1, not %2: the VIN has a typo. Test VINs are accepted only with mode=simulated.</source>
        <translation>Die Prüfziffer (9. Zeichen) dieser nordamerikanischen VIN sollte %1 sein, nicht %2: Die VIN hat einen Tippfehler. Test-VINs werden nur mit mode=simulated akzeptiert.</translation>
    </message>
    <message>
        <source>Check digit should be %1, not %2: refused in live mode</source>
        <translation>Prüfziffer sollte %1 sein, nicht %2: im Live-Modus abgelehnt</translation>
    </message>
    <message>
        <source>Well formed; VINs outside North America have no check digit</source>
        <translation>Wohlgeformt; VINs außerhalb Nordamerikas haben keine Prüfziffer</translation>
    </message>
</context>
<context>
    <name>WebhookSignature</name>
    <message>
        <source>SC-Signature matches: HMAC-SHA256 of exactly these bytes (length %1), keyed with the token.</source>
        <translation>SC-Signature stimmt: HMAC-SHA256 genau dieser Bytes (Länge %1), mit dem Token als Schlüssel.</translation>
    </message>
    <message>
        <source>SC-Signature must be 64 hex digits (a hex HMAC-SHA256); this one has length %1.</source>
        <translation>SC-Signature muss aus 64 Hex-Ziffern bestehen (ein hexadezimales HMAC-SHA256); diese hat die Länge %1.</translation>
    </message>
    <message>
        <source>No match, but it matches these bytes without their final line break: the body gained one after it was signed (check the raw body as received).</source>
        <translation>Keine Übereinstimmung, aber sie passt zu diesen Bytes ohne ihren letzten Zeilenumbruch: Der Body hat nach dem Signieren einen bekommen (prüfen Sie den Raw-Body, wie er empfangen wurde).</translation>
    </message>
    <message>
        <source>No match, but it matches this body as compact JSON: the body was re-formatted after it was signed. Check the raw bytes as received (Smartcar sends compact JSON).</source>
        <translation>Keine Übereinstimmung, aber sie passt zu diesem Body als kompaktes JSON: Der Body wurde nach dem Signieren neu formatiert. Prüfen Sie die rohen Bytes, wie sie empfangen wurden (Smartcar sendet kompaktes JSON).</translation>
    </message>
    <message>
        <source>No match: the signature is not HMAC-SHA256 of these bytes with this token (another token, or the bytes changed).</source>
        <translation>Keine Übereinstimmung: Die Signatur ist nicht das HMAC-SHA256 dieser Bytes mit diesem Token (ein anderes Token, oder die Bytes haben sich geändert).</translation>
    </message>
</context>
<context>
    <name>connectlab::ApiAuthPanel</name>
    <message>
        <source>Application token</source>
        <translation>Application-Token</translation>
    </message>
    <message>
        <source>client_… (Dashboard → Configuration → API Authentication)</source>
        <translation>client_… (im Dashboard: Configuration → API Authentication)</translation>
    </message>
    <message>
        <source>The API Client ID, not the Application ID of the Connect link.</source>
        <translation>Die API Client ID, nicht die Application ID des Connect-Links.</translation>
    </message>
    <message>
        <source>API Client ID:</source>
        <translation>API Client ID:</translation>
    </message>
    <message>
        <source>API Client secret:</source>
        <translation>API-Client-Secret:</translation>
    </message>
    <message>
        <source>Get application token</source>
        <translation>Application-Token holen</translation>
    </message>
    <message>
        <source>POST /oauth2/token with grant_type=client_credentials</source>
        <translation>POST /oauth2/token mit grant_type=client_credentials</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Application-Token:</translation>
    </message>
    <message>
        <source>The owner&apos;s vehicles</source>
        <translation>Die Fahrzeuge des Besitzers</translation>
    </message>
    <message>
        <source>the user_id the redirect brought back</source>
        <translation>die user_id, die die Weiterleitung zurückbrachte</translation>
    </message>
    <message>
        <source>Sent as the sc-user-id header with every call about this owner&apos;s vehicles.</source>
        <translation>Wird bei jedem Aufruf zu den Fahrzeugen dieses Besitzers als Header sc-user-id gesendet.</translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation>User-ID:</translation>
    </message>
    <message>
        <source>Vehicle ID</source>
        <translation>Fahrzeug-ID</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Baujahr</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>The owner&apos;s connected vehicles</source>
        <translation>Die verbundenen Fahrzeuge des Besitzers</translation>
    </message>
    <message>
        <source>List connections</source>
        <translation>Verbindungen auflisten</translation>
    </message>
    <message>
        <source>GET /v3/connections for this user, with sc-user-id</source>
        <translation>GET /v3/connections für diesen Benutzer, mit sc-user-id</translation>
    </message>
    <message>
        <source>Read signals</source>
        <translation>Signale lesen</translation>
    </message>
    <message>
        <source>GET /v3/vehicles/{id}/signals for the selected vehicle, with sc-user-id</source>
        <translation>GET /v3/vehicles/{id}/signals für das ausgewählte Fahrzeug, mit sc-user-id</translation>
    </message>
    <message>
        <source>Re-authenticate this vehicle</source>
        <translation>Dieses Fahrzeug erneut authentifizieren</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Signal</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Abgerufen</translation>
    </message>
    <message>
        <source>Signals of the selected vehicle</source>
        <translation>Signale des ausgewählten Fahrzeugs</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>To get an application token, enter one of the API Client ID&apos;s secrets.</source>
        <translation>Geben Sie eines der Secrets der API Client ID ein, um ein Application-Token zu holen.</translation>
    </message>
    <message>
        <source>Getting an application token at %1…</source>
        <translation>Application-Token wird bei %1 geholt…</translation>
    </message>
    <message>
        <source>Enter the owner&apos;s user ID: Run the link and the redirect brings it back (user_id).</source>
        <translation>Geben Sie die User-ID des Besitzers ein: Führen Sie den Link aus, und die Weiterleitung bringt sie zurück (user_id).</translation>
    </message>
    <message>
        <source>Select a vehicle first (List connections shows the owner&apos;s vehicles).</source>
        <translation>Wählen Sie zuerst ein Fahrzeug aus („Verbindungen auflisten“ zeigt die Fahrzeuge des Besitzers).</translation>
    </message>
    <message>
        <source>Listing the connections of user %1…</source>
        <translation>Verbindungen von Benutzer %1 werden aufgelistet…</translation>
    </message>
    <message>
        <source>Reading the signals of vehicle %1…</source>
        <translation>Signale von Fahrzeug %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Application token received; it expires in %1 (no refresh: get a new one then).</source>
        <translation>Application-Token erhalten; es läuft in %1 ab (keine Erneuerung: Holen Sie dann ein neues).</translation>
    </message>
    <message>
        <source>The application token request failed.</source>
        <translation>Die Anfrage nach dem Application-Token ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The v3 call failed.</source>
        <translation>Der v3-Aufruf ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation>Berechtigungen: %1</translation>
    </message>
    <message>
        <source>This owner has connected no vehicle to the app.</source>
        <translation>Dieser Besitzer hat kein Fahrzeug mit der App verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>Vehicles the owner connected: %n. Select one and Read signals.</source>
        <translation>
            <numerusform>Vom Besitzer verbundene Fahrzeuge: %n. Wählen Sie eines aus und dann „Signale lesen“.</numerusform>
            <numerusform>Vom Besitzer verbundene Fahrzeuge: %n. Wählen Sie eines aus und dann „Signale lesen“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signals read: %n.</source>
        <translation>
            <numerusform>Gelesene Signale: %n.</numerusform>
            <numerusform>Gelesene Signale: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No application token yet.</source>
        <translation>Noch kein Application-Token.</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation>Läuft in %1 ab</translation>
    </message>
    <message>
        <source>Expired at %1: get a new application token (there is no refresh; the next call gets one first).</source>
        <translation>Abgelaufen um %1: Holen Sie ein neues Application-Token (es gibt keine Erneuerung; der nächste Aufruf holt zuerst eines).</translation>
    </message>
    <message>
        <source>Get a new application token</source>
        <translation>Neues Application-Token holen</translation>
    </message>
</context>
<context>
    <name>connectlab::AppToken</name>
    <message>
        <source>the reply is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the reply has no access_token</source>
        <translation>die Antwort hat kein access_token</translation>
    </message>
    <message>
        <source>The API Client ID is missing: it starts with client_ (Dashboard → Configuration → API Authentication).</source>
        <translation>Die API Client ID fehlt: Sie beginnt mit client_ (Dashboard → Configuration → API Authentication).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API Client ID: those start with client_ (Dashboard → Configuration → API Authentication). The Application ID (a UUID) goes into the Connect link; the client_… id and its secret go into the application token request. An app that uses per-vehicle tokens has no API Client ID: exchange its code at /oauth/token instead.</source>
        <translation>„%1“ ist keine API Client ID: Diese beginnen mit client_ (Dashboard → Configuration → API Authentication). Die Application ID (eine UUID) gehört in den Connect-Link; die client_…-ID und ihr Secret gehören in die Anfrage nach dem Application-Token. Eine App mit fahrzeugbezogenen Tokens hat keine API Client ID: Tauschen Sie ihren Code stattdessen bei /oauth/token ein.</translation>
    </message>
</context>
<context>
    <name>connectlab::ApplicationSection</name>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Local sandbox (offline)</source>
        <translation>Lokale Sandbox (offline)</translation>
    </message>
    <message>
        <source>Smartcar Connect (connect.smartcar.com)</source>
        <translation>Smartcar Connect (connect.smartcar.com)</translation>
    </message>
    <message>
        <source>Where the link points. The local sandbox is a stand-in for Connect on this computer: it knows the demo app and needs no account.</source>
        <translation>Wohin der Link zeigt. Die lokale Sandbox ist ein Ersatz für Connect auf diesem Computer: Sie kennt die Demo-App und braucht kein Konto.</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Your application&apos;s id from the Dashboard</source>
        <translation>Die ID Ihrer Anwendung aus dem Dashboard</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Empty: the Dashboard&apos;s default redirect URI</source>
        <translation>Leer: die voreingestellte Redirect-URI des Dashboards</translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation>Redirect-URI</translation>
    </message>
    <message>
        <source>Edit the client ID</source>
        <translation>Client-ID bearbeiten</translation>
    </message>
    <message>
        <source>Edit the redirect URI</source>
        <translation>Redirect-URI bearbeiten</translation>
    </message>
    <message>
        <source>Local sandbox (offline) at %1</source>
        <translation>Lokale Sandbox (offline) unter %1</translation>
    </message>
    <message>
        <source>Register this app in the local sandbox</source>
        <translation>Diese App in der lokalen Sandbox registrieren</translation>
    </message>
    <message>
        <source>Register this redirect URI in the local sandbox</source>
        <translation>Diese Redirect-URI in der lokalen Sandbox registrieren</translation>
    </message>
    <message>
        <source>The local sandbox would refuse this link. Register it there for this session; the Sandbox tab lists what is registered.</source>
        <translation>Die lokale Sandbox würde diesen Link ablehnen. Registrieren Sie ihn dort für diese Sitzung; der Reiter Sandbox listet auf, was registriert ist.</translation>
    </message>
</context>
<context>
    <name>connectlab::AuthorizationSection</name>
    <message>
        <source>Authorization</source>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>code: connect vehicles (authorization code)</source>
        <translation>code: Fahrzeuge verbinden (Autorisierungscode)</translation>
    </message>
    <message>
        <source>vehicle_id: re-authenticate a connected vehicle</source>
        <translation>vehicle_id: ein verbundenes Fahrzeug erneut authentifizieren</translation>
    </message>
    <message>
        <source>Response type</source>
        <translation>Response-Type</translation>
    </message>
    <message>
        <source>Only for re-authentication: the vehicle&apos;s Smartcar id</source>
        <translation>Nur zur erneuten Authentifizierung: die Smartcar-ID des Fahrzeugs</translation>
    </message>
    <message>
        <source>Vehicle ID</source>
        <translation>Fahrzeug-ID</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>A random value you check on the redirect</source>
        <translation>Ein Zufallswert, den Sie bei der Weiterleitung prüfen</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>Draw a new random state (128+ bits) (Ctrl+G)</source>
        <translation>Einen neuen zufälligen state ziehen (128+ Bit) (Strg+G)</translation>
    </message>
    <message>
        <source>New state every run</source>
        <translation>Neuer state bei jedem Durchlauf</translation>
    </message>
    <message>
        <source>Draw a fresh state before each Run, as a real app would</source>
        <translation>Vor jedem Ausführen einen frischen state ziehen, wie es eine echte App täte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>auto: skip the approval screen if already granted</source>
        <translation>auto: Genehmigungsbildschirm überspringen, falls bereits gewährt</translation>
    </message>
    <message>
        <source>force: always show the approval screen</source>
        <translation>force: Genehmigungsbildschirm immer zeigen</translation>
    </message>
    <message>
        <source>Approval prompt</source>
        <translation>Genehmigungsabfrage</translation>
    </message>
    <message>
        <source>live: real vehicles and accounts</source>
        <translation>live: echte Fahrzeuge und Konten</translation>
    </message>
    <message>
        <source>simulated: vehicles from the Vehicle Simulator</source>
        <translation>simulated: Fahrzeuge aus dem Vehicle Simulator</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Change the response type</source>
        <translation>Response-Type ändern</translation>
    </message>
    <message>
        <source>Edit the vehicle ID</source>
        <translation>Fahrzeug-ID bearbeiten</translation>
    </message>
    <message>
        <source>Change the permissions</source>
        <translation>Berechtigungen ändern</translation>
    </message>
    <message>
        <source>Edit the state</source>
        <translation>State bearbeiten</translation>
    </message>
    <message>
        <source>Change the approval prompt</source>
        <translation>Genehmigungsabfrage ändern</translation>
    </message>
    <message>
        <source>Change the mode</source>
        <translation>Modus ändern</translation>
    </message>
    <message>
        <source>Generate a state</source>
        <translation>State erzeugen</translation>
    </message>
</context>
<context>
    <name>connectlab::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>Meldung schließen</translation>
    </message>
</context>
<context>
    <name>connectlab::CodeView</name>
    <message>
        <source>%1, following %2</source>
        <translation>%1, gemäß %2</translation>
    </message>
    <message>
        <source>The language and official Smartcar SDK to write the link in</source>
        <translation>Die Sprache und das offizielle Smartcar-SDK, in denen der Link geschrieben wird</translation>
    </message>
    <message>
        <source>Both token models</source>
        <translation>Beide Token-Modelle</translation>
    </message>
    <message>
        <source>Per-vehicle tokens (v2)</source>
        <translation>Tokens pro Fahrzeug (v2)</translation>
    </message>
    <message>
        <source>API Authentication (v3)</source>
        <translation>API Authentication (v3)</translation>
    </message>
    <message>
        <source>Which token request curl makes: the code exchange or the client-credentials token</source>
        <translation>Welche Token-Anfrage curl stellt: den Code-Austausch oder das Client-Credentials-Token</translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation>Code &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation>Den Code in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>%1 says everything in this link with its own options.</source>
        <translation>%1 drückt alles in diesem Link mit eigenen Optionen aus.</translation>
    </message>
    <message>
        <source>Not in the options of %1 (the comments in the code say how it is done):</source>
        <translation>Nicht in den Optionen von %1 (die Kommentare im Code sagen, wie es gemacht wird):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Token model</source>
        <translation>Token-Modell</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>The code that makes the link with the chosen SDK (read-only)</source>
        <translation>Der Code, der den Link mit dem gewählten SDK erstellt (schreibgeschützt)</translation>
    </message>
</context>
<context>
    <name>connectlab::CompareDialog</name>
    <message>
        <source>Compare links</source>
        <translation>Links vergleichen</translation>
    </message>
    <message>
        <source>The first link (a URL or its query string)</source>
        <translation>Der erste Link (eine URL oder ihr Query-String)</translation>
    </message>
    <message>
        <source>The second link</source>
        <translation>Der zweite Link</translation>
    </message>
    <message>
        <source>Use the &amp;current link</source>
        <translation>&amp;Aktuellen Link verwenden</translation>
    </message>
    <message>
        <source>Put the window&apos;s link on the left</source>
        <translation>Den Link des Fensters links einsetzen</translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation>&amp;Tauschen</translation>
    </message>
    <message>
        <source>The order of &amp;scope entries and flags counts</source>
        <translation>&amp;Reihenfolge von Scope-Einträgen und Flags zählt</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Was sich unterscheidet</translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation>R&amp;echts:</translation>
    </message>
    <message>
        <source>Paste a link on each side to compare them.</source>
        <translation>Fügen Sie auf jeder Seite einen Link ein, um sie zu vergleichen.</translation>
    </message>
    <message>
        <source>✓ The links mean the same.</source>
        <translation>✓ Die Links bedeuten dasselbe.</translation>
    </message>
    <message numerus="yes">
        <source>✗ %n difference(s): the links do not mean the same.</source>
        <translation>
            <numerusform>✗ %n Unterschied: Die Links bedeuten nicht dasselbe.</numerusform>
            <numerusform>✗ %n Unterschiede: Die Links bedeuten nicht dasselbe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored:</source>
        <translation>Ignoriert:</translation>
    </message>
    <message>
        <source>(not in the link)</source>
        <translation>(nicht im Link)</translation>
    </message>
    <message>
        <source>Left link</source>
        <translation>Linker Link</translation>
    </message>
    <message>
        <source>Right link</source>
        <translation>Rechter Link</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>Unterschiede</translation>
    </message>
    <message>
        <source>Each parameter that differs: its value on the left, on the right, and what the difference does</source>
        <translation>Jeder Parameter, der sich unterscheidet: sein Wert links, rechts und was der Unterschied bewirkt</translation>
    </message>
</context>
<context>
    <name>connectlab::DiagnosticsView</name>
    <message>
        <source>Problems with the link</source>
        <translation>Probleme mit dem Link</translation>
    </message>
    <message>
        <source>No problems: this link is ready to use.</source>
        <translation>Keine Probleme: Dieser Link ist einsatzbereit.</translation>
    </message>
    <message>
        <source>%1 (%2). Double-click or press Enter to go to the field.</source>
        <translation>%1 (%2). Doppelklicken oder Eingabe drücken, um zum Feld zu gelangen.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>connectlab::ExchangePanel</name>
    <message>
        <source>Exchange the code</source>
        <translation>Code eintauschen</translation>
    </message>
    <message>
        <source>caught by Run, or paste one</source>
        <translation>von Ausführen abgefangen, oder fügen Sie einen ein</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>the redirect_uri the link used</source>
        <translation>die redirect_uri, die der Link verwendet hat</translation>
    </message>
    <message>
        <source>Sent again with the exchange; it must equal the link&apos;s redirect_uri.</source>
        <translation>Wird beim Austausch erneut gesendet; sie muss der redirect_uri des Links entsprechen.</translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation>Redirect-URI:</translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation>Client-Secret:</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Eintauschen</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Could not list the vehicles.</source>
        <translation>Die Fahrzeuge konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>Exchanging the code at %1…</source>
        <translation>Code wird bei %1 eingetauscht…</translation>
    </message>
    <message>
        <source>Refreshing the tokens…</source>
        <translation>Tokens werden erneuert…</translation>
    </message>
    <message>
        <source>Listing the vehicles at %1…</source>
        <translation>Fahrzeuge werden bei %1 aufgelistet…</translation>
    </message>
    <message>
        <source>This code was already exchanged. Run the flow again for a new one.</source>
        <translation>Dieser Code wurde bereits eingetauscht. Führen Sie den Flow erneut aus, um einen neuen zu erhalten.</translation>
    </message>
    <message>
        <source>This code was already exchanged for the tokens below. A code works only once: exchanging it again would make the server revoke them. Run the flow again for a new code.</source>
        <translation>Dieser Code wurde bereits gegen die Tokens unten eingetauscht. Ein Code funktioniert nur einmal: Ein erneuter Austausch würde den Server veranlassen, sie zu widerrufen. Führen Sie den Flow erneut aus, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>a client id (set it in the composer)</source>
        <translation>eine Client-ID (im Editor setzen)</translation>
    </message>
    <message>
        <source>a code (Run the link, or paste one)</source>
        <translation>einen Code (den Link ausführen oder einen einfügen)</translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation>das Client-Secret</translation>
    </message>
    <message>
        <source>To exchange, enter %1.</source>
        <translation>Zum Eintauschen geben Sie %1 ein.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>To refresh, enter the client secret.</source>
        <translation>Zum Erneuern geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <source>Tokens refreshed; the access token expires in %1.</source>
        <translation>Tokens erneuert; das Access-Token läuft in %1 ab.</translation>
    </message>
    <message>
        <source>Code exchanged for tokens; the access token expires in %1.</source>
        <translation>Code gegen Tokens eingetauscht; das Access-Token läuft in %1 ab.</translation>
    </message>
    <message>
        <source>The refresh failed; the tokens are revoked.</source>
        <translation>Die Erneuerung ist fehlgeschlagen; die Tokens sind widerrufen.</translation>
    </message>
    <message>
        <source>The tokens no longer work, so they were cleared.</source>
        <translation>Die Tokens funktionieren nicht mehr und wurden daher entfernt.</translation>
    </message>
    <message>
        <source>The refresh failed.</source>
        <translation>Die Erneuerung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The exchange failed; the tokens shown are still those of the earlier code.</source>
        <translation>Der Austausch ist fehlgeschlagen; die angezeigten Tokens sind noch die des früheren Codes.</translation>
    </message>
    <message>
        <source>The exchange failed.</source>
        <translation>Der Austausch ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The owner granted no vehicles.</source>
        <translation>Der Besitzer hat keine Fahrzeuge freigegeben.</translation>
    </message>
    <message numerus="yes">
        <source>Vehicles granted: %n.</source>
        <translation>
            <numerusform>Freigegebene Fahrzeuge: %n.</numerusform>
            <numerusform>Freigegebene Fahrzeuge: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>This code was already exchanged: a code works only once, and exchanging it again makes the server revoke its tokens. Run the flow again for a new code.</source>
        <translation>Dieser Code wurde bereits eingetauscht: Ein Code funktioniert nur einmal, und ein erneuter Austausch lässt den Server seine Tokens widerrufen. Führen Sie den Flow erneut aus, um einen neuen Code zu erhalten.</translation>
    </message>
    <message>
        <source>POST /oauth/token: trade the code for an access and a refresh token</source>
        <translation>POST /oauth/token: den Code gegen ein Access- und ein Refresh-Token eintauschen</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentifizierung:</translation>
    </message>
    <message>
        <source>Per-&amp;vehicle tokens</source>
        <translation>Tokens pro &amp;Fahrzeug</translation>
    </message>
    <message>
        <source>The redirect brings a code; exchange it for an access and a refresh token per vehicle (API v2, apps created before June 2025).</source>
        <translation>Die Weiterleitung bringt einen Code; tauschen Sie ihn gegen ein Access- und ein Refresh-Token pro Fahrzeug ein (API v2, Apps, die vor Juni 2025 erstellt wurden).</translation>
    </message>
    <message>
        <source>API Au&amp;thentication</source>
        <translation>API Authe&amp;ntication</translation>
    </message>
    <message>
        <source>The redirect brings the owner&apos;s user_id; one application token for the app, and sc-user-id on every vehicle call (API v3).</source>
        <translation>Die Weiterleitung bringt die user_id des Besitzers; ein Application-Token für die App und sc-user-id bei jedem Fahrzeugaufruf (API v3).</translation>
    </message>
    <message>
        <source>run %1 (%2)</source>
        <translation>Durchlauf %1 (%2)</translation>
    </message>
    <message>
        <source>The latest run, %1, ended without a code or user ID: %2. What is shown below comes from the earlier %3 and is unaffected by it.</source>
        <translation>Der letzte Durchlauf, %1, endete ohne Code oder User-ID: %2. Was unten steht, stammt aus dem früheren %3 und ist davon nicht betroffen.</translation>
    </message>
    <message>
        <source>%1 ended without a code or user ID: %2. Nothing to exchange; run the link again.</source>
        <translation>%1 endete ohne Code oder User-ID: %2. Nichts einzutauschen; führen Sie den Link erneut aus.</translation>
    </message>
    <message>
        <source>No run yet: Run the link, and what the redirect brings back lands here.</source>
        <translation>Noch kein Durchlauf: Führen Sie den Link aus, und was die Weiterleitung zurückbringt, landet hier.</translation>
    </message>
    <message>
        <source>From %1: %2.</source>
        <translation>Aus %1: %2.</translation>
    </message>
    <message>
        <source>a result arrived</source>
        <translation>ein Ergebnis ist eingetroffen</translation>
    </message>
    <message>
        <source>The latest, %1, is still running.</source>
        <translation>Der letzte, %1, läuft noch.</translation>
    </message>
    <message>
        <source>The latest, %1, ended in: %2.</source>
        <translation>Der letzte, %1, endete mit: %2.</translation>
    </message>
    <message>
        <source>The owner&apos;s user ID arrived; List connections shows their vehicles.</source>
        <translation>Die User-ID des Besitzers ist eingetroffen; „Verbindungen auflisten“ zeigt seine Fahrzeuge.</translation>
    </message>
    <message>
        <source>The owner&apos;s user ID arrived. Enter the API Client ID and secret, then Get application token.</source>
        <translation>Die User-ID des Besitzers ist eingetroffen. Geben Sie die API Client ID und das Secret ein, dann „Application-Token holen“.</translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation> (aus %1)</translation>
    </message>
    <message>
        <source>A code arrived%1. Enter the client secret, then Exchange.</source>
        <translation>Ein Code ist eingetroffen%1. Geben Sie das Client-Secret ein, dann „Eintauschen“.</translation>
    </message>
    <message>
        <source>A code arrived%1. Exchange it for tokens (it is valid for 10 minutes).</source>
        <translation>Ein Code ist eingetroffen%1. Tauschen Sie ihn gegen Tokens ein (er ist 10 Minuten gültig).</translation>
    </message>
</context>
<context>
    <name>connectlab::ExtrasSection</name>
    <message>
        <source>Extra parameters</source>
        <translation>Zusätzliche Parameter</translation>
    </message>
    <message>
        <source>Anything else the link carries (SDK parameters, unknown names, a second external_id) is kept here, in order, and written back as it is.</source>
        <translation>Alles andere, was der Link enthält (SDK-Parameter, unbekannte Namen, eine zweite external_id), wird hier der Reihe nach aufbewahrt und unverändert zurückgeschrieben.</translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Edit the extra parameters</source>
        <translation>Zusätzliche Parameter bearbeiten</translation>
    </message>
    <message>
        <source>Other parameters</source>
        <translation>Weitere Parameter</translation>
    </message>
    <message>
        <source>Parameters appended to the link as written: external_id, unknown or duplicate ones</source>
        <translation>Parameter, die wie geschrieben an den Link angehängt werden: external_id, unbekannte oder doppelte</translation>
    </message>
</context>
<context>
    <name>connectlab::FlagsSection</name>
    <message>
        <source>Owner and flags</source>
        <translation>Besitzer und Flags</translation>
    </message>
    <message>
        <source>Automatic (by IP)</source>
        <translation>Automatisch (nach IP)</translation>
    </message>
    <message>
        <source>, not served</source>
        <translation>, nicht abgedeckt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Your id for the vehicle owner (optional)</source>
        <translation>Ihre ID für den Fahrzeugbesitzer (optional)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Your app&apos;s id for the owner, returned to you (optional; null clears it)</source>
        <translation>Die ID Ihrer App für den Besitzer, wird an Sie zurückgegeben (optional; null löscht sie)</translation>
    </message>
    <message>
        <source>External ID</source>
        <translation>Externe ID</translation>
    </message>
    <message>
        <source>Account sync</source>
        <translation>Kontosynchronisierung</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Flag</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Other flags, written as name:value in the flags parameter</source>
        <translation>Weitere Flags, als name:value im Parameter flags geschrieben</translation>
    </message>
    <message>
        <source>Other flags</source>
        <translation>Weitere Flags</translation>
    </message>
    <message>
        <source>Edit the user</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>Edit the external ID</source>
        <translation>Externe ID bearbeiten</translation>
    </message>
    <message>
        <source>Change account sync</source>
        <translation>Kontosynchronisierung ändern</translation>
    </message>
    <message>
        <source>Change the country</source>
        <translation>Land ändern</translation>
    </message>
    <message>
        <source>Edit the flags</source>
        <translation>Flags bearbeiten</translation>
    </message>
    <message>
        <source>Include vehicles added later (beta)</source>
        <translation>Später hinzugefügte Fahrzeuge einschließen (Beta)</translation>
    </message>
    <message>
        <source>Include vehicles added later (the link says &quot;%1&quot;)</source>
        <translation>Später hinzugefügte Fahrzeuge einschließen (der Link sagt „%1“)</translation>
    </message>
</context>
<context>
    <name>connectlab::HistoryPage</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Links you copied, opened or ran. Double-click one to load it into the form. Only links are kept, never codes or tokens.</source>
        <translation>Links, die Sie kopiert, geöffnet oder ausgeführt haben. Doppelklicken Sie auf einen, um ihn ins Formular zu laden. Nur Links werden aufbewahrt, niemals Codes oder Tokens.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Links you copied, opened or ran; activate one to load it into the form</source>
        <translation>Links, die Sie kopiert, geöffnet oder ausgeführt haben; aktivieren Sie einen, um ihn ins Formular zu laden</translation>
    </message>
</context>
<context>
    <name>connectlab::ImportDialog</name>
    <message>
        <source>Import a link</source>
        <translation>Link importieren</translation>
    </message>
    <message>
        <source>Paste a Connect link or its query string. Any SDK&apos;s encoding is fine; nothing is lost. Return imports it.</source>
        <translation>Fügen Sie einen Connect-Link oder seinen Query-String ein. Die Kodierung jedes SDK ist in Ordnung; nichts geht verloren. Eingabe importiert ihn.</translation>
    </message>
    <message>
        <source>The link to import</source>
        <translation>Der zu importierende Link</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
</context>
<context>
    <name>connectlab::InvisibleCharacters</name>
    <message>
        <source>a control character</source>
        <translation>ein Steuerzeichen</translation>
    </message>
    <message>
        <source>an invisible formatting character</source>
        <translation>ein unsichtbares Formatierungszeichen</translation>
    </message>
    <message>
        <source>a fullwidth form</source>
        <translation>eine Vollbreitenform</translation>
    </message>
    <message>
        <source>a Cyrillic letter</source>
        <translation>ein kyrillischer Buchstabe</translation>
    </message>
    <message>
        <source>a Greek letter</source>
        <translation>ein griechischer Buchstabe</translation>
    </message>
    <message>
        <source>a letter</source>
        <translation>ein Buchstabe</translation>
    </message>
    <message>
        <source> (%1 that looks like Latin &quot;%2&quot;)</source>
        <translation> (%1, der wie das lateinische „%2“ aussieht)</translation>
    </message>
</context>
<context>
    <name>connectlab::KeyValueTable</name>
    <message>
        <source>Add a row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation>Ausgewählte Zeilen entfernen</translation>
    </message>
</context>
<context>
    <name>connectlab::LinkDocument</name>
    <message>
        <source>Draw a new state every run</source>
        <translation>Neuen state bei jedem Durchlauf ziehen</translation>
    </message>
    <message>
        <source>Keep the state across runs</source>
        <translation>state über Durchläufe hinweg behalten</translation>
    </message>
    <message>
        <source>Import a link</source>
        <translation>Link importieren</translation>
    </message>
    <message>
        <source>The link points at Smartcar Connect: the target is now Smartcar Connect.</source>
        <translation>Der Link zeigt auf Smartcar Connect: Das Ziel ist jetzt Smartcar Connect.</translation>
    </message>
    <message>
        <source>The link points at a local address: the target is now the local sandbox.</source>
        <translation>Der Link zeigt auf eine lokale Adresse: Das Ziel ist jetzt die lokale Sandbox.</translation>
    </message>
    <message>
        <source>The link pointed at %1; it now points at this run&apos;s sandbox.</source>
        <translation>Der Link zeigte auf %1; jetzt zeigt er auf die Sandbox dieses Durchlaufs.</translation>
    </message>
    <message>
        <source>The link pointed at %1; it now points at the current target.</source>
        <translation>Der Link zeigte auf %1; jetzt zeigt er auf das aktuelle Ziel.</translation>
    </message>
    <message>
        <source>&quot;New state every run&quot; is now off, so Run sends the link&apos;s own state; tick it to draw a fresh state for every run.</source>
        <translation>„Neuer state bei jedem Durchlauf“ ist jetzt aus, daher sendet Ausführen den eigenen state des Links; setzen Sie das Häkchen, um für jeden Durchlauf einen frischen state zu ziehen.</translation>
    </message>
</context>
<context>
    <name>connectlab::LinkPage</name>
    <message>
        <source>&lt;b&gt;Decoded&lt;/b&gt;: what you set, and what applies where you set nothing.</source>
        <translation>&lt;b&gt;Dekodiert&lt;/b&gt;: was Sie gesetzt haben und was gilt, wo Sie nichts gesetzt haben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems&lt;/b&gt; (double-click or Enter to go to the field)</source>
        <translation>&lt;b&gt;Probleme&lt;/b&gt; (Doppelklick oder Eingabe führt zum Feld)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect will refuse this link: </source>
        <translation>Connect wird diesen Link ablehnen: </translation>
    </message>
    <message>
        <source>Valid link</source>
        <translation>Gültiger Link</translation>
    </message>
</context>
<context>
    <name>connectlab::LinkView</name>
    <message>
        <source>Generated Connect link</source>
        <translation>Erzeugter Connect-Link</translation>
    </message>
    <message>
        <source>The link, always current. Hover a parameter to see what it does.</source>
        <translation>Der Link, immer aktuell. Zeigen Sie auf einen Parameter, um zu sehen, was er bewirkt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Endpoint&lt;/b&gt;&lt;br&gt;%1</source>
        <translation>&lt;b&gt;Endpunkt&lt;/b&gt;&lt;br&gt;%1</translation>
    </message>
    <message>
        <source>Not a Connect parameter; kept as it is.</source>
        <translation>Kein Connect-Parameter; bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Wert: %1</translation>
    </message>
    <message>
        <source>&amp;Copy selection</source>
        <translation>Auswahl &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the whole &amp;link</source>
        <translation>Ganzen &amp;Link kopieren</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>&amp;Alles auswählen</translation>
    </message>
</context>
<context>
    <name>connectlab::MainWindow</name>
    <message>
        <source>Connect Lab</source>
        <translation>Connect Lab</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <source>About Connect Lab</source>
        <translation>Über Connect Lab</translation>
    </message>
    <message>
        <source>&lt;b&gt;Connect Lab&lt;/b&gt; %1&lt;br&gt;Compose, check and run Smartcar Connect links.&lt;br&gt;&lt;br&gt;Type in the form or paste a link (Ctrl+V): the link and what is wrong with it update as you type. Run (Ctrl+Return) walks through Connect in an embedded browser, against the local sandbox or Smartcar.</source>
        <translation>&lt;b&gt;Connect Lab&lt;/b&gt; %1&lt;br&gt;Smartcar-Connect-Links erstellen, prüfen und ausführen.&lt;br&gt;&lt;br&gt;Tippen Sie ins Formular oder fügen Sie einen Link ein (Strg+V): Der Link und was an ihm falsch ist, werden beim Tippen aktualisiert. Ausführen (Strg+Eingabe) durchläuft Connect in einem eingebetteten Browser, gegen die lokale Sandbox oder Smartcar.</translation>
    </message>
    <message>
        <source>The link points at Smartcar Connect instead.</source>
        <translation>Der Link zeigt stattdessen auf Smartcar Connect.</translation>
    </message>
    <message>
        <source>San&amp;dbox</source>
        <translation>&amp;Sandbox</translation>
    </message>
    <message>
        <source>Use sandbox app %1</source>
        <translation>Sandbox-App %1 verwenden</translation>
    </message>
    <message>
        <source>The link now uses the sandbox app %1.</source>
        <translation>Der Link verwendet jetzt die Sandbox-App %1.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings the previous client id back.</source>
        <translation>Rückgängig (Strg+Z) holt die vorherige Client-ID zurück.</translation>
    </message>
    <message>
        <source>Start from the sample</source>
        <translation>Mit dem Beispiel beginnen</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The form is unchanged.</source>
        <translation>Das Formular ist unverändert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n parameter(s). Undo (Ctrl+Z) brings the previous link back.</source>
        <translation>
            <numerusform>%n Parameter importiert. Rückgängig (Strg+Z) holt den vorherigen Link zurück.</numerusform>
            <numerusform>%n Parameter importiert. Rückgängig (Strg+Z) holt den vorherigen Link zurück.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was normalized:</source>
        <translation>Was normalisiert wurde:</translation>
    </message>
    <message>
        <source>Could not load the profile.</source>
        <translation>Das Profil konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>Load profile %1</source>
        <translation>Profil %1 laden</translation>
    </message>
    <message>
        <source>Loaded profile “%1”.</source>
        <translation>Profil „%1“ geladen.</translation>
    </message>
    <message>
        <source>Could not save the profile.</source>
        <translation>Das Profil konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Saved profile “%1”.</source>
        <translation>Profil „%1“ gespeichert.</translation>
    </message>
    <message>
        <source>No saved profiles yet</source>
        <translation>Noch keine gespeicherten Profile</translation>
    </message>
    <message>
        <source>Open a profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Connect Lab profiles (*.json)</source>
        <translation>Connect-Lab-Profile (*.json)</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>Name of the profile:</source>
        <translation>Name des Profils:</translation>
    </message>
    <message>
        <source>Export the profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>copied the link</source>
        <translation>Link kopiert</translation>
    </message>
    <message>
        <source>Copied the link.</source>
        <translation>Link kopiert.</translation>
    </message>
    <message>
        <source>copied as Markdown</source>
        <translation>als Markdown kopiert</translation>
    </message>
    <message>
        <source>Copied the link as Markdown.</source>
        <translation>Link als Markdown kopiert.</translation>
    </message>
    <message>
        <source>copied as HTML</source>
        <translation>als HTML kopiert</translation>
    </message>
    <message>
        <source>Copied the link as an HTML anchor.</source>
        <translation>Link als HTML-Anker kopiert.</translation>
    </message>
    <message>
        <source>opened in the system browser</source>
        <translation>im Systembrowser geöffnet</translation>
    </message>
    <message>
        <source>No web browser could be started.</source>
        <translation>Es konnte kein Webbrowser gestartet werden.</translation>
    </message>
    <message>
        <source>Copy the link (Ctrl+Shift+C) and paste it into a browser.</source>
        <translation>Kopieren Sie den Link (Strg+Umschalt+C) und fügen Sie ihn in einen Browser ein.</translation>
    </message>
    <message>
        <source>Run is not available in this build.</source>
        <translation>Ausführen ist in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>Copy the link or open it in your browser instead.</source>
        <translation>Kopieren Sie den Link stattdessen oder öffnen Sie ihn in Ihrem Browser.</translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation>T&amp;okens</translation>
    </message>
    <message>
        <source>tokens received</source>
        <translation>Tokens erhalten</translation>
    </message>
    <message>
        <source>exchange failed</source>
        <translation>Austausch fehlgeschlagen</translation>
    </message>
    <message>
        <source>The sandbox demo app&apos;s documented secret, filled in for you. It is public and never saved.</source>
        <translation>Das dokumentierte Secret der Sandbox-Demo-App, für Sie eingetragen. Es ist öffentlich und wird nie gespeichert.</translation>
    </message>
    <message>
        <source>The secret registered for this app in the Sandbox tab (kept for this session only).</source>
        <translation>Das Secret, das für diese App im Reiter Sandbox registriert ist (nur für diese Sitzung aufbewahrt).</translation>
    </message>
    <message>
        <source>Re-authenticate vehicle</source>
        <translation>Fahrzeug erneut authentifizieren</translation>
    </message>
    <message>
        <source>The link now re-authenticates vehicle %1.</source>
        <translation>Der Link authentifiziert jetzt Fahrzeug %1 erneut.</translation>
    </message>
    <message>
        <source>Run it to renew that vehicle&apos;s access; Undo (Ctrl+Z) brings the previous link back.</source>
        <translation>Führen Sie ihn aus, um den Zugriff auf dieses Fahrzeug zu erneuern; Rückgängig (Strg+Z) holt den vorherigen Link zurück.</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>The local sandbox could not register it.</source>
        <translation>Die lokale Sandbox konnte es nicht registrieren.</translation>
    </message>
    <message>
        <source>Add the app in the Sandbox tab instead.</source>
        <translation>Fügen Sie die App stattdessen im Reiter Sandbox hinzu.</translation>
    </message>
    <message>
        <source>Registered %1 for this app in the local sandbox.</source>
        <translation>%1 für diese App in der lokalen Sandbox registriert.</translation>
    </message>
    <message>
        <source>Registered the app %1 in the local sandbox.</source>
        <translation>App %1 in der lokalen Sandbox registriert.</translation>
    </message>
    <message>
        <source>For this session only; the Sandbox tab lists it, with the app&apos;s secret.</source>
        <translation>Nur für diese Sitzung; der Reiter Sandbox listet sie auf, mit dem Secret der App.</translation>
    </message>
    <message>
        <source>Test &amp;plan</source>
        <translation>Test&amp;plan</translation>
    </message>
    <message>
        <source>copied as a Connect Lab link</source>
        <translation>als Connect-Lab-Link kopiert</translation>
    </message>
    <message>
        <source>Copied a connectlab:// link: it opens this link in Connect Lab.</source>
        <translation>connectlab://-Link kopiert: Er öffnet diesen Link in Connect Lab.</translation>
    </message>
    <message>
        <source>The sandbox demo v3 app&apos;s documented API Client secret, filled in for you. It is public and never saved.</source>
        <translation>Das dokumentierte API-Client-Secret der v3-Demo-App der Sandbox, für Sie eingetragen. Es ist öffentlich und wird nie gespeichert.</translation>
    </message>
    <message>
        <source>The API Client secret registered for this app in the Sandbox tab (this session only).</source>
        <translation>Das API-Client-Secret, das im Tab „Sandbox“ für diese App registriert ist (nur diese Sitzung).</translation>
    </message>
</context>
<context>
    <name>connectlab::ParameterTable</name>
    <message>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Value (decoded)</source>
        <translation>Wert (dekodiert)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Parameters of the link, decoded</source>
        <translation>Parameter des Links, dekodiert</translation>
    </message>
    <message>
        <source>set by you</source>
        <translation>von Ihnen gesetzt</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>kept as is</source>
        <translation>unverändert übernommen</translation>
    </message>
    <message>
        <source>not sent: Connect&apos;s default</source>
        <translation>nicht gesendet: Voreinstellung von Connect</translation>
    </message>
    <message>
        <source>not sent: Dashboard setting</source>
        <translation>nicht gesendet: Dashboard-Einstellung</translation>
    </message>
    <message>
        <source>Not a Connect parameter; kept as it is.</source>
        <translation>Kein Connect-Parameter; bleibt, wie er ist.</translation>
    </message>
</context>
<context>
    <name>connectlab::Profile</name>
    <message>
        <source>not a Connect Lab profile: &quot;format&quot; must be &quot;connectlab-profile&quot;</source>
        <translation>kein Connect-Lab-Profil: &quot;format&quot; muss &quot;connectlab-profile&quot; sein</translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a positive whole number</source>
        <translation>&quot;version&quot; muss eine positive ganze Zahl sein</translation>
    </message>
    <message>
        <source>profile version %1 was written by a newer Connect Lab (this one reads version %2)</source>
        <translation>Profilversion %1 wurde von einem neueren Connect Lab geschrieben (dieses liest Version %2)</translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string</source>
        <translation>&quot;name&quot; muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>&quot;request&quot; must be an object</source>
        <translation>&quot;request&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>&quot;settings&quot; must be an object</source>
        <translation>&quot;settings&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <source>Cannot save the profile to %1: %2</source>
        <translation>Das Profil kann nicht unter %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot read the profile %1: %2</source>
        <translation>Das Profil %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>invalid JSON at line %1 (offset %2): %3</source>
        <translation>ungültiges JSON in Zeile %1 (Offset %2): %3</translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation>die oberste Ebene muss ein JSON-Objekt sein</translation>
    </message>
</context>
<context>
    <name>connectlab::ProfilesDialog</name>
    <message>
        <source>Manage profiles</source>
        <translation>Profile verwalten</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation>&amp;Laden</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>Lö&amp;schen…</translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation>Profil umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile “%1”? This cannot be undone.</source>
        <translation>Das Profil „%1“ löschen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>No saved profiles yet: File → Save profile saves the link under a name.</source>
        <translation>Noch keine gespeicherten Profile: Datei → Profil speichern speichert den Link unter einem Namen.</translation>
    </message>
    <message>
        <source>There is a profile “%1” already: choose another name (nothing was changed).</source>
        <translation>Es gibt bereits ein Profil „%1“: Wählen Sie einen anderen Namen (nichts wurde geändert).</translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation>„%1“ in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>Could not delete “%1”.</source>
        <translation>„%1“ konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
</context>
<context>
    <name>connectlab::QrCodeDialog</name>
    <message>
        <source>QR code of the link</source>
        <translation>QR-Code des Links</translation>
    </message>
    <message>
        <source>No QR code: the link is empty or too long for a QR code (%1 characters).</source>
        <translation>Kein QR-Code: Der Link ist leer oder zu lang für einen QR-Code (%1 Zeichen).</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Save &amp;PNG…</source>
        <translation>Als &amp;PNG speichern…</translation>
    </message>
    <message>
        <source>Save &amp;SVG…</source>
        <translation>Als &amp;SVG speichern…</translation>
    </message>
    <message>
        <source>Image copied.</source>
        <translation>Bild kopiert.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Save the QR code as SVG</source>
        <translation>QR-Code als SVG speichern</translation>
    </message>
    <message>
        <source>Save the QR code as PNG</source>
        <translation>QR-Code als PNG speichern</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>This link points at this computer (%1): a phone cannot open it. Point the link at Smartcar Connect to share it with a phone (%n character(s)).</source>
        <translation>
            <numerusform>Dieser Link zeigt auf diesen Computer (%1): Ein Telefon kann ihn nicht öffnen. Lassen Sie den Link auf Smartcar Connect zeigen, um ihn mit einem Telefon zu teilen (%n Zeichen).</numerusform>
            <numerusform>Dieser Link zeigt auf diesen Computer (%1): Ein Telefon kann ihn nicht öffnen. Lassen Sie den Link auf Smartcar Connect zeigen, um ihn mit einem Telefon zu teilen (%n Zeichen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan it with a phone to open the link there (%n character(s)).</source>
        <translation>
            <numerusform>Scannen Sie ihn mit einem Telefon, um den Link dort zu öffnen (%n Zeichen).</numerusform>
            <numerusform>Scannen Sie ihn mit einem Telefon, um den Link dort zu öffnen (%n Zeichen).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>connectlab::RunCoordinator</name>
    <message>
        <source>run</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <source>code received</source>
        <translation>Code erhalten</translation>
    </message>
    <message>
        <source>no code</source>
        <translation>kein Code</translation>
    </message>
</context>
<context>
    <name>connectlab::SandboxController</name>
    <message>
        <source>The local sandbox could not listen on 127.0.0.1.</source>
        <translation>Die lokale Sandbox konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>The local sandbox</source>
        <translation>Die lokale Sandbox</translation>
    </message>
    <message>
        <source>Registered from the link</source>
        <translation>Aus dem Link registriert</translation>
    </message>
</context>
<context>
    <name>connectlab::SandboxFaultsBox</name>
    <message>
        <source>&lt;b&gt;Faults&lt;/b&gt;: make the sandbox misbehave, to see how your app copes. They apply to every app until cleared.</source>
        <translation>&lt;b&gt;Störungen&lt;/b&gt;: Lassen Sie die Sandbox sich fehlerhaft verhalten, um zu sehen, wie Ihre App damit umgeht. Sie gelten für jede App, bis sie gelöscht werden.</translation>
    </message>
    <message>
        <source>/oauth/token, or * for every request</source>
        <translation>/oauth/token oder * für jede Anfrage</translation>
    </message>
    <message>
        <source>Added latency in milliseconds</source>
        <translation>Zusätzliche Latenz in Millisekunden</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>/v3/vehicles, /oauth2/token, …</source>
        <translation>/v3/vehicles, /oauth2/token usw.</translation>
    </message>
    <message>
        <source>How many requests get the error status (0: all)</source>
        <translation>Wie viele Anfragen den Fehlerstatus erhalten (0: alle)</translation>
    </message>
    <message>
        <source>every time</source>
        <translation>jedes Mal</translation>
    </message>
    <message>
        <source>times: </source>
        <translation>Anzahl: </translation>
    </message>
    <message>
        <source>How many requests get it (then the real answer again); 0: every one</source>
        <translation>Wie viele Anfragen sie erhalten (danach wieder die echte Antwort); 0: jede</translation>
    </message>
    <message>
        <source>fine</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>already expired when exchanged</source>
        <translation>beim Eintauschen schon abgelaufen</translation>
    </message>
    <message>
        <source>already used</source>
        <translation>schon verwendet</translation>
    </message>
    <message>
        <source>never (the last screen waits)</source>
        <translation>nie (der letzte Bildschirm wartet)</translation>
    </message>
    <message>
        <source>malformed (a broken Location)</source>
        <translation>fehlerhaft (eine kaputte Location)</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No faults: the sandbox behaves again</source>
        <translation>Keine Störungen: Die Sandbox verhält sich wieder normal</translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation>Late&amp;nz:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Fehlerstatus:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>Cod&amp;e:</translation>
    </message>
    <message>
        <source>&amp;Redirect:</source>
        <translation>We&amp;iterleitung:</translation>
    </message>
    <message>
        <source>No faults: the sandbox answers as Connect does.</source>
        <translation>Keine Störungen: Die Sandbox antwortet wie Connect.</translation>
    </message>
    <message>
        <source>In force: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation>In Kraft: &lt;code&gt;%1&lt;/code&gt;</translation>
    </message>
</context>
<context>
    <name>connectlab::SandboxPanel</name>
    <message>
        <source>&lt;b&gt;Registered apps&lt;/b&gt;, as on the Dashboard. A link must use one of these client ids and one of its redirect URIs. Changes apply at once; apps and their secrets are kept for this session only.</source>
        <translation>&lt;b&gt;Registrierte Apps&lt;/b&gt;, wie im Dashboard. Ein Link muss eine dieser Client-IDs und eine ihrer Redirect-URIs verwenden. Änderungen gelten sofort; Apps und ihre Secrets werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>Redirect-URIs</translation>
    </message>
    <message>
        <source>Default scope</source>
        <translation>Standard-Scope</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Register another app with the sandbox</source>
        <translation>Eine weitere App bei der Sandbox registrieren</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected app (double-click a row does the same)</source>
        <translation>Die ausgewählte App ändern (Doppelklick auf eine Zeile bewirkt dasselbe)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Unregister the selected app (the demo app stays)</source>
        <translation>Registrierung der ausgewählten App aufheben (die Demo-App bleibt)</translation>
    </message>
    <message>
        <source>Restore demo app</source>
        <translation>Demo-App wiederherstellen</translation>
    </message>
    <message>
        <source>Put the demo app back as Connect Lab ships it</source>
        <translation>Die Demo-App so zurücksetzen, wie Connect Lab sie ausliefert</translation>
    </message>
    <message>
        <source>Use in the link</source>
        <translation>Im Link verwenden</translation>
    </message>
    <message>
        <source>Set the link&apos;s client_id (and redirect_uri to the app&apos;s first) to the selected app</source>
        <translation>client_id des Links (und redirect_uri auf die erste der App) auf die ausgewählte App setzen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Requests&lt;/b&gt; the sandbox answered, newest at the bottom. Codes, secrets and tokens are masked.</source>
        <translation>&lt;b&gt;Anfragen&lt;/b&gt;, die die Sandbox beantwortet hat, die neueste unten. Codes, Secrets und Tokens sind maskiert.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forget the recorded requests</source>
        <translation>Die aufgezeichneten Anfragen verwerfen</translation>
    </message>
    <message>
        <source>The local sandbox answers at &lt;b&gt;%1&lt;/b&gt; (127.0.0.1 only).</source>
        <translation>Die lokale Sandbox antwortet unter &lt;b&gt;%1&lt;/b&gt; (nur 127.0.0.1).</translation>
    </message>
    <message>
        <source>The local sandbox is not running.</source>
        <translation>Die lokale Sandbox läuft nicht.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation> (Demo)</translation>
    </message>
    <message>
        <source>The demo app Connect Lab ships with: it can be edited, not removed.</source>
        <translation>Die Demo-App, mit der Connect Lab ausgeliefert wird: Sie kann bearbeitet, aber nicht entfernt werden.</translation>
    </message>
    <message>
        <source>No redirect URI registered</source>
        <translation>Keine Redirect-URI registriert</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Voreinstellung: %1</translation>
    </message>
    <message>
        <source>The client id must not be empty or contain spaces.</source>
        <translation>Die Client-ID darf nicht leer sein oder Leerzeichen enthalten.</translation>
    </message>
    <message>
        <source>Another app already has the client id %1.</source>
        <translation>Eine andere App hat bereits die Client-ID %1.</translation>
    </message>
    <message>
        <source>The demo app keeps its client id.</source>
        <translation>Die Demo-App behält ihre Client-ID.</translation>
    </message>
    <message>
        <source>Register at least one redirect URI (the first is the default).</source>
        <translation>Registrieren Sie mindestens eine Redirect-URI (die erste ist die Voreinstellung).</translation>
    </message>
    <message>
        <source>“%1” is not an absolute URI.</source>
        <translation>„%1“ ist keine absolute URI.</translation>
    </message>
    <message>
        <source>The plan is custom or standard.</source>
        <translation>Der Tarif ist custom oder standard.</translation>
    </message>
    <message>
        <source>Edit sandbox app</source>
        <translation>Sandbox-App bearbeiten</translation>
    </message>
    <message>
        <source>Register a sandbox app</source>
        <translation>Eine Sandbox-App registrieren</translation>
    </message>
    <message>
        <source>shown on the sandbox&apos;s screens</source>
        <translation>wird auf den Seiten der Sandbox angezeigt</translation>
    </message>
    <message>
        <source>for the token exchange</source>
        <translation>für den Token-Austausch</translation>
    </message>
    <message>
        <source>Kept in memory for this session only; never written to a file.</source>
        <translation>Nur für diese Sitzung im Speicher gehalten; nie in eine Datei geschrieben.</translation>
    </message>
    <message>
        <source>read_vehicle_info read_odometer …</source>
        <translation>read_vehicle_info read_odometer …</translation>
    </message>
    <message>
        <source>Custom (single select allowed)</source>
        <translation>Custom (Single Select erlaubt)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Secrets are kept for this session only.</source>
        <translation>Secrets werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrieren</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>&amp;Redirect URIs:</source>
        <translation>&amp;Redirect-URIs:</translation>
    </message>
    <message>
        <source>One a line; the first is the default.</source>
        <translation>Eine pro Zeile; die erste ist die Voreinstellung.</translation>
    </message>
    <message>
        <source>Default s&amp;cope:</source>
        <translation>Standard-Sc&amp;ope:</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <source>Registered apps</source>
        <translation>Registrierte Apps</translation>
    </message>
    <message>
        <source>The apps the local sandbox accepts links from</source>
        <translation>Die Apps, von denen die lokale Sandbox Links annimmt</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>The requests the sandbox answered, newest last; secrets masked</source>
        <translation>Die Anfragen, die die Sandbox beantwortet hat, neueste zuletzt; Secrets maskiert</translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation>&amp;Webhooks</translation>
    </message>
    <message>
        <source>&amp;Faults</source>
        <translation>Störun&amp;gen</translation>
    </message>
</context>
<context>
    <name>connectlab::SandboxWebhooksBox</name>
    <message>
        <source>http://127.0.0.1:8000/webhooks</source>
        <translation>http://127.0.0.1:8000/webhooks</translation>
    </message>
    <message>
        <source>Where the sandbox delivers this app&apos;s webhooks: 127.0.0.1, localhost or [::1] only. Empty: no webhooks.</source>
        <translation>Wohin die Sandbox die Webhooks dieser App zustellt: nur 127.0.0.1, localhost oder [::1]. Leer: keine Webhooks.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Setzen</translation>
    </message>
    <message>
        <source>Use this URL for the selected app&apos;s webhooks</source>
        <translation>Diese URL für die Webhooks der ausgewählten App verwenden</translation>
    </message>
    <message>
        <source>Send verify</source>
        <translation>VERIFY senden</translation>
    </message>
    <message>
        <source>POST a VERIFY challenge and check the answer: 200, JSON {&quot;challenge&quot;: hex HMAC-SHA256(management token, challenge)}, within 15 s</source>
        <translation>Eine VERIFY-Challenge per POST senden und die Antwort prüfen: 200, JSON {&quot;challenge&quot;: hex HMAC-SHA256(management token, challenge)}, innerhalb von 15 s</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>U&amp;RL:</translation>
    </message>
    <message>
        <source>Vehicle for the vehicle error</source>
        <translation>Fahrzeug für den Fahrzeugfehler</translation>
    </message>
    <message>
        <source>A vehicle this app connected in this run</source>
        <translation>Ein Fahrzeug, das diese App in diesem Durchlauf verbunden hat</translation>
    </message>
    <message>
        <source>Send vehicle error</source>
        <translation>Fahrzeugfehler senden</translation>
    </message>
    <message>
        <source>POST a VEHICLE_ERROR whose resolution asks the owner to re-authenticate, with the sandbox&apos;s re-authentication link</source>
        <translation>Einen VEHICLE_ERROR per POST senden, dessen Lösung den Besitzer bittet, sich erneut zu authentifizieren, mit dem Link der Sandbox zur erneuten Authentifizierung</translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation>Fahrzeug:</translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation>Webhook-Zustellungen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Forget the deliveries listed</source>
        <translation>Die aufgelisteten Zustellungen vergessen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Deliveries&lt;/b&gt;, newest at the bottom; each is signed in SC-Signature with the app&apos;s Application Management Token.</source>
        <translation>&lt;b&gt;Zustellungen&lt;/b&gt;, neueste unten; jede ist in SC-Signature mit dem Application Management Token der App signiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Webhooks&lt;/b&gt;: select an app above.</source>
        <translation>&lt;b&gt;Webhooks&lt;/b&gt;: Wählen Sie oben eine App aus.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Webhooks of %1&lt;/b&gt;. This app has no Application Management Token, the key that signs webhooks: deliveries to it are refused until it has one.</source>
        <translation>&lt;b&gt;Webhooks von %1&lt;/b&gt;. Diese App hat kein Application Management Token, den Schlüssel, der Webhooks signiert: Zustellungen an sie werden abgelehnt, bis sie eines hat.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Webhooks of %1&lt;/b&gt;: a VEHICLE_STATE after each connection, a verify or a vehicle error when you ask.</source>
        <translation>&lt;b&gt;Webhooks von %1&lt;/b&gt;: ein VEHICLE_STATE nach jeder Verbindung, ein VERIFY oder ein Fahrzeugfehler, wenn Sie es verlangen.</translation>
    </message>
    <message>
        <source>connect a vehicle first</source>
        <translation>verbinden Sie zuerst ein Fahrzeug</translation>
    </message>
    <message>
        <source>%1 to %2 for %3 (%4 ms)
SC-Signature: %5
%6</source>
        <translation>%1 an %2 für %3 (%4 ms)
SC-Signature: %5
%6</translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation>(nicht gesendet)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
</context>
<context>
    <name>connectlab::ScopePicker</name>
    <message>
        <source>Ticked only</source>
        <translation>Nur angehakte</translation>
    </message>
    <message>
        <source>Show only the permissions the link asks for</source>
        <translation>Nur die Berechtigungen zeigen, die der Link anfordert</translation>
    </message>
    <message>
        <source>Search permissions (name or description)…</source>
        <translation>Berechtigungen suchen (Name oder Beschreibung)…</translation>
    </message>
    <message>
        <source>Search permissions</source>
        <translation>Berechtigungen suchen</translation>
    </message>
    <message>
        <source>Permission</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation>Was sie erlaubt</translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Other (not in the catalog)</source>
        <translation>Andere (nicht im Katalog)</translation>
    </message>
    <message>
        <source>Another permission name, e.g. read_new_thing</source>
        <translation>Ein weiterer Berechtigungsname, z. B. read_new_thing</translation>
    </message>
    <message>
        <source>Permission not in the catalog</source>
        <translation>Berechtigung nicht im Katalog</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add this permission to the scope</source>
        <translation>Diese Berechtigung zum Scope hinzufügen</translation>
    </message>
    <message>
        <source>Required: the user cannot untick it on the permissions screen</source>
        <translation>Erforderlich: Der Benutzer kann sie auf dem Berechtigungsbildschirm nicht abwählen</translation>
    </message>
    <message>
        <source>Not in Connect Lab&apos;s catalog</source>
        <translation>Nicht im Katalog von Connect Lab</translation>
    </message>
    <message>
        <source>No permissions: Connect uses your Dashboard&apos;s Vehicle Access settings.</source>
        <translation>Keine Berechtigungen: Connect verwendet die Vehicle-Access-Einstellungen Ihres Dashboards.</translation>
    </message>
    <message numerus="yes">
        <source>Asking for %n permission(s)</source>
        <translation>
            <numerusform>%n Berechtigung angefordert</numerusform>
            <numerusform>%n Berechtigungen angefordert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n required</source>
        <translation>
            <numerusform>, %n erforderlich</numerusform>
            <numerusform>, %n erforderlich</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>connectlab::SecretInput</name>
    <message>
        <source>the app&apos;s client secret</source>
        <translation>das Client-Secret der App</translation>
    </message>
    <message>
        <source>Kept in memory only, unless you tick Remember in keychain.</source>
        <translation>Nur im Speicher gehalten, außer Sie setzen das Häkchen bei „Im Schlüsselbund merken“.</translation>
    </message>
    <message>
        <source>Remember in keychain</source>
        <translation>Im Schlüsselbund merken</translation>
    </message>
    <message>
        <source>Keychain off: the secret is kept for this session only.</source>
        <translation>Schlüsselbund aus: Das Secret wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>Nothing stored in the keychain for this app.</source>
        <translation>Für diese App ist nichts im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>This secret is public: there is nothing to keep in the keychain.</source>
        <translation>Dieses Secret ist öffentlich: Im Schlüsselbund gibt es nichts aufzubewahren.</translation>
    </message>
    <message>
        <source>The secret will be saved in the keychain after an exchange that works.</source>
        <translation>Das Secret wird nach einem erfolgreichen Austausch im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation>Der Schlüsselbund meldete: %1</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
</context>
<context>
    <name>connectlab::SecretStore</name>
    <message>
        <source>Secret loaded from the keychain.</source>
        <translation>Secret aus dem Schlüsselbund geladen.</translation>
    </message>
    <message>
        <source>Secret saved in the keychain.</source>
        <translation>Secret im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Secret removed from the keychain.</source>
        <translation>Secret aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this client id.</source>
        <translation>Für diese Client-ID ist kein Secret im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>No desktop keychain is running, so the secret is kept for this session only.</source>
        <translation>Es läuft kein Desktop-Schlüsselbund, daher wird das Secret nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The keychain would not give the secret. Type it here; it is kept for this session only.</source>
        <translation>Der Schlüsselbund hat das Secret nicht herausgegeben. Tippen Sie es hier ein; es wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The keychain would not save the secret, so it is kept for this session only.</source>
        <translation>Der Schlüsselbund hat das Secret nicht gespeichert, daher wird es nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>The keychain would not remove the secret.</source>
        <translation>Der Schlüsselbund hat das Secret nicht entfernt.</translation>
    </message>
</context>
<context>
    <name>connectlab::SessionKeeper</name>
    <message>
        <source>Restore the last session</source>
        <translation>Letzte Sitzung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>connectlab::TokenDisplay</name>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Aufdecken</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation>Access-Token:</translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation>Refresh-Token:</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Erneuern</translation>
    </message>
    <message>
        <source>grant_type=refresh_token: new tokens without running Connect again</source>
        <translation>grant_type=refresh_token: neue Tokens, ohne Connect erneut zu durchlaufen</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Verbergen</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Revoked: these tokens no longer work. Run the flow again for new ones.</source>
        <translation>Widerrufen: Diese Tokens funktionieren nicht mehr. Führen Sie den Flow erneut aus, um neue zu erhalten.</translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation>Läuft in %1 ab</translation>
    </message>
    <message>
        <source>Expired at %1: refresh the tokens</source>
        <translation>Abgelaufen um %1: Erneuern Sie die Tokens</translation>
    </message>
</context>
<context>
    <name>connectlab::TokenSet</name>
    <message>
        <source>the reply is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the reply has no access_token</source>
        <translation>die Antwort hat kein access_token</translation>
    </message>
</context>
<context>
    <name>connectlab::V3Client</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>no &quot;data&quot; list in the answer</source>
        <translation>keine Liste &quot;data&quot; in der Antwort</translation>
    </message>
    <message>
        <source>no connection in the answer&apos;s &quot;data&quot;</source>
        <translation>keine Verbindung in &quot;data&quot; der Antwort</translation>
    </message>
    <message>
        <source>no vehicle in the answer&apos;s &quot;data&quot;</source>
        <translation>kein Fahrzeug in &quot;data&quot; der Antwort</translation>
    </message>
    <message>
        <source>no signal in the answer&apos;s &quot;data&quot;</source>
        <translation>kein Signal in &quot;data&quot; der Antwort</translation>
    </message>
    <message>
        <source>no &quot;connections&quot; list in the answer</source>
        <translation>keine Liste &quot;connections&quot; in der Antwort</translation>
    </message>
</context>
<context>
    <name>connectlab::VehicleClient</name>
    <message>
        <source>no &quot;vehicles&quot; list in the answer</source>
        <translation>keine „vehicles“-Liste in der Antwort</translation>
    </message>
    <message>
        <source>the vehicle&apos;s answer is not a JSON object</source>
        <translation>die Antwort des Fahrzeugs ist kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>connectlab::VehicleList</name>
    <message>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Baujahr</translation>
    </message>
    <message>
        <source>List vehicles</source>
        <translation>Fahrzeuge auflisten</translation>
    </message>
    <message>
        <source>Re-authenticate this vehicle</source>
        <translation>Dieses Fahrzeug erneut authentifizieren</translation>
    </message>
    <message>
        <source>Build the /oauth/reauthenticate link for the selected vehicle in the composer</source>
        <translation>Den /oauth/reauthenticate-Link für das ausgewählte Fahrzeug im Editor erzeugen</translation>
    </message>
    <message>
        <source>The vehicles the owner granted: id, make, model and year</source>
        <translation>Die Fahrzeuge, die der Besitzer freigegeben hat: ID, Marke, Modell und Baujahr</translation>
    </message>
</context>
<context>
    <name>connectlab::VehicleSection</name>
    <message>
        <source>Vehicle selection</source>
        <translation>Fahrzeugauswahl</translation>
    </message>
    <message>
        <source>Any brand: the user picks one in Connect</source>
        <translation>Jede Marke: Der Benutzer wählt eine in Connect</translation>
    </message>
    <message>
        <source>Make</source>
        <translation>Marke</translation>
    </message>
    <message>
        <source>One vehicle only (Custom plan)</source>
        <translation>Nur ein Fahrzeug (Custom-Tarif)</translation>
    </message>
    <message>
        <source>Single select</source>
        <translation>Single Select</translation>
    </message>
    <message>
        <source>17 characters: connect only this vehicle</source>
        <translation>17 Zeichen: nur dieses Fahrzeug verbinden</translation>
    </message>
    <message>
        <source>VIN</source>
        <translation>VIN</translation>
    </message>
    <message>
        <source>Change single select</source>
        <translation>Single Select ändern</translation>
    </message>
    <message>
        <source>Edit the VIN</source>
        <translation>VIN bearbeiten</translation>
    </message>
    <message>
        <source>Edit the make</source>
        <translation>Marke bearbeiten</translation>
    </message>
    <message>
        <source>One vehicle only (the link says &quot;%1&quot;)</source>
        <translation>Nur ein Fahrzeug (der Link sagt „%1“)</translation>
    </message>
</context>
<context>
    <name>connectlab::WindowActions</name>
    <message>
        <source>&amp;New from sample</source>
        <translation>&amp;Neu aus Beispiel</translation>
    </message>
    <message>
        <source>Start again from the ready-to-run sample link</source>
        <translation>Neu beginnen mit dem ausführbereiten Beispiel-Link</translation>
    </message>
    <message>
        <source>&amp;Import link…</source>
        <translation>Link &amp;importieren…</translation>
    </message>
    <message>
        <source>Paste a Connect link or query string to read into the form</source>
        <translation>Einen Connect-Link oder Query-String einfügen, um ihn ins Formular zu lesen</translation>
    </message>
    <message>
        <source>&amp;Open profile file…</source>
        <translation>Profildatei ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Load a saved profile from a file</source>
        <translation>Ein gespeichertes Profil aus einer Datei laden</translation>
    </message>
    <message>
        <source>&amp;Save profile…</source>
        <translation>Profil &amp;speichern…</translation>
    </message>
    <message>
        <source>Save this link under a name</source>
        <translation>Diesen Link unter einem Namen speichern</translation>
    </message>
    <message>
        <source>&amp;Export profile file…</source>
        <translation>Profildatei &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write this link as a profile file</source>
        <translation>Diesen Link als Profildatei schreiben</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close Connect Lab</source>
        <translation>Connect Lab schließen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Paste link</source>
        <translation>Link &amp;einfügen</translation>
    </message>
    <message>
        <source>Read the link on the clipboard into the form (Ctrl+V outside a text field)</source>
        <translation>Den Link aus der Zwischenablage ins Formular lesen (Strg+V außerhalb eines Textfelds)</translation>
    </message>
    <message>
        <source>&amp;Generate state</source>
        <translation>&amp;State erzeugen</translation>
    </message>
    <message>
        <source>Draw a new random state</source>
        <translation>Einen neuen zufälligen state ziehen</translation>
    </message>
    <message>
        <source>Clear &amp;history</source>
        <translation>&amp;Verlauf leeren</translation>
    </message>
    <message>
        <source>Forget the copied and launched links</source>
        <translation>Die kopierten und geöffneten Links vergessen</translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation>Link &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation>Den Link kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>Als &amp;Markdown kopieren</translation>
    </message>
    <message>
        <source>Copy the link as a Markdown link</source>
        <translation>Den Link als Markdown-Link kopieren</translation>
    </message>
    <message>
        <source>Copy as &amp;HTML</source>
        <translation>Als &amp;HTML kopieren</translation>
    </message>
    <message>
        <source>Copy the link as an HTML anchor</source>
        <translation>Den Link als HTML-Anker kopieren</translation>
    </message>
    <message>
        <source>&amp;QR code…</source>
        <translation>&amp;QR-Code…</translation>
    </message>
    <message>
        <source>Show the link as a QR code, to copy or save</source>
        <translation>Den Link als QR-Code zeigen, zum Kopieren oder Speichern</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Open the link in your web browser</source>
        <translation>Den Link in Ihrem Webbrowser öffnen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the link in the embedded browser and catch the redirect</source>
        <translation>Den Link im eingebetteten Browser ausführen und die Weiterleitung abfangen</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation>Den Durchlauf stoppen</translation>
    </message>
    <message>
        <source>&amp;Local sandbox</source>
        <translation>&amp;Lokale Sandbox</translation>
    </message>
    <message>
        <source>Point the link at the local sandbox</source>
        <translation>Den Link auf die lokale Sandbox zeigen lassen</translation>
    </message>
    <message>
        <source>Smartcar &amp;Connect</source>
        <translation>Smartcar &amp;Connect</translation>
    </message>
    <message>
        <source>Point the link at connect.smartcar.com</source>
        <translation>Den Link auf connect.smartcar.com zeigen lassen</translation>
    </message>
    <message>
        <source>&amp;About Connect Lab</source>
        <translation>Ü&amp;ber Connect Lab</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Über</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Load profile</source>
        <translation>Profil &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation>&amp;Teilen</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation>Profile &amp;verwalten…</translation>
    </message>
    <message>
        <source>Load, rename or delete saved profiles</source>
        <translation>Gespeicherte Profile laden, umbenennen oder löschen</translation>
    </message>
    <message>
        <source>Compare &amp;links…</source>
        <translation>&amp;Links vergleichen…</translation>
    </message>
    <message>
        <source>Set the link against another one, parameter by parameter</source>
        <translation>Den Link Parameter für Parameter einem anderen gegenüberstellen</translation>
    </message>
    <message>
        <source>Copy as Co&amp;nnect Lab link</source>
        <translation>Als Co&amp;nnect-Lab-Link kopieren</translation>
    </message>
    <message>
        <source>Copy a connectlab:// link that opens this link in Connect Lab on another desktop</source>
        <translation>Einen connectlab://-Link kopieren, der diesen Link in Connect Lab auf einem anderen Desktop öffnet</translation>
    </message>
</context>
<context>
    <name>connectlab::flow::LoopbackListener</name>
    <message>
        <source>%1 is not a loopback redirect URI (http://localhost:PORT/…).</source>
        <translation>%1 ist keine Loopback-Redirect-URI (http://localhost:PORT/…).</translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2 (is your own server running there?)</source>
        <translation>Auf 127.0.0.1:%1 kann nicht gelauscht werden: %2 (läuft dort Ihr eigener Server?)</translation>
    </message>
</context>
<context>
    <name>connectlab::plantab::PlanTab</name>
    <message>
        <source>Run &amp;all</source>
        <translation>All&amp;e ausführen</translation>
    </message>
    <message>
        <source>Run &amp;selected</source>
        <translation>Aus&amp;gewählte ausführen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation>Spe&amp;ichern…</translation>
    </message>
    <message>
        <source>Add current &amp;link as a case</source>
        <translation>Aktuellen Link als Fall hin&amp;zufügen</translation>
    </message>
    <message>
        <source>Remove case</source>
        <translation>Fall entfernen</translation>
    </message>
    <message>
        <source>Save &amp;JUnit…</source>
        <translation>&amp;JUnit speichern…</translation>
    </message>
    <message>
        <source>Save &amp;HTML…</source>
        <translation>HT&amp;ML speichern…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Überschreibungen</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>Klick</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Overrides: Connect parameters as name=value; name=value (an empty value removes the parameter). Expected: code, user_id, error [code], connect_error_page [kind] or timeout.</source>
        <translation>Überschreibungen: Connect-Parameter als name=wert; name=wert (ein leerer Wert entfernt den Parameter). Erwartet: code, user_id, error [Code], connect_error_page [Art] oder timeout.</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n case(s).</source>
        <translation>
            <numerusform>%1 geöffnet: %n Fall.</numerusform>
            <numerusform>%1 geöffnet: %n Fälle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>Ausführen nicht möglich: %1</translation>
    </message>
    <message numerus="yes">
        <source>Running %n case(s)…</source>
        <translation>
            <numerusform>%n Fall wird ausgeführt…</numerusform>
            <numerusform>%n Fälle werden ausgeführt…</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2 failed</source>
        <translation>%1 von %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1 bestanden</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>Open test plan</source>
        <translation>Testplan öffnen</translation>
    </message>
    <message>
        <source>Test plans (*.json);;All files (*)</source>
        <translation>Testpläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save test plan</source>
        <translation>Testplan speichern</translation>
    </message>
    <message>
        <source>Test plans (*.json)</source>
        <translation>Testpläne (*.json)</translation>
    </message>
    <message>
        <source>Save JUnit report</source>
        <translation>JUnit-Bericht speichern</translation>
    </message>
    <message>
        <source>Save HTML report</source>
        <translation>HTML-Bericht speichern</translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation>JUnit-XML (*.xml)</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>Open the e&amp;xample plan</source>
        <translation>&amp;Beispielplan öffnen</translation>
    </message>
    <message>
        <source>No test plan open. Open one, add the current link as a case, or start from the example plan: Connect&apos;s outcomes, run against the offline sandbox.</source>
        <translation>Kein Testplan geöffnet. Öffnen Sie einen, fügen Sie den aktuellen Link als Fall hinzu oder beginnen Sie mit dem Beispielplan: die Ergebnisse von Connect, gegen die Offline-Sandbox ausgeführt.</translation>
    </message>
    <message>
        <source>No test plan open. Open one, or add the current link as a case.</source>
        <translation>Kein Testplan geöffnet. Öffnen Sie einen oder fügen Sie den aktuellen Link als Fall hinzu.</translation>
    </message>
    <message>
        <source>Added the current link as a case: it expects a code. Run it, or add more.</source>
        <translation>Der aktuelle Link wurde als Fall hinzugefügt: Er erwartet einen Code. Führen Sie ihn aus oder fügen Sie weitere hinzu.</translation>
    </message>
</context>
<context>
    <name>connectlab::sandbox::SandboxServer</name>
    <message>
        <source>No app with the id %1 is registered with the sandbox.</source>
        <translation>Bei der Sandbox ist keine App mit der ID %1 registriert.</translation>
    </message>
    <message>
        <source>no app with the id %1 is registered</source>
        <translation>keine App mit der ID %1 registriert</translation>
    </message>
    <message>
        <source>the sandbox has not seen the vehicle “%1”: connect it in a flow first</source>
        <translation>die Sandbox kennt das Fahrzeug „%1“ nicht: Verbinden Sie es zuerst in einem Flow</translation>
    </message>
</context>
<context>
    <name>connectlab::sandbox::ScreenRenderer</name>
    <message>
        <source>error page: %1</source>
        <translation>Fehlerseite: %1</translation>
    </message>
</context>
<context>
    <name>connectlab::sandbox::WebhookDispatcher</name>
    <message>
        <source>The webhook URL is empty: give a URL on this machine, e.g. http://127.0.0.1:8000/webhooks.</source>
        <translation>Die Webhook-URL ist leer: Geben Sie eine URL auf diesem Rechner an, z. B. http://127.0.0.1:8000/webhooks.</translation>
    </message>
    <message>
        <source>“%1” is not a URL: give one such as http://127.0.0.1:8000/webhooks.</source>
        <translation>„%1“ ist keine URL: Geben Sie eine wie http://127.0.0.1:8000/webhooks an.</translation>
    </message>
    <message>
        <source>The webhook URL must start with http:// or https://, not “%1:”.</source>
        <translation>Die Webhook-URL muss mit http:// oder https:// beginnen, nicht mit „%1:“.</translation>
    </message>
    <message>
        <source>The sandbox delivers webhooks only to this machine: “%1” is not 127.0.0.1, localhost or [::1]. Run your receiver locally (a tunnel forwards real Smartcar&apos;s deliveries).</source>
        <translation>Die Sandbox stellt Webhooks nur an diesen Rechner zu: „%1“ ist nicht 127.0.0.1, localhost oder [::1]. Führen Sie Ihren Empfänger lokal aus (ein Tunnel leitet die Zustellungen des echten Smartcar weiter).</translation>
    </message>
    <message>
        <source>%1 has no webhook URL: set one first.</source>
        <translation>%1 hat keine Webhook-URL: Setzen Sie zuerst eine.</translation>
    </message>
    <message>
        <source>%1 has no Application Management Token, the key that signs its webhooks: set management_token for it.</source>
        <translation>%1 hat kein Application Management Token, den Schlüssel, der seine Webhooks signiert: Setzen Sie management_token dafür.</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>timeout: no answer within %1 s (Smartcar gives up after 15 s)</source>
        <translation>Timeout: keine Antwort innerhalb von %1 s (Smartcar gibt nach 15 s auf)</translation>
    </message>
    <message>
        <source>could not deliver: %1</source>
        <translation>konnte nicht zugestellt werden: %1</translation>
    </message>
    <message>
        <source>HTTP %1: a verify must be answered 200 with {&quot;challenge&quot;: …}</source>
        <translation>HTTP %1: Ein VERIFY muss mit 200 und {&quot;challenge&quot;: …} beantwortet werden</translation>
    </message>
    <message>
        <source>HTTP 401: the receiver rejected it (does it check SC-Signature over the raw body, keyed with the management token?)</source>
        <translation>HTTP 401: Der Empfänger hat sie abgelehnt (prüft er SC-Signature über den Raw-Body, mit dem Management-Token als Schlüssel?)</translation>
    </message>
    <message>
        <source>HTTP %1: the receiver did not accept it (Smartcar expects 2xx)</source>
        <translation>HTTP %1: Der Empfänger hat sie nicht angenommen (Smartcar erwartet 2xx)</translation>
    </message>
    <message>
        <source>delivered: HTTP %1</source>
        <translation>zugestellt: HTTP %1</translation>
    </message>
    <message>
        <source>not JSON: the answer must be {&quot;challenge&quot;: &quot;&lt;hex HMAC-SHA256&gt;&quot;}</source>
        <translation>kein JSON: Die Antwort muss {&quot;challenge&quot;: &quot;&lt;hex HMAC-SHA256&gt;&quot;} sein</translation>
    </message>
    <message>
        <source>no &quot;challenge&quot; string in the JSON answer</source>
        <translation>kein String &quot;challenge&quot; in der JSON-Antwort</translation>
    </message>
    <message>
        <source>verified: the answer is HMAC-SHA256(management token, challenge)</source>
        <translation>verifiziert: Die Antwort ist HMAC-SHA256(management token, challenge)</translation>
    </message>
    <message>
        <source>wrong HMAC: answered %1, expected %2 (hex HMAC-SHA256 of the challenge, keyed with the Application Management Token)</source>
        <translation>falsches HMAC: Antwort %1, erwartet %2 (hexadezimales HMAC-SHA256 der Challenge, mit dem Application Management Token als Schlüssel)</translation>
    </message>
</context>
<context>
    <name>connectlab::web</name>
    <message>
        <source>connectlab: the built-in sandbox could not listen on 127.0.0.1
</source>
        <translation>connectlab: Die eingebaute Sandbox konnte nicht auf 127.0.0.1 lauschen
</translation>
    </message>
    <message>
        <source>Usage: connectlab --run-plan PLAN [--jobs N] [--junit FILE] [--html FILE] [--json] [--tag T]... [--bail]
                  [--retries N] [--timeout SECONDS]
Runs every case of a test plan (JSON, see the README) headless, each in a fresh browser profile and,
against the built-in sandbox, a sandbox of its own.
  --jobs N           run N cases at once (default: 1)
  --junit FILE       write a JUnit XML report (Jenkins, GitLab)
  --html FILE        write a self-contained HTML report
  --json             print the results as one JSON object instead of lines
  --tag T            run only the cases tagged T (repeatable: any of them)
  --bail             start no case after the first failure
  --retries N        run a failed case again up to N times
  --timeout SECONDS  per case, unless the plan sets &quot;timeout&quot; (default: 30)
Exit status: 0 every case passed, 1 a case failed, 2 usage error or a plan that does not parse.
</source>
        <translation>Aufruf: connectlab --run-plan PLAN [--jobs N] [--junit DATEI] [--html DATEI] [--json] [--tag T]... [--bail]
                  [--retries N] [--timeout SEKUNDEN]
Führt jeden Fall eines Testplans (JSON, siehe README) ohne Fenster aus, jeden in einem frischen Browserprofil und,
gegen die eingebaute Sandbox, mit einer eigenen Sandbox.
  --jobs N            N Fälle gleichzeitig ausführen (Voreinstellung: 1)
  --junit DATEI       einen JUnit-XML-Bericht schreiben (Jenkins, GitLab)
  --html DATEI        einen eigenständigen HTML-Bericht schreiben
  --json              die Ergebnisse als ein JSON-Objekt statt als Zeilen ausgeben
  --tag T             nur die mit T getaggten Fälle ausführen (wiederholbar: einer davon genügt)
  --bail              nach dem ersten Fehlschlag keinen Fall mehr starten
  --retries N         einen fehlgeschlagenen Fall bis zu N-mal erneut ausführen
  --timeout SEKUNDEN  pro Fall, sofern der Plan kein &quot;timeout&quot; setzt (Voreinstellung: 30)
Exit-Status: 0 jeder Fall bestanden, 1 ein Fall fehlgeschlagen, 2 Aufruffehler oder ein Plan, der sich nicht parsen lässt.
</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 nimmt eine Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;.</source>
        <translation>Unbekanntes Argument „%1“.</translation>
    </message>
    <message>
        <source>--run-plan needs a plan file.</source>
        <translation>--run-plan braucht eine Plandatei.</translation>
    </message>
    <message>
        <source>connectlab: no case of %1 has the tag %2.
</source>
        <translation>connectlab: Kein Fall von %1 hat das Tag %2.
</translation>
    </message>
</context>
<context>
    <name>connectlab::web::FlowBrowser</name>
    <message>
        <source>Connect Lab popup</source>
        <translation>Connect-Lab-Popup</translation>
    </message>
</context>
<context>
    <name>connectlab::web::FlowPanel</name>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Run the link again in a fresh browser session</source>
        <translation>Den Link erneut in einer frischen Browsersitzung ausführen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Keep session between runs</source>
        <translation>Sitzung zwischen Durchläufen behalten</translation>
    </message>
    <message>
        <source>Off: every run starts in a fresh private browser (no cookies). On: runs share cookies, e.g. to see approval_prompt=auto skip the permission screen.</source>
        <translation>Aus: Jeder Durchlauf beginnt in einem frischen privaten Browser (ohne Cookies). An: Durchläufe teilen Cookies, z. B. um zu sehen, wie approval_prompt=auto den Berechtigungsbildschirm überspringt.</translation>
    </message>
    <message>
        <source>The browser&apos;s current address</source>
        <translation>Die aktuelle Adresse des Browsers</translation>
    </message>
    <message>
        <source>Current address</source>
        <translation>Aktuelle Adresse</translation>
    </message>
    <message>
        <source>Navigations (%1)</source>
        <translation>Navigationen (%1)</translation>
    </message>
    <message>
        <source>Navigations</source>
        <translation>Navigationen</translation>
    </message>
    <message>
        <source>Reveal code</source>
        <translation>Code aufdecken</translation>
    </message>
    <message>
        <source>The authorization code is masked until you reveal it, in the result and in the navigations</source>
        <translation>Der Autorisierungscode ist maskiert, bis Sie ihn aufdecken, im Ergebnis und in den Navigationen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Certificate error at %1: %2. Connect Lab rejected the certificate; it never accepts a bad one.</source>
        <translation>Zertifikatsfehler bei %1: %2. Connect Lab hat das Zertifikat abgelehnt; es akzeptiert nie ein fehlerhaftes.</translation>
    </message>
    <message>
        <source>The redirect URI uses the custom scheme &quot;%1&quot;, which was not registered when Connect Lab started, so the embedded browser cannot catch a redirect to it. Restart Connect Lab (at start it registers the schemes of the saved session and of a link given on the command line), then run again.</source>
        <translation>Die Redirect-URI verwendet das eigene Schema „%1“, das beim Start von Connect Lab nicht registriert war, daher kann der eingebettete Browser keine Weiterleitung dorthin abfangen. Starten Sie Connect Lab neu (beim Start registriert es die Schemata der gespeicherten Sitzung und eines auf der Befehlszeile übergebenen Links), und führen Sie es dann erneut aus.</translation>
    </message>
    <message>
        <source>Running… waiting for a page that carries code or error.</source>
        <translation>Läuft… wartet auf eine Seite mit code oder error.</translation>
    </message>
    <message>
        <source>Running… waiting for %1</source>
        <translation>Läuft… wartet auf %1</translation>
    </message>
    <message>
        <source>Stopped before the redirect: nothing came back.</source>
        <translation>Vor der Weiterleitung gestoppt: Nichts ist zurückgekommen.</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>Cannot run in the system browser</source>
        <translation>Ausführen im Systembrowser nicht möglich</translation>
    </message>
    <message>
        <source>Opened the link in your browser. Waiting for it to come back to %1 (listening on 127.0.0.1:%2 only, once).</source>
        <translation>Der Link wurde in Ihrem Browser geöffnet. Warte, bis er zu %1 zurückkehrt (lausche einmalig nur auf 127.0.0.1:%2).</translation>
    </message>
    <message>
        <source>Connect refused the link: %1</source>
        <translation>Connect hat den Link abgelehnt: %1</translation>
    </message>
    <message>
        <source>Connect error page: %1</source>
        <translation>Connect-Fehlerseite: %1</translation>
    </message>
    <message>
        <source>The page did not load</source>
        <translation>Die Seite wurde nicht geladen</translation>
    </message>
    <message>
        <source>load failed: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Show the last Connect page behind the result</source>
        <translation>Die letzte Connect-Seite hinter dem Ergebnis zeigen</translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation>Zurück zur vorherigen Seite</translation>
    </message>
    <message>
        <source>The redirect was caught: use Run again</source>
        <translation>Die Weiterleitung wurde abgefangen: Verwenden Sie Erneut ausführen</translation>
    </message>
    <message>
        <source>Reload the current page</source>
        <translation>Die aktuelle Seite neu laden</translation>
    </message>
    <message>
        <source>Open the link in your desktop browser and catch the callback on 127.0.0.1:%1</source>
        <translation>Den Link in Ihrem Desktop-Browser öffnen und den Callback auf 127.0.0.1:%1 abfangen</translation>
    </message>
    <message>
        <source>Needs a loopback redirect URI, http://localhost:PORT/…</source>
        <translation>Braucht eine Loopback-Redirect-URI, http://localhost:PORT/…</translation>
    </message>
</context>
<context>
    <name>connectlab::web::FlowResultView</name>
    <message>
        <source>Use the system browser for brands that refuse embedded browsers: Ford and Lincoln (they require Smartcar&apos;s mobile SDKs) and, today, BMW and MINI (their login fails behind a captcha). It needs a loopback redirect URI (http://localhost:PORT/…): Connect Lab then listens once on 127.0.0.1:PORT and catches the callback itself.</source>
        <translation>Verwenden Sie den Systembrowser für Marken, die eingebettete Browser ablehnen: Ford und Lincoln (sie verlangen die mobilen SDKs von Smartcar) und derzeit BMW und MINI (ihre Anmeldung scheitert an einem Captcha). Es braucht eine Loopback-Redirect-URI (http://localhost:PORT/…): Connect Lab lauscht dann einmalig auf 127.0.0.1:PORT und fängt den Callback selbst ab.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Status des Durchlaufs</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Copy callback URL</source>
        <translation>Callback-URL kopieren</translation>
    </message>
    <message>
        <source>Run again</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <source>Run in system browser</source>
        <translation>Im Systembrowser ausführen</translation>
    </message>
    <message>
        <source>Ford, Lincoln, BMW or MINI? They refuse embedded browsers: use the system browser.</source>
        <translation>Ford, Lincoln, BMW oder MINI? Sie lehnen eingebettete Browser ab: Verwenden Sie den Systembrowser.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Press Run to open the link here; the redirect is caught before it reaches your server.</source>
        <translation>Drücken Sie Ausführen, um den Link hier zu öffnen; die Weiterleitung wird abgefangen, bevor sie Ihren Server erreicht.</translation>
    </message>
</context>
<context>
    <name>connectlab::web::HeadlessFlowRunner</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>--run-flow needs an http(s) Connect link, not &quot;%1&quot;.</source>
        <translation>--run-flow braucht einen http(s)-Connect-Link, nicht „%1“.</translation>
    </message>
    <message>
        <source>--click-through takes approve or deny, not &quot;%1&quot;.</source>
        <translation>--click-through akzeptiert approve oder deny, nicht „%1“.</translation>
    </message>
    <message>
        <source>--login needs an email address, not &quot;%1&quot;.</source>
        <translation>--login braucht eine E-Mail-Adresse, nicht „%1“.</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds (1 to 3600), not &quot;%1&quot;.</source>
        <translation>--timeout braucht eine Anzahl Sekunden (1 bis 3600), nicht „%1“.</translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;.</source>
        <translation>Unbekanntes Argument „%1“.</translation>
    </message>
    <message>
        <source>--run-flow needs a Connect link.</source>
        <translation>--run-flow braucht einen Connect-Link.</translation>
    </message>
    <message>
        <source>No callback within %1 s.</source>
        <translation>Kein Callback innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>The callback carried no code, user_id or error.</source>
        <translation>Der Callback enthielt weder code noch user_id noch error.</translation>
    </message>
    <message>
        <source>Usage: connectlab --run-flow URL [--click-through[=approve|deny]] [--login EMAIL] [--brand MAKE] [--timeout SECONDS] [--sandbox] [--json]
Runs a Connect link in an offscreen browser and prints what came back to the redirect URI.
  --click-through[=approve|deny]  walk Connect&apos;s screens (default: approve)
  --login EMAIL                   the login used on the brand&apos;s screen (default: %1)
  --brand MAKE                    the brand to pick on the brand screen (default: the first)
  --timeout SECONDS               give up after this long (default: 60)
  --sandbox                       start the built-in sandbox for the link (it starts by itself
                                  when the link points at 127.0.0.1 or localhost and nothing
                                  listens there)
  --json                          print one JSON object
Exit status: 0 a code or a user_id came back, 1 an error came back or Connect showed its own
error page, 2 usage error, 3 timeout or load failure, 4 the click-through could not do what it
was asked (a deny whose approval screen was skipped, a brand not offered, a login screen that
never appeared).
</source>
        <translation>Aufruf: connectlab --run-flow URL [--click-through[=approve|deny]] [--login EMAIL] [--brand MARKE] [--timeout SEKUNDEN] [--sandbox] [--json]
Führt einen Connect-Link in einem Offscreen-Browser aus und gibt aus, was an die Redirect-URI zurückkam.
  --click-through[=approve|deny]  die Bildschirme von Connect durchlaufen (Voreinstellung: approve)
  --login EMAIL                   das Login auf dem Bildschirm der Marke (Voreinstellung: %1)
  --brand MARKE                   die Marke, die auf dem Markenbildschirm gewählt wird (Voreinstellung: die erste)
  --timeout SEKUNDEN              nach dieser Zeit aufgeben (Voreinstellung: 60)
  --sandbox                       die eingebaute Sandbox für den Link starten (sie startet von selbst,
                                  wenn der Link auf 127.0.0.1 oder localhost zeigt und dort nichts
                                  lauscht)
  --json                          ein JSON-Objekt ausgeben
Exit-Status: 0 ein Code oder eine user_id kam zurück, 1 ein Fehler kam zurück oder Connect zeigte seine eigene
Fehlerseite, 2 Aufruffehler, 3 Timeout oder Ladefehler, 4 das Click-through konnte nicht tun, was
verlangt war (ein Ablehnen, dessen Genehmigungsbildschirm übersprungen wurde, eine nicht angebotene Marke,
ein Anmeldebildschirm, der nie erschien).
</translation>
    </message>
</context>
<context>
    <name>connectlab::web::NavigationTimelineModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
</context>
<context>
    <name>connectlab::web::PlanCaseRun</name>
    <message>
        <source>No redirect within %1 s.</source>
        <translation>Keine Weiterleitung innerhalb von %1 s.</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>The built-in sandbox could not listen on 127.0.0.1.</source>
        <translation>Die eingebaute Sandbox konnte nicht auf 127.0.0.1 lauschen.</translation>
    </message>
    <message>
        <source>The callback carried no code, user_id or error.</source>
        <translation>Der Callback enthielt weder code noch user_id noch error.</translation>
    </message>
    <message>
        <source>No client secret to exchange the code with: the sandbox does not know the app, and the plan names no &quot;client_secret_env&quot;.</source>
        <translation>Kein Client-Secret, um den Code einzutauschen: Die Sandbox kennt die App nicht, und der Plan nennt kein &quot;client_secret_env&quot;.</translation>
    </message>
</context>
<context>
    <name>connectlab::web::PlanRunner</name>
    <message>
        <source>The plan reads the client secret from $%1, which is not set. Set it, e.g. %1=… connectlab --run-plan …</source>
        <translation>Der Plan liest das Client-Secret aus $%1, das nicht gesetzt ist. Setzen Sie es, z. B. %1=… connectlab --run-plan …</translation>
    </message>
    <message>
        <source>Not run: the run was stopped.</source>
        <translation>Nicht ausgeführt: Der Durchlauf wurde gestoppt.</translation>
    </message>
    <message>
        <source>Not finished: the run was stopped.</source>
        <translation>Nicht beendet: Der Durchlauf wurde gestoppt.</translation>
    </message>
    <message>
        <source>Not run: --bail stopped the plan after &quot;%1&quot; failed.</source>
        <translation>Nicht ausgeführt: --bail hat den Plan gestoppt, nachdem „%1“ fehlgeschlagen war.</translation>
    </message>
</context>
<context>
    <name>connectlab::web::SystemBrowserRun</name>
    <message>
        <source>The desktop&apos;s browser could not be opened.</source>
        <translation>Die Browseranwendung des Desktops konnte nicht geöffnet werden.</translation>
    </message>
</context>
</TS>
