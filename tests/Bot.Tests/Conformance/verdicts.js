// Judges Bot Connector tokens with botbuilder-js (botframework-connector 4.23.3), the conformance peer of our validator.
// stdin: {"metadataUrl": "...", "appId": "...", "cases": [{"name", "authHeader", "activity"}]}
// stdout: [{"name", "accepted", "reason"}]
'use strict';
const { ChannelValidation, JwtTokenValidation, SimpleCredentialProvider } = require('botframework-connector');

async function main() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  ChannelValidation.OpenIdMetadataEndpoint = input.metadataUrl;
  const credentials = new SimpleCredentialProvider(input.appId, 'unused-secret');
  const verdicts = [];
  for (const c of input.cases) {
    try {
      await JwtTokenValidation.authenticateRequest(c.activity, c.authHeader || '', credentials, '');
      verdicts.push({ name: c.name, accepted: true, reason: null });
    } catch (error) {
      verdicts.push({ name: c.name, accepted: false, reason: String(error && error.message) });
    }
  }
  process.stdout.write(JSON.stringify(verdicts));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack) + '\n');
  process.exit(1);
});
