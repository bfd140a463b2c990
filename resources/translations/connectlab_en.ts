<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiError</name>
    <message>
        <source>The code exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh token was refused: it has expired (refresh tokens last 60 days), was already replaced by a newer one, or belongs to another app. Run the flow again to get a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect_uri sent with the exchange is not the one the Connect link used. The token request must repeat the link&apos;s redirect_uri exactly (scheme, host, port, path). Exchange with the link&apos;s redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired: a code is valid for 10 minutes after Connect redirects. Run the flow again and exchange the new code promptly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was already exchanged: a code works only once. Run the flow again to get a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code was refused: it was already used (a code works once), it has expired (codes last 10 minutes), it belongs to another app, or the redirect_uri differs from the one in the Connect link. Run the flow again for a fresh code and keep the same redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not reach %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected answer from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 (%2). Check the network connection and the target: if it is the local sandbox, is it running on that port? Behind a proxy, check its settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. The server may be overloaded or unreachable; try again, and check the network and the target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered, but not with what the endpoint returns (%2). Check that the target points at a Smartcar auth/API server or the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id or client secret is wrong: the token endpoint did not accept the app&apos;s credentials. Copy both again from the Dashboard (for the sandbox: the app&apos;s settings), and make sure the secret belongs to this client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token endpoint found the request malformed: a parameter is missing, repeated or invalid%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is not allowed to use this grant type. Check the app&apos;s settings on the Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not support this grant type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requested scope is invalid or exceeds what was granted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The access token was refused: it has expired (access tokens last 2 hours) or was revoked. Refresh the tokens, or run the flow and exchange a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the app&apos;s credentials (HTTP 401). Check the client id and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused access (HTTP 403): the token lacks a permission this request needs, or the vehicle was disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (HTTP 404): the vehicle is not (or no longer) connected to this app, or the API base URL is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (HTTP 404): the token endpoint is not at this address. Check the target&apos;s base URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests (HTTP 429): wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP %1). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection failed: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application token request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The v3 API request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Management API request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This client id belongs to an app that uses per-vehicle tokens (API v2), which has no application token: exchange the code the redirect brought back at /oauth/token (the Tokens tab&apos;s Per-vehicle tokens, or connectlab-cli exchange).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API Client ID or its secret is wrong: the token endpoint did not accept them. The API Client ID starts with client_ and is not the Application ID of the Connect link (Dashboard → Configuration → API Authentication); copy it and one of its secrets again (an app can have up to three).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app uses API Authentication (API v3): it has no per-vehicle tokens to exchange a code for. Get an application token with the API Client ID (client_…) and its secret at /oauth2/token (the Tokens tab&apos;s API Authentication, or connectlab-cli token), then call the v3 API with the user_id the redirect brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Application Management Token was refused. Copy it again from the Dashboard (Configuration → API Authentication; for the sandbox: the app&apos;s settings); it is sent as HTTP Basic with the user name &quot;default&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application token was refused: it has expired (application tokens last 1 hour and cannot be refreshed), was bought by another app, or is missing. Get a new application token and call again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call needs the owner&apos;s user id in the sc-user-id header: use the user_id the redirect brought back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The v3 API found the request invalid%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner did not grant the permission this call needs (e.g. read_odometer for the odometer signal). Add it to the Connect link&apos;s scope and connect the vehicle again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such signal: check the signal code (e.g. odometer-traveleddistance). List the vehicle&apos;s signals to see the codes it has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (HTTP 404): this owner (sc-user-id) has not connected this vehicle to the app, the connection was removed, or the API base URL is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application token request is incomplete: it needs grant_type=client_credentials, the API Client ID (client_…) and its secret%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/oauth2/token gives application tokens for grant_type=client_credentials only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserJsGenerator</name>
    <message>
        <source>new Smartcar() requires an applicationId and getAuthUrl always writes it (as application_id); the link has no client_id, so it is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new Smartcar() takes mode test, live or simulated only; the link&apos;s mode is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new Smartcar() takes responseType code or none only; the link&apos;s response_type is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@smartcar/auth wraps state with window.btoa, which throws for characters beyond Latin-1: this state cannot be sent with it and is left out (encode it, e.g. as base64url, first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getAuthUrl writes approval_prompt as auto or force (forcePrompt) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getAuthUrl writes single_select as true or false only (singleSelect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getAuthUrl writes single_select_vin only together with single_select=true (singleSelect: {vin}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getAuthUrl writes single_select_vin without percent-encoding it, and this VIN holds characters that need it; it is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@smartcar/auth always sends a state of its own (base64 JSON with the SDK&apos;s instanceId), which it checks when Connect answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@smartcar/auth sends state as base64 JSON {&quot;instanceId&quot;, &quot;originalState&quot;}: the link&apos;s state comes back to onComplete as originalState.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With response_type=none and no redirect URI, @smartcar/auth adds app_origin (the page&apos;s origin), where Connect posts the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>@smartcar/auth always links to https://connect.smartcar.com; the link points at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getAuthUrl builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, vehicle_id) is made on the URL it returns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallbackResult</name>
    <message>
        <source>The state matches the one the link sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state does NOT match the one the link sent: this callback may be forged (possible CSRF). A real app must reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link sent a state but the callback has none: a real app must reject it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link sent no state, so nothing could be checked. Send one to protect the callback against CSRF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE MISMATCH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no state sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicle_id received, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code and user_id received (API Authentication), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code received, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user_id received (API Authentication), %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>callback without code, user_id or error, %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClickThrough</name>
    <message>
        <source>The brand screen does not offer %1 (it shows: %2). Pick a brand it shows, or change the link&apos;s flags=country: to a market where %1 is sold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to deny, but the approval screen never came: Connect skipped it (approval_prompt=auto, and this login had already approved this scope for this app), so access was granted. Force the screen with approval_prompt=force, or use another login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to log in as %1, but the login screen never appeared: the flow went on with a session it already had. Run it in a fresh browser profile, or force the screens with approval_prompt=force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked to pick %1, but the brand screen never offered a choice (the link&apos;s make or single_select_vin chose the brand). Remove make, or set make=%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CodeLanguages</name>
    <message>
        <source>Node.js — smartcar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser JavaScript — @smartcar/auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python — smartcar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Java — java-sdk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ruby — smartcar gem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go — go-sdk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iOS (Swift) — SmartcarAuth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android (Kotlin) — smartcar-auth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw URL (JavaScript, no SDK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curl — token request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComboValues</name>
    <message>
        <source>%1 (from the link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectErrorPage</name>
    <message>
        <source>Connect does not know this client_id. If it starts with client_, it is the API Client ID: the link needs the Application ID (a UUID, Dashboard → Configuration → Application details); the client_… value belongs in your server&apos;s token request. Otherwise copy the Application ID from the Dashboard again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect_uri is not registered for this application: add it on the Dashboard (Configuration → Redirect URIs), or use one that is registered, exactly as written there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect refused the link before showing any screen. Read the page&apos;s message and the link&apos;s diagnostics in the composer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectLabLink</name>
    <message>
        <source>Not a Connect Lab link: it must start with connectlab://open?url=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Connect Lab link is malformed (%1); percent-encode the Connect link in url=</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Lab links do &quot;open&quot; only, not &quot;%1&quot;: write connectlab://open?url=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Connect Lab link carries no url=: write connectlab://open?url=&lt;the Connect link, percent-encoded&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Connect Lab link carries url= %n times; give one Connect link</source>
        <translation>
            <numerusform>The Connect Lab link carries url= %n times; give one Connect link</numerusform>
            <numerusform>The Connect Lab link carries url= %n times; give one Connect link</numerusform>
        </translation>
    </message>
    <message>
        <source>The Connect Lab link&apos;s url= is empty: put the Connect link there, percent-encoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Connect Lab link carries another Connect Lab link; give the Connect link itself</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvTable</name>
    <message>
        <source>line %1: text after a closing quote; put the whole field in quotes and write a quote inside it as &quot;&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed; add the closing &quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty; its first line names the columns, e.g. login,error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: a column has no name; name every column in the first line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header names %3; quote fields that contain a comma.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurlGenerator</name>
    <message>
        <source>Per-vehicle tokens (v2): exchange the code from the redirect (valid 10 minutes) for an access token (2 hours) and a refresh token (60 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link points at a local sandbox (%1): it serves the token endpoint itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A re-authentication link brings back vehicle_id, not a code: the vehicle&apos;s tokens stay as they are and there is nothing to exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has no redirect_uri: the exchange must send the one Connect redirected to (the Dashboard&apos;s default), so add --data-urlencode &apos;redirect_uri=…&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Authentication (v3): an application token (3600 s, no refresh token) from the API Client ID (client_…) and one of its secrets, both from Dashboard → API Credentials; the API calls then send sc-user-id with the user_id the redirect brought back. Never put the API Client ID in the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox does not serve API Authentication: this request goes to Smartcar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorExplainer</name>
    <message>
        <source>the user denied access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person pressed Deny on Connect&apos;s permission screen, so no vehicle was connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is wrong with the link. Show the user why your app needs access and offer to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vehicle is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicle the user chose (or its brand) cannot be connected with the permissions asked for. The callback may name the vehicle (vin, make, model, year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the user this vehicle is not supported. If some permissions are optional for you, ask for fewer ones or mark fewer as required, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vehicle has no active connected-services subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The brand&apos;s connected services (the subscription the car maker sells) are not active for this vehicle, so Smartcar cannot reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the user to activate or renew the brand&apos;s connected services in the maker&apos;s own app, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account has no vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user logged in to the brand&apos;s account, but no vehicle is attached to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the user to add the vehicle to the brand&apos;s account (in the maker&apos;s app) or to log in with the account that owns it, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app or the link is misconfigured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect refused the request itself: e.g. the redirect URI is not registered, single select is used without the plan that allows it, a test VIN was used in live mode, or steps were skipped. status_code and error_message say which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read error_message, fix the link (or the app&apos;s settings on the Dashboard), then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect had an unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something failed on Smartcar&apos;s side; the link is probably fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment. If it keeps happening, contact Smartcar support with the time and the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user went back before granting access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person left Connect with its &quot;back to application&quot; link before approving anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is wrong with the link. Let the user start again when ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user quit the brand&apos;s login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person cancelled the car maker&apos;s own login page inside Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person cancelled the car maker&apos;s own login page inside Connect (another name for oem_cancelled_login).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request is malformed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A required parameter is missing or a value is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the link&apos;s diagnostics in the composer, fix the parameter named in error_description, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the app may not use this flow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client is not allowed to request a code this way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the client id and the app&apos;s settings on the Dashboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response_type is not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect only answers response_type=code (or vehicle_id when re-authenticating).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set response_type to code, then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a permission is unknown or not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope names a permission Connect does not know or the app may not request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the scope in the composer (unknown names are flagged), then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect is temporarily unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is overloaded or under maintenance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error Connect Lab does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback carried an error that Smartcar does not document (or a newer one). error_description may say more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read error_description and the other parameters below; check Smartcar&apos;s documentation for this error name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlowResultHtml</name>
    <message>
        <source>Authorization code and the owner&apos;s user_id received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle re-authenticated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization code received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the owner&apos;s user_id received (API Authentication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect came back without code, user_id or error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State check: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner (user_id):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app uses API Authentication: get an application token with your API Client ID (client_…) and its secret, then call the vehicle API with the header sc-user-id: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code came alongside; apps still on per-vehicle tokens exchange it within 10 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app uses per-vehicle tokens: exchange the code for tokens within 10 minutes, with the same redirect_uri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Reveal code to see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Callback caught on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your browser came back to %1, where Connect Lab was listening once; nothing else received it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect caught — it never left Connect Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect redirected to %1. Connect Lab stopped the browser there: no request reached that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last Connect page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running in your system browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk through Connect there; the result shows here when it comes back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoGenerator</name>
    <message>
        <source>GetAuthURL refuses an empty ClientID and always writes it; the link has none, so client_id is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetAuthURL refuses an empty RedirectURI and always writes it; the link has none (so Connect uses the Dashboard&apos;s default), so redirect_uri is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetAuthURL writes mode only for test mode (TestMode); the link&apos;s mode is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetAuthURL always writes response_type=code; the link&apos;s response_type is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetAuthURL writes approval_prompt as auto or force (ForceApproval) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetAuthURL writes single_select=false for no SingleSelect value (the zero value writes nothing); it is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetAuthURL writes single_select as true or false only (SingleSelect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetAuthURL writes single_select_vin only together with single_select=true (SingleSelect{VIN: …}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetAuthURL has no option for user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetAuthURL builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, vehicle_id) is made on the URL it returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GetAuthURL always links to https://connect.smartcar.com; the link points at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JavaGenerator</name>
    <message>
        <source>AuthClient requires a client id (the Builder reads SMARTCAR_CLIENT_ID) and authUrlBuilder always writes it; the link has none, so client_id is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Builder.mode() takes test, live or simulated only; the link&apos;s mode is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authUrlBuilder always writes response_type=code; the link&apos;s response_type is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approvalPrompt(boolean) writes approval_prompt as auto or force only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>singleSelect(boolean) writes single_select as true or false only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>singleSelectVin() always writes single_select=true as well; the link has otherwise, so single_select_vin is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>addFlag(name, value) writes name:value flags only; this link has a flag without a value, so flags is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authUrlBuilder builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, vehicle_id) is made on the URL it returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link points at %1: AuthUrlBuilder reads Connect&apos;s origin from SMARTCAR_CONNECT_ORIGIN; here it is set on the URL instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KotlinGenerator</name>
    <message>
        <source>AuthUrlBuilder always writes response_type=code; the link&apos;s response_type is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthUrlBuilder always writes client_id; the link has none, so it is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthUrlBuilder always writes redirect_uri; the link has none (so Connect uses the Dashboard&apos;s default), so it is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SmartcarAuth knows test mode (testMode) and live only; the link&apos;s mode is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthUrlBuilder always writes scope (empty for an empty array); the link has none (so the Dashboard&apos;s Vehicle Access settings apply), so it is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setForcePrompt writes approval_prompt as auto or force only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setSingleSelect writes single_select as true or false only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthUrlBuilder builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, vehicle_id) is made on the URL it returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthUrlBuilder always links to https://connect.smartcar.com; the link points at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>launchAuthFlow adds sdk_platform=android and sdk_version before it opens Connect (the built URL has neither).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkAdjustments</name>
    <message>
        <source>%1 cannot write client_id as the link has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 always writes %2; the link has no %2, so it is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 writes %2 once; the link repeats it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot write %2 as the link has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no option for %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDiff</name>
    <message>
        <source>The left link cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The right link cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links go to different servers: %1 on the left, %2 on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same origin, written differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One side is a bare query string: the origins are not compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The left link goes to %1 and the right to %2: /oauth/reauthenticate renews a connected vehicle&apos;s access, /oauth/authorize connects vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The left link goes to %1 and the right to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One link names the application with application_id, the other with client_id: Connect reads both the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out on the left: Connect&apos;s default %1 applies, as the right says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out on the right: Connect&apos;s default %1 applies, as the left says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is left out on one side and spelled out with its default (%2) on the other: the same for Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is only in the left link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is only in the right link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the left link names an application (client_id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the right link names an application (client_id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the left link names a redirect URI (%1); the right one leaves it to the Dashboard&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the right link names a redirect URI (%1); the left one leaves it to the Dashboard&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the left link names a scope (%1); the right one leaves the permissions to the Dashboard&apos;s Vehicle Access settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the right link names a scope (%1); the left one leaves the permissions to the Dashboard&apos;s Vehicle Access settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the left link sends a state (%1): the right one&apos;s callback cannot be checked against forgery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the right link sends a state (%1): the left one&apos;s callback cannot be checked against forgery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the left link skips the brand selector (make %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the right link skips the brand selector (make %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the left link limits the user to the vehicle with VIN %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the right link limits the user to the vehicle with VIN %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the left link re-authenticates a vehicle (vehicle_id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the right link re-authenticates a vehicle (vehicle_id %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the left link sends flags (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the right link sends flags (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 on the left; the right leaves it out, so Connect&apos;s default %3 applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 on the right; the left leaves it out, so Connect&apos;s default %3 applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 appears %n time(s) on the left</source>
        <translation>
            <numerusform>%1 appears %n time on the left</numerusform>
            <numerusform>%1 appears %n times on the left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n time(s) on the right.</source>
        <translation>
            <numerusform>and %n time on the right.</numerusform>
            <numerusform>and %n times on the right.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is repeated with other values: %2 on the left, %3 on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the left link asks for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the right link asks for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required on the left (the user cannot untick it) and optional on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is optional on the left and required on the right (the user cannot untick it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope lists the same permissions in another order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same permissions, in another order or spacing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scope lists the same permissions in another order (ignored; --strict-order counts it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the left link sends the flag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the right link sends the flag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country flag is %1 on the left and %2 on the right: Connect shows another country&apos;s brands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flag %1 is %2 on the left and %3 on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flags are the same, in another order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A flag is repeated on one side only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same flags, in another order or spacing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The flags are the same in another order (ignored; --strict-order counts it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 on the left and %3 on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links are for different applications: client_id %1 on the left, %2 on the right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect sends the user back to %1 on the left and to %2 on the right; the token exchange must send the redirect URI of its own link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The state differs (%1 and %2): a callback of one link fails the other&apos;s state check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The left link opens Connect in %1 mode, the right in %2 mode: they reach different vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval_prompt is %1 on the left and %2 on the right: force shows the approval screen every time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The left link asks for response_type %1, the right for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links re-authenticate different vehicles (%1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The left link skips the brand selector to %1, the right to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links limit the user to different vehicles (VIN %1 and %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some values are encoded differently (&apos;+&apos; or %20 for a space, raw or encoded &apos;:&apos; and &apos;/&apos;): the same once decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parameters come in another order: Connect does not care.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkImport</name>
    <message>
        <source>The text is empty: copy a Connect link (or its query string) and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not a Connect link: there are no Connect parameters in “%1”. A Connect link looks like https://connect.smartcar.com/oauth/authorize?response_type=code&amp;client_id=…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeGenerator</name>
    <message>
        <source>The link points at %1: getAuthUrl takes Connect&apos;s origin from SMARTCAR_API_ORIGIN (the SDK sends its vehicle API calls there too).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect&apos;s origin %1 comes from the environment variable SMARTCAR_API_ORIGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthClient needs a client id (without one it reads SMARTCAR_CLIENT_ID) and getAuthUrl always writes it; the link has none, so client_id is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthClient takes mode test, live or simulated only; the link&apos;s mode is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getAuthUrl always writes response_type=code; the link&apos;s response_type is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getAuthUrl writes approval_prompt as auto or force (forcePrompt) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getAuthUrl writes single_select as true or false only (singleSelect).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getAuthUrl writes single_select_vin only together with single_select=true (singleSelect: {vin}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getAuthUrl takes flags as an object of name: value, which cannot hold this link&apos;s flags (a repeated name, a flag without a value, or a numeric name); they are set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>getAuthUrl builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, vehicle_id) is made on the URL it returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-authentication endpoint:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanReport</name>
    <message>
        <source>%1 passed, %2 failed, %3 skipped in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected: %1
actual: %2
link: %3
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Lab test plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Got</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not performed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last screen of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PythonGenerator</name>
    <message>
        <source>The link points at %1: smartcar/config.py reads Connect&apos;s origin from SMARTCAR_CONNECT_ORIGIN once, when smartcar is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect&apos;s origin %1 comes from the environment variable SMARTCAR_CONNECT_ORIGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthClient requires a client id and get_auth_url always writes it; the link has none, so client_id is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthClient requires a redirect URI and get_auth_url always writes it; the link has none (so Connect uses the Dashboard&apos;s default), so redirect_uri is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthClient takes mode test, live or simulated only (and lowercases it); the link&apos;s mode is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get_auth_url always writes response_type=code; the link&apos;s response_type is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get_auth_url writes approval_prompt as auto or force (force_prompt) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get_auth_url always writes scope (empty for an empty list); the link has none (so the Dashboard&apos;s Vehicle Access settings apply), so scope is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get_auth_url writes single_select as true or false only (single_select).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get_auth_url writes single_select_vin only together with single_select=true (&quot;single_select&quot;: {&quot;vin&quot;: …}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get_auth_url takes flags as a dict of name: value, which cannot hold this link&apos;s flags (a repeated name or a flag without a value); they are set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get_auth_url builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, vehicle_id) is made on the URL it returns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubyGenerator</name>
    <message>
        <source>The link points at %1: AuthClient.new reads Connect&apos;s origin from SMARTCAR_CONNECT_ORIGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect&apos;s origin %1 comes from the environment variable SMARTCAR_CONNECT_ORIGIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthClient requires a client id (it reads SMARTCAR_CLIENT_ID) and get_auth_url always writes it; the link has none, so client_id is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AuthClient takes mode test, live or simulated only; the link&apos;s mode is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get_auth_url always writes response_type=code; the link&apos;s response_type is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get_auth_url writes approval_prompt as auto or force (force_prompt) only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get_auth_url takes flags as a hash of name: value, which cannot hold this link&apos;s flags (a repeated name or a flag without a value); they are set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get_auth_url writes single_select as true or false only (single_select:).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get_auth_url writes single_select_vin only together with single_select=true (single_select: { vin: … }).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get_auth_url builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, vehicle_id) is made on the URL it returns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SwiftGenerator</name>
    <message>
        <source>SCUrlBuilder always writes application_id; the link has no client_id, so it is removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCMode is live, test or simulated only; the link&apos;s mode is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SmartcarAuth takes responseType code or none only; the link&apos;s response_type is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setForcePrompt writes approval_prompt as auto or force only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>setSingleSelect writes single_select as true or false only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCUrlBuilder adds sdk_platform=iOS and sdk_version=%1, which the link does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLComponents leaves &apos;+&apos; raw in a query value and Connect reads it as a space: %1 is set on the URL with the &apos;+&apos; encoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCUrlBuilder percent-encodes redirectUri itself before URLComponents encodes the query again, so this redirect URI would arrive encoded twice; it is set on the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCUrlBuilder builds /oauth/authorize links only: the re-authentication link (/oauth/reauthenticate, vehicle_id) is made on the URL it returns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCUrlBuilder always links to https://connect.smartcar.com; the link points at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestPlan</name>
    <message>
        <source>Use one of: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no key &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} is a placeholder, but the case has no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;rows&quot; with a &quot;%1&quot; column, or write the value itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} is not a column of the case&apos;s rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the rows a &quot;%1&quot; value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the value in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;name&quot;: a few words saying what the case tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;set&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as {&quot;mode&quot;: &quot;simulated&quot;, &quot;scope&quot;: &quot;read_vin&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Connect parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it in double quotes; &quot;&quot; removes the parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the login typed on the brand&apos;s screen, e.g. 3-vehicles@smartcar.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;click&quot; is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case says nothing about what it expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;expect&quot;: {&quot;outcome&quot;: &quot;code&quot;} (or user_id, error, connect_error_page, timeout).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;expect&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;expect&quot; has no &quot;outcome&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;error&quot; is checked only when the outcome is error or connect_error_page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;outcome&quot;: &quot;error&quot;, or remove &quot;error&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a state check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;exchanges&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true: the code buys tokens; false: the token endpoint refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;min_vehicles&quot; must be a number from 0 to 50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write e.g. &quot;min_vehicles&quot;: 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;min_vehicles&quot; needs tokens, but &quot;exchanges&quot; is false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove one of the two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;exchanges&quot; and &quot;min_vehicles&quot; follow a code, but the outcome is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set &quot;outcome&quot;: &quot;code&quot;, or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag must be a word in double quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &quot;tags&quot;: [&quot;smoke&quot;, &quot;errors&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be a list of words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;faults&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write e.g. &quot;faults&quot;: {&quot;code&quot;: &quot;expired&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the line for a missing comma, quote or bracket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan is a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it with {&quot;version&quot;: 1, &quot;url&quot;: &quot;…&quot;, &quot;cases&quot;: […]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no &quot;version&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;version&quot;: 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Connect Lab reads plans of version %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &quot;version&quot;: 1, or use the Connect Lab the plan was written for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no link to start from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has both &quot;url&quot; and &quot;profile&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either &quot;url&quot; (a Connect link) or &quot;profile&quot; (a saved profile file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;sandbox&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true runs every case against its own built-in sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;timeout&quot; must be a number of seconds (1 to 3600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write e.g. &quot;timeout&quot;: 20.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan has no cases.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;cases&quot;: [{&quot;name&quot;: &quot;…&quot;, &quot;expect&quot;: {&quot;outcome&quot;: &quot;code&quot;}}].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as {&quot;name&quot;: &quot;…&quot;, &quot;expect&quot;: {…}}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the path and that the file is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a profile file saved by Connect Lab, relative to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;url&quot; has no origin (scheme and host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a whole Connect link, e.g. https://connect.smartcar.com/oauth/authorize?client_id=…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a CSV file&apos;s path relative to the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows file %1 is not a table: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as {&quot;login&quot;: &quot;a@b.com&quot;, &quot;error&quot;: &quot;no_vehicles&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row&apos;s value must be a string, a number or true/false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the value itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rows&quot; must be a list of objects or a CSV file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write &quot;rows&quot;: [{&quot;login&quot;: &quot;…&quot;}] or &quot;rows&quot;: &quot;logins.csv&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;rows&quot; is empty, so the case would never run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a row, or remove &quot;rows&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two cases are named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give each case (each row) a name of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a {{column}} placeholder in the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UrlParser</name>
    <message>
        <source>The input is empty: paste a Connect link or its query string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The path &quot;%1&quot; is not a Connect endpoint: use /oauth/authorize (or /oauth/reauthenticate to re-authenticate a vehicle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Connect link: it should start with https://connect.smartcar.com/oauth/authorize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a &apos;%&apos; that is not followed by two hex digits (or escapes that are not UTF-8); it was kept as written. Encode a literal &apos;%&apos; as %25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 appears more than once: the first value is used and the others are kept as extra parameters. Remove the repeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is neither a Connect link nor a query string: paste a link like https://connect.smartcar.com/oauth/authorize?client_id=…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validator</name>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is an API Client ID: Connect needs your Application ID, a UUID (Dashboard → Configuration → Application details). The client_… value and its secret belong in your server&apos;s token request. Connect shows &quot;400: Invalid parameter client_id&quot; for this link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_id is missing: copy your application&apos;s Client ID from the Smartcar Dashboard (Configuration tab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_id %1 contains characters other than letters, digits, &apos;-&apos; and &apos;_&apos;: copy the Client ID from the Dashboard again, without spaces or quotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_id is not a UUID; Dashboard Client IDs look like 4cf82729-4275-46d9-9255-8437ba777151. Check it is the Client ID, not the app&apos;s name or secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect_uri is not set: Connect will use the default redirect URI from the Dashboard. Set it to one of your registered redirect URIs to be explicit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect_uri %1 is not an absolute URI: write the full registered URI, e.g. https://example.com/callback or http://localhost:8000/callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Dashboard accepts http:// redirect URIs only for localhost: register and use http://localhost… instead of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http:// is allowed only for localhost: use https:// for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custom-scheme redirect URI must use sc&lt;client_id&gt; as its scheme: use %1:// instead of %2://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect_uri must not contain a fragment (&apos;#…&apos;): OAuth forbids it. Remove everything from &apos;#&apos; on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response_type=none is the redirect-less flow: no code comes back. redirect_uri is optional; without one the owner ends on a Smartcar page, and with app_origin (the JS SDK adds it) Connect posts the result to that origin. Use code for the usual flow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response_type holds a vehicle id: to re-authenticate a vehicle use /oauth/reauthenticate?response_type=vehicle_id&amp;vehicle_id=%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response_type %1 is not valid: use code (or vehicle_id with a vehicle_id parameter to re-authenticate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response_type=vehicle_id re-authenticates a vehicle: add the vehicle&apos;s Smartcar id as vehicle_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-authentication links use /oauth/reauthenticate: change the path from /oauth/authorize.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/oauth/reauthenticate needs response_type=vehicle_id: set it, or use /oauth/authorize for a new connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicle_id is only read when response_type=vehicle_id: set that to re-authenticate, or remove vehicle_id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permissions requested: Connect will use the Vehicle Access settings from the Dashboard. Add the permissions your app needs, e.g. read_vehicle_info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a permission: write lower-case names like read_odometer, optionally prefixed with required:, separated by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a permission Connect Lab knows: check it against Smartcar&apos;s list of permissions. New permissions appear over time, so this may be fine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a permission Connect Lab knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is requested more than once: keep a single %1 (with required: if the user must not untick it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No state: the redirect cannot be checked against CSRF. Generate a random state per link and compare it when the user comes back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state has %1 characters: use at least 8 random characters (Connect Lab generates 32) so it cannot be guessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval_prompt %1 is not valid: use auto or force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode=test is deprecated: use simulated with a vehicle from the Dashboard&apos;s Vehicle Simulator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mode %1 is not valid: use live, or simulated for simulated vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated vehicle belongs to a region: without a country: flag that matches it, its login fails with an invalid-credential error. Set the country your simulated vehicle was made for, e.g. country:US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single_select %1 is not valid: use true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make tokens are upper case: write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a make token: write %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a make Connect Lab knows: check the spelling (e.g. TESLA, MERCEDES_BENZ); Connect ignores a make it does not support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a make Connect Lab knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make is ignored when single_select_vin is set (the VIN decides the brand): remove one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single_select_vin works only with single_select=true: add it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>single_select and single_select_vin work only on Smartcar&apos;s Custom plan; on other plans Connect ignores them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag %1 is not name:value: write it like country:DE, separated from other flags by spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag %1 is given more than once: keep one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country codes are upper case: write country:%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ISO 3166-1 alpha-2 country code: use two letters such as US, CA, DE or GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar serves the US, Canada and Europe, not %1 (%2): users there may find no brands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user flag is empty: write user:&lt;your id for the owner&gt;, or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account_sync takes true or false, not %1: with true, vehicles the owner adds to the brand account later are granted the same permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag %1 is not one Connect Lab knows (%2): Connect may ignore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external_id=null clears the external id Smartcar keeps for this owner; any other value sets it. It comes back to redirect_uri and in webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>external_id %1 is empty, very long or holds spaces or control characters: Smartcar does not publish its rules, but an id like your own user id (letters, digits, - and _) is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given more than once with different values (%2 and %3): Connect reads only one. Keep the one you mean.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is given more than once with the same value: remove the repeat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application_id %1 differs from client_id %2: both name your application and must be the same Client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Connect parameter: check the spelling, or remove it (it is kept in the link as written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Connect parameter (it is kept in the link as written).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has %1 characters; some browsers and servers cut links over 2,048. Drop unneeded parameters or shorten state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no app with client_id %2, so it will refuse this link: register the app there, or use one of its apps: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirect_uri %1 is not registered for %2 in %3, so it will refuse this link: register it, or use a registered one: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds an invisible character, %2, at position %3: it came along with a copy and will not match what is registered. Retype the value or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 at position %3, which looks like a Latin letter but is not one: retype it with a plain keyboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has a parameter without a name (=%1): Connect ignores it. Give it its name or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect&apos;s own error page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect&apos;s error page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no redirect (a timeout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> with state %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> that exchanges for tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> that the token endpoint refuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, at least %n vehicle(s)</source>
        <translation>
            <numerusform>, at least %n vehicle</numerusform>
            <numerusform>, at least %n vehicles</numerusform>
        </translation>
    </message>
    <message>
        <source>a page that did not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1, got a code the token endpoint refused: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1, got a code that bought tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1, but the vehicles could not be listed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Expected %1, got %n vehicle(s).</source>
        <translation>
            <numerusform>Expected %1, got %n vehicle.</numerusform>
            <numerusform>Expected %1, got %n vehicles.</numerusform>
        </translation>
    </message>
    <message>
        <source> that exchanged for tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> that the token endpoint refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n vehicle(s)</source>
        <translation>
            <numerusform>, %n vehicle</numerusform>
            <numerusform>, %n vehicles</numerusform>
        </translation>
    </message>
    <message>
        <source>Got %1, as expected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VinAssessment</name>
    <message>
        <source>Optional. Needs single select; wins over the make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it in upper case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for missing characters, spaces or punctuation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A VIN has exactly 17 characters of A-Z and 0-9; %1 has %n character(s). %2</source>
        <translation>
            <numerusform>A VIN has exactly 17 characters of A-Z and 0-9; %1 has %n character. %2</numerusform>
            <numerusform>A VIN has exactly 17 characters of A-Z and 0-9; %1 has %n characters. %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of 17 characters: Connect will refuse it</source>
        <translation>
            <numerusform>%n of 17 characters: Connect will refuse it</numerusform>
            <numerusform>%n of 17 characters: Connect will refuse it</numerusform>
        </translation>
    </message>
    <message>
        <source>17 characters, but only A-Z and 0-9 are allowed: Connect will refuse it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This VIN contains I, O or Q, which real VINs never use; it is accepted because mode=%1 takes test VINs. In live mode Connect refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test VIN (contains I, O or Q): accepted in %1 mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A real VIN never contains I, O or Q: they are usually 1 and 0 misread. Test VINs are accepted only with mode=simulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contains I, O or Q, which real VINs never use: refused in live mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well formed; check digit %1 is correct (North-American VIN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit (9th character) of this North-American VIN should be %1, not %2; it is accepted because mode=%3 takes test VINs. In live mode Connect refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit should be %1, not %2: accepted in %3 mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit (9th character) of this North-American VIN should be %1, not %2: the VIN has a typo. Test VINs are accepted only with mode=simulated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check digit should be %1, not %2: refused in live mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well formed; VINs outside North America have no check digit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebhookSignature</name>
    <message>
        <source>SC-Signature matches: HMAC-SHA256 of exactly these bytes (length %1), keyed with the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SC-Signature must be 64 hex digits (a hex HMAC-SHA256); this one has length %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match, but it matches these bytes without their final line break: the body gained one after it was signed (check the raw body as received).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match, but it matches this body as compact JSON: the body was re-formatted after it was signed. Check the raw bytes as received (Smartcar sends compact JSON).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match: the signature is not HMAC-SHA256 of these bytes with this token (another token, or the bytes changed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::ApiAuthPanel</name>
    <message>
        <source>Application token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_… (Dashboard → Configuration → API Authentication)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API Client ID, not the Application ID of the Connect link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get application token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST /oauth2/token with grant_type=client_credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user_id the redirect brought back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as the sc-user-id header with every call about this owner&apos;s vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s connected vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /v3/connections for this user, with sc-user-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GET /v3/vehicles/{id}/signals for the selected vehicle, with sc-user-id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-authenticate this vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals of the selected vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To get an application token, enter one of the API Client ID&apos;s secrets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting an application token at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the owner&apos;s user ID: Run the link and the redirect brings it back (user_id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a vehicle first (List connections shows the owner&apos;s vehicles).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the connections of user %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the signals of vehicle %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application token received; it expires in %1 (no refresh: get a new one then).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application token request failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The v3 call failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This owner has connected no vehicle to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Vehicles the owner connected: %n. Select one and Read signals.</source>
        <translation>
            <numerusform>Vehicles the owner connected: %n. Select one and Read signals.</numerusform>
            <numerusform>Vehicles the owner connected: %n. Select one and Read signals.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signals read: %n.</source>
        <translation>
            <numerusform>Signals read: %n.</numerusform>
            <numerusform>Signals read: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No application token yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired at %1: get a new application token (there is no refresh; the next call gets one first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a new application token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::AppToken</name>
    <message>
        <source>the reply is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has no access_token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API Client ID is missing: it starts with client_ (Dashboard → Configuration → API Authentication).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an API Client ID: those start with client_ (Dashboard → Configuration → API Authentication). The Application ID (a UUID) goes into the Connect link; the client_… id and its secret go into the application token request. An app that uses per-vehicle tokens has no API Client ID: exchange its code at /oauth/token instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::ApplicationSection</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar Connect (connect.smartcar.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the link points. The local sandbox is a stand-in for Connect on this computer: it knows the demo app and needs no account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your application&apos;s id from the Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty: the Dashboard&apos;s default redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local sandbox (offline) at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this app in the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register this redirect URI in the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox would refuse this link. Register it there for this session; the Sandbox tab lists what is registered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::AuthorizationSection</name>
    <message>
        <source>Authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code: connect vehicles (authorization code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vehicle_id: re-authenticate a connected vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for re-authentication: the vehicle&apos;s Smartcar id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random value you check on the redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a new random state (128+ bits) (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New state every run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a fresh state before each Run, as a real app would</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto: skip the approval screen if already granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>force: always show the approval screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live: real vehicles and accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>simulated: vehicles from the Vehicle Simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the response type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the vehicle ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the approval prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate a state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::CodeView</name>
    <message>
        <source>%1, following %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language and official Smartcar SDK to write the link in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both token models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-vehicle tokens (v2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Authentication (v3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which token request curl makes: the code exchange or the client-credentials token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the code to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 says everything in this link with its own options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the options of %1 (the comments in the code say how it is done):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code that makes the link with the chosen SDK (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::CompareDialog</name>
    <message>
        <source>Compare links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first link (a URL or its query string)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;current link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the window&apos;s link on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;wap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The order of &amp;scope entries and flags counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a link on each side to compare them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ The links mean the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✗ %n difference(s): the links do not mean the same.</source>
        <translation>
            <numerusform>✗ %n difference: the links do not mean the same.</numerusform>
            <numerusform>✗ %n differences: the links do not mean the same.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ignored:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not in the link)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each parameter that differs: its value on the left, on the right, and what the difference does</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::DiagnosticsView</name>
    <message>
        <source>Problems with the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: this link is ready to use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2). Double-click or press Enter to go to the field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::ExchangePanel</name>
    <message>
        <source>Exchange the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caught by Run, or paste one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the redirect_uri the link used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent again with the exchange; it must equal the link&apos;s redirect_uri.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not list the vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchanging the code at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing the tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing the vehicles at %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code was already exchanged. Run the flow again for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code was already exchanged for the tokens below. A code works only once: exchanging it again would make the server revoke them. Run the flow again for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a client id (set it in the composer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a code (Run the link, or paste one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To exchange, enter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To refresh, enter the client secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens refreshed; the access token expires in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code exchanged for tokens; the access token expires in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh failed; the tokens are revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tokens no longer work, so they were cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The refresh failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange failed; the tokens shown are still those of the earlier code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner granted no vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Vehicles granted: %n.</source>
        <translation>
            <numerusform>Vehicles granted: %n.</numerusform>
            <numerusform>Vehicles granted: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>This code was already exchanged: a code works only once, and exchanging it again makes the server revoke its tokens. Run the flow again for a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST /oauth/token: trade the code for an access and a refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per-&amp;vehicle tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect brings a code; exchange it for an access and a refresh token per vehicle (API v2, apps created before June 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API Au&amp;thentication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect brings the owner&apos;s user_id; one application token for the app, and sc-user-id on every vehicle call (API v3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest run, %1, ended without a code or user ID: %2. What is shown below comes from the earlier %3 and is unaffected by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended without a code or user ID: %2. Nothing to exchange; run the link again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No run yet: Run the link, and what the redirect brings back lands here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a result arrived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest, %1, is still running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest, %1, ended in: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s user ID arrived; List connections shows their vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s user ID arrived. Enter the API Client ID and secret, then Get application token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code arrived%1. Enter the client secret, then Exchange.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code arrived%1. Exchange it for tokens (it is valid for 10 minutes).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::ExtrasSection</name>
    <message>
        <source>Extra parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else the link carries (SDK parameters, unknown names, a second external_id) is kept here, in order, and written back as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the extra parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters appended to the link as written: external_id, unknown or duplicate ones</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::FlagsSection</name>
    <message>
        <source>Owner and flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic (by IP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your id for the vehicle owner (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your app&apos;s id for the owner, returned to you (optional; null clears it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>External ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other flags, written as name:value in the flags parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the external ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change account sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include vehicles added later (beta)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include vehicles added later (the link says &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::HistoryPage</name>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links you copied, opened or ran. Double-click one to load it into the form. Only links are kept, never codes or tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links you copied, opened or ran; activate one to load it into the form</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::ImportDialog</name>
    <message>
        <source>Import a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a Connect link or its query string. Any SDK&apos;s encoding is fine; nothing is lost. Return imports it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::InvisibleCharacters</name>
    <message>
        <source>a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invisible formatting character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a fullwidth form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Cyrillic letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a Greek letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 that looks like Latin &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::KeyValueTable</name>
    <message>
        <source>Add a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::LinkDocument</name>
    <message>
        <source>Draw a new state every run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the state across runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link points at Smartcar Connect: the target is now Smartcar Connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link points at a local address: the target is now the local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link pointed at %1; it now points at this run&apos;s sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link pointed at %1; it now points at the current target.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;New state every run&quot; is now off, so Run sends the link&apos;s own state; tick it to draw a fresh state for every run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::LinkPage</name>
    <message>
        <source>&lt;b&gt;Decoded&lt;/b&gt;: what you set, and what applies where you set nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Problems&lt;/b&gt; (double-click or Enter to go to the field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>Connect will refuse this link: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::LinkView</name>
    <message>
        <source>Generated Connect link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link, always current. Hover a parameter to see what it does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Endpoint&lt;/b&gt;&lt;br&gt;%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Connect parameter; kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the whole &amp;link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::MainWindow</name>
    <message>
        <source>Connect Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Connect Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Connect Lab&lt;/b&gt; %1&lt;br&gt;Compose, check and run Smartcar Connect links.&lt;br&gt;&lt;br&gt;Type in the form or paste a link (Ctrl+V): the link and what is wrong with it update as you type. Run (Ctrl+Return) walks through Connect in an embedded browser, against the local sandbox or Smartcar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link points at Smartcar Connect instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>San&amp;dbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use sandbox app %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link now uses the sandbox app %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z) brings the previous client id back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from the sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n parameter(s). Undo (Ctrl+Z) brings the previous link back.</source>
        <translation>
            <numerusform>Imported %n parameter. Undo (Ctrl+Z) brings the previous link back.</numerusform>
            <numerusform>Imported %n parameters. Undo (Ctrl+Z) brings the previous link back.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was normalized:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load profile %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profiles yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Lab profiles (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied as Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the link as Markdown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied as HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied the link as an HTML anchor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened in the system browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web browser could be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link (Ctrl+Shift+C) and paste it into a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run is not available in this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link or open it in your browser instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exchange failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox demo app&apos;s documented secret, filled in for you. It is public and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret registered for this app in the Sandbox tab (kept for this session only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-authenticate vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link now re-authenticates vehicle %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it to renew that vehicle&apos;s access; Undo (Ctrl+Z) brings the previous link back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox could not register it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the app in the Sandbox tab instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered %1 for this app in the local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered the app %1 in the local sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For this session only; the Sandbox tab lists it, with the app&apos;s secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copied as a Connect Lab link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied a connectlab:// link: it opens this link in Connect Lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox demo v3 app&apos;s documented API Client secret, filled in for you. It is public and never saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API Client secret registered for this app in the Sandbox tab (this session only).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::ParameterTable</name>
    <message>
        <source>Parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value (decoded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters of the link, decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: Connect&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: Dashboard setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a Connect parameter; kept as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::Profile</name>
    <message>
        <source>not a Connect Lab profile: &quot;format&quot; must be &quot;connectlab-profile&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>profile version %1 was written by a newer Connect Lab (this one reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;name&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;request&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;settings&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the profile to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the profile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid JSON at line %1 (offset %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::ProfilesDialog</name>
    <message>
        <source>Manage profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile “%1”? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No saved profiles yet: File → Save profile saves the link under a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a profile “%1” already: choose another name (nothing was changed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed “%1” to “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::QrCodeDialog</name>
    <message>
        <source>QR code of the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No QR code: the link is empty or too long for a QR code (%1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QR code as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the QR code as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This link points at this computer (%1): a phone cannot open it. Point the link at Smartcar Connect to share it with a phone (%n character(s)).</source>
        <translation>
            <numerusform>This link points at this computer (%1): a phone cannot open it. Point the link at Smartcar Connect to share it with a phone (%n character).</numerusform>
            <numerusform>This link points at this computer (%1): a phone cannot open it. Point the link at Smartcar Connect to share it with a phone (%n characters).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scan it with a phone to open the link there (%n character(s)).</source>
        <translation>
            <numerusform>Scan it with a phone to open the link there (%n character).</numerusform>
            <numerusform>Scan it with a phone to open the link there (%n characters).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>connectlab::RunCoordinator</name>
    <message>
        <source>run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::SandboxController</name>
    <message>
        <source>The local sandbox could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered from the link</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::SandboxFaultsBox</name>
    <message>
        <source>&lt;b&gt;Faults&lt;/b&gt;: make the sandbox misbehave, to see how your app copes. They apply to every app until cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/oauth/token, or * for every request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added latency in milliseconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/v3/vehicles, /oauth2/token, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many requests get the error status (0: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>times: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many requests get it (then the real answer again); 0: every one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already expired when exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never (the last screen waits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed (a broken Location)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No faults: the sandbox behaves again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No faults: the sandbox answers as Connect does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force: &lt;code&gt;%1&lt;/code&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::SandboxPanel</name>
    <message>
        <source>&lt;b&gt;Registered apps&lt;/b&gt;, as on the Dashboard. A link must use one of these client ids and one of its redirect URIs. Changes apply at once; apps and their secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register another app with the sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected app (double-click a row does the same)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unregister the selected app (the demo app stays)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore demo app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the demo app back as Connect Lab ships it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use in the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the link&apos;s client_id (and redirect_uri to the app&apos;s first) to the selected app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Requests&lt;/b&gt; the sandbox answered, newest at the bottom. Codes, secrets and tokens are masked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the recorded requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox answers at &lt;b&gt;%1&lt;/b&gt; (127.0.0.1 only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local sandbox is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo app Connect Lab ships with: it can be edited, not removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No redirect URI registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client id must not be empty or contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another app already has the client id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo app keeps its client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register at least one redirect URI (the first is the default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an absolute URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan is custom or standard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit sandbox app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a sandbox app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shown on the sandbox&apos;s screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for the token exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory for this session only; never written to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read_vehicle_info read_odometer …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom (single select allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirect URIs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a line; the first is the default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default s&amp;cope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered apps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The apps the local sandbox accepts links from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests the sandbox answered, newest last; secrets masked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Faults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::SandboxWebhooksBox</name>
    <message>
        <source>http://127.0.0.1:8000/webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the sandbox delivers this app&apos;s webhooks: 127.0.0.1, localhost or [::1] only. Empty: no webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this URL for the selected app&apos;s webhooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST a VERIFY challenge and check the answer: 200, JSON {&quot;challenge&quot;: hex HMAC-SHA256(management token, challenge)}, within 15 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle for the vehicle error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vehicle this app connected in this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send vehicle error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POST a VEHICLE_ERROR whose resolution asks the owner to re-authenticate, with the sandbox&apos;s re-authentication link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook deliveries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the deliveries listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Deliveries&lt;/b&gt;, newest at the bottom; each is signed in SC-Signature with the app&apos;s Application Management Token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Webhooks&lt;/b&gt;: select an app above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Webhooks of %1&lt;/b&gt;. This app has no Application Management Token, the key that signs webhooks: deliveries to it are refused until it has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Webhooks of %1&lt;/b&gt;: a VEHICLE_STATE after each connection, a verify or a vehicle error when you ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect a vehicle first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 for %3 (%4 ms)
SC-Signature: %5
%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::ScopePicker</name>
    <message>
        <source>Ticked only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the permissions the link asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search permissions (name or description)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it allows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (not in the catalog)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another permission name, e.g. read_new_thing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Permission not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this permission to the scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: the user cannot untick it on the permissions screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in Connect Lab&apos;s catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permissions: Connect uses your Dashboard&apos;s Vehicle Access settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Asking for %n permission(s)</source>
        <translation>
            <numerusform>Asking for %n permission</numerusform>
            <numerusform>Asking for %n permissions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n required</source>
        <translation>
            <numerusform>, %n required</numerusform>
            <numerusform>, %n required</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>connectlab::SecretInput</name>
    <message>
        <source>the app&apos;s client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in memory only, unless you tick Remember in keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keychain off: the secret is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing stored in the keychain for this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This secret is public: there is nothing to keep in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret will be saved in the keychain after an exchange that works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::SecretStore</name>
    <message>
        <source>Secret loaded from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored in the keychain for this client id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No desktop keychain is running, so the secret is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain would not give the secret. Type it here; it is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain would not save the secret, so it is kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain would not remove the secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::SessionKeeper</name>
    <message>
        <source>Restore the last session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::TokenDisplay</name>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grant_type=refresh_token: new tokens without running Connect again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked: these tokens no longer work. Run the flow again for new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired at %1: refresh the tokens</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::TokenSet</name>
    <message>
        <source>the reply is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has no access_token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::V3Client</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;data&quot; list in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no connection in the answer&apos;s &quot;data&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no vehicle in the answer&apos;s &quot;data&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no signal in the answer&apos;s &quot;data&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;connections&quot; list in the answer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::VehicleClient</name>
    <message>
        <source>no &quot;vehicles&quot; list in the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vehicle&apos;s answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::VehicleList</name>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-authenticate this vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Build the /oauth/reauthenticate link for the selected vehicle in the composer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicles the owner granted: id, make, model and year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::VehicleSection</name>
    <message>
        <source>Vehicle selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any brand: the user picks one in Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One vehicle only (Custom plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>17 characters: connect only this vehicle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change single select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the VIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the make</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One vehicle only (the link says &quot;%1&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::WindowActions</name>
    <message>
        <source>&amp;New from sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again from the ready-to-run sample link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a Connect link or query string to read into the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open profile file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load a saved profile from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this link under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export profile file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this link as a profile file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Connect Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the link on the clipboard into the form (Ctrl+V outside a text field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw a new random state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the copied and launched links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link as a Markdown link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as &amp;HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the link as an HTML anchor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;QR code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the link as a QR code, to copy or save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link in your web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the link in the embedded browser and catch the redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the link at the local sandbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smartcar &amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the link at connect.smartcar.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Connect Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Manage profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load, rename or delete saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the link against another one, parameter by parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy as Co&amp;nnect Lab link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy a connectlab:// link that opens this link in Connect Lab on another desktop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::flow::LoopbackListener</name>
    <message>
        <source>%1 is not a loopback redirect URI (http://localhost:PORT/…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on 127.0.0.1:%1: %2 (is your own server running there?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::plantab::PlanTab</name>
    <message>
        <source>Run &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &amp;selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add current &amp;link as a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;JUnit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;HTML…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides: Connect parameters as name=value; name=value (an empty value removes the parameter). Expected: code, user_id, error [code], connect_error_page [kind] or timeout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: %n case(s).</source>
        <translation>
            <numerusform>Opened %1: %n case.</numerusform>
            <numerusform>Opened %1: %n cases.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Running %n case(s)…</source>
        <translation>
            <numerusform>Running %n case…</numerusform>
            <numerusform>Running %n cases…</numerusform>
        </translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open test plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test plans (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save test plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test plans (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save JUnit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save HTML report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUnit XML (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the e&amp;xample plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test plan open. Open one, add the current link as a case, or start from the example plan: Connect&apos;s outcomes, run against the offline sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No test plan open. Open one, or add the current link as a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the current link as a case: it expects a code. Run it, or add more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::sandbox::SandboxServer</name>
    <message>
        <source>No app with the id %1 is registered with the sandbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no app with the id %1 is registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sandbox has not seen the vehicle “%1”: connect it in a flow first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::sandbox::ScreenRenderer</name>
    <message>
        <source>error page: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::sandbox::WebhookDispatcher</name>
    <message>
        <source>The webhook URL is empty: give a URL on this machine, e.g. http://127.0.0.1:8000/webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a URL: give one such as http://127.0.0.1:8000/webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook URL must start with http:// or https://, not “%1:”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandbox delivers webhooks only to this machine: “%1” is not 127.0.0.1, localhost or [::1]. Run your receiver locally (a tunnel forwards real Smartcar&apos;s deliveries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no webhook URL: set one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no Application Management Token, the key that signs its webhooks: set management_token for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeout: no answer within %1 s (Smartcar gives up after 15 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not deliver: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: a verify must be answered 200 with {&quot;challenge&quot;: …}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP 401: the receiver rejected it (does it check SC-Signature over the raw body, keyed with the management token?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1: the receiver did not accept it (Smartcar expects 2xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delivered: HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not JSON: the answer must be {&quot;challenge&quot;: &quot;&lt;hex HMAC-SHA256&gt;&quot;}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no &quot;challenge&quot; string in the JSON answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified: the answer is HMAC-SHA256(management token, challenge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong HMAC: answered %1, expected %2 (hex HMAC-SHA256 of the challenge, keyed with the Application Management Token)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::web</name>
    <message>
        <source>connectlab: the built-in sandbox could not listen on 127.0.0.1
</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run-plan needs a plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connectlab: no case of %1 has the tag %2.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::web::FlowBrowser</name>
    <message>
        <source>Connect Lab popup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::web::FlowPanel</name>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the link again in a fresh browser session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep session between runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: every run starts in a fresh private browser (no cookies). On: runs share cookies, e.g. to see approval_prompt=auto skip the permission screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The browser&apos;s current address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization code is masked until you reveal it, in the result and in the navigations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate error at %1: %2. Connect Lab rejected the certificate; it never accepts a bad one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URI uses the custom scheme &quot;%1&quot;, which was not registered when Connect Lab started, so the embedded browser cannot catch a redirect to it. Restart Connect Lab (at start it registers the schemes of the saved session and of a link given on the command line), then run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running… waiting for a page that carries code or error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running… waiting for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the redirect: nothing came back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot run in the system browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened the link in your browser. Waiting for it to come back to %1 (listening on 127.0.0.1:%2 only, once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect refused the link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect error page: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page did not load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last Connect page behind the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect was caught: use Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the link in your desktop browser and catch the callback on 127.0.0.1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a loopback redirect URI, http://localhost:PORT/…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::web::FlowResultView</name>
    <message>
        <source>Use the system browser for brands that refuse embedded browsers: Ford and Lincoln (they require Smartcar&apos;s mobile SDKs) and, today, BMW and MINI (their login fails behind a captcha). It needs a loopback redirect URI (http://localhost:PORT/…): Connect Lab then listens once on 127.0.0.1:PORT and catches the callback itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy callback URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run in system browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ford, Lincoln, BMW or MINI? They refuse embedded browsers: use the system browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Run to open the link here; the redirect is caught before it reaches your server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::web::HeadlessFlowRunner</name>
    <message>
        <source>%1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run-flow needs an http(s) Connect link, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--click-through takes approve or deny, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--login needs an email address, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds (1 to 3600), not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown argument &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--run-flow needs a Connect link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No callback within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback carried no code, user_id or error.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::web::NavigationTimelineModel</name>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::web::PlanCaseRun</name>
    <message>
        <source>No redirect within %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in sandbox could not listen on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The callback carried no code, user_id or error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No client secret to exchange the code with: the sandbox does not know the app, and the plan names no &quot;client_secret_env&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::web::PlanRunner</name>
    <message>
        <source>The plan reads the client secret from $%1, which is not set. Set it, e.g. %1=… connectlab --run-plan …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the run was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not finished: the run was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: --bail stopped the plan after &quot;%1&quot; failed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>connectlab::web::SystemBrowserRun</name>
    <message>
        <source>The desktop&apos;s browser could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
