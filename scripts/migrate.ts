// npm run migrate: apply prisma/migrations to DATABASE_URL (or the embedded database).
import { loadEnvFiles } from "./lib/load-env";
import { prepareDatabase } from "./lib/prepare-database";

loadEnvFiles();
const db = await prepareDatabase();
console.log("Migrations applied.");
await db.stop();
