// Times the official Node SDK's getAuthUrl for the request BM_BuildUrl builds (tests/bench/bench_core.cpp).
// Run outside the repository (nothing is installed into the checkout):
//   mkdir -p /tmp/sdkbench && cd /tmp/sdkbench && npm install smartcar
//   NODE_PATH=/tmp/sdkbench/node_modules node /path/to/tests/bench/node/getauthurl-bench.js [iterations]
'use strict';
const smartcar = require('smartcar');

const iterations = Number(process.argv[2] || 1e6);
const client = new smartcar.AuthClient({
  clientId: '4cf82729-4275-46d9-9255-8437ba777151',
  clientSecret: 'not-a-secret',
  redirectUri: 'https://example.com/callback',
  mode: 'simulated',
});
const scope = ['required:read_vehicle_info', 'read_odometer', 'read_location', 'read_battery', 'read_charge'];
const options = {
  forcePrompt: true,
  state: '0123456789abcdef-state',
  make: 'TESLA',
  singleSelect: {vin: '5YJ3E1EA2KF317000'},
  flags: {country: 'DE'},
};

console.log(client.getAuthUrl(scope, options));
let sink = 0;
for (let i = 0; i < 100000; ++i) sink += client.getAuthUrl(scope, options).length; // warm-up (JIT)
// Wall time, like Google Benchmark's "Time" column, and CPU time (user + system), like its "CPU" column.
let best = Infinity;
let bestCpu = Infinity;
for (let round = 0; round < 5; ++round) {
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; ++i) sink += client.getAuthUrl(scope, options).length;
  const ns = Number(process.hrtime.bigint() - start) / iterations;
  const cpu = process.cpuUsage(cpuStart);
  const cpuNs = ((cpu.user + cpu.system) * 1000) / iterations;
  best = Math.min(best, ns);
  bestCpu = Math.min(bestCpu, cpuNs);
  console.log(`round ${round + 1}: ${ns.toFixed(0)} ns wall, ${cpuNs.toFixed(0)} ns CPU per getAuthUrl`);
}
console.log(`best: ${best.toFixed(0)} ns wall, ${bestCpu.toFixed(0)} ns CPU per getAuthUrl (node ` +
  `${process.version}, smartcar ${require('smartcar/package.json').version}, sink ${sink % 10})`);
