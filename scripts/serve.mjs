// `npm start`: serves www/ on localhost and prints the URL. Stop with Ctrl-C.
import { startServer } from './server.mjs';

const port = Number(process.env.PORT || 5173);
const { url } = await startServer({ port, quiet: true });
console.log(`\n  newslens is running at ${url}\n  (Ctrl-C to stop)\n`);
