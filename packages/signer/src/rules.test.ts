import { nodeBackend, webCryptoBackend } from "./crypto.js";
import { defineRuleSuite } from "./test-support/rule-suite.js";

defineRuleSuite(webCryptoBackend());
defineRuleSuite(nodeBackend()!);
