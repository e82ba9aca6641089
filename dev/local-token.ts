/** A token for a Bot API that is not Telegram's (the local fake); Telegram would refuse it. */
export const LOCAL_TOKEN = "1000001:local-placeholder-token-for-fake-bot-api";
