import { webCryptoBackend } from "./crypto.js";
import { nodeBackend } from "./node-crypto.js";
import { defineRuleSuite } from "./test-support/rule-suite.js";

defineRuleSuite(webCryptoBackend());
defineRuleSuite(nodeBackend()!);
