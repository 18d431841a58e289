// Preloaded into the binary by fault tests (NODE_OPTIONS=--import): records any attempt to use
// the network (and refuses it), and on exit the process's peak memory, into files named by env.
import { appendFileSync, writeFileSync } from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import dgram from 'node:dgram';
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';

const netLog = process.env.RECOVER_TEST_NET_LOG;
const rssFile = process.env.RECOVER_TEST_RSS_FILE;

if (netLog) {
  const refuse = (what) =>
    function refused() {
      appendFileSync(netLog, `${what}\n`);
      throw new Error(`network use refused in a test: ${what}`);
    };
  net.Socket.prototype.connect = refuse('net.Socket.connect');
  net.Server.prototype.listen = refuse('net.Server.listen');
  for (const [mod, names, label] of [
    [net, ['connect', 'createConnection', 'createServer'], 'net'],
    [tls, ['connect', 'createServer'], 'tls'],
    [http, ['request', 'get', 'createServer'], 'http'],
    [https, ['request', 'get', 'createServer'], 'https'],
    [dns, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'], 'dns'],
    [dns.promises, ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse'], 'dns.promises'],
    [dgram, ['createSocket'], 'dgram'],
  ]) {
    for (const name of names) mod[name] = refuse(`${label}.${name}`);
  }
  globalThis.fetch = refuse('fetch');
  globalThis.WebSocket = refuse('WebSocket');
  syncBuiltinESMExports();
}

if (rssFile) process.on('exit', () => writeFileSync(rssFile, String(process.resourceUsage().maxRSS)));
