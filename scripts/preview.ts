// npm start: serves the local preview (spreadsheet page + real sidebar) on localhost.
import { startPreview } from './lib/preview-server';

const port = Number(process.env.PORT ?? 8080);
startPreview({ port })
  .then((preview) => console.log(`Plan Tracker preview: ${preview.url} (Ctrl+C to stop)`))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
