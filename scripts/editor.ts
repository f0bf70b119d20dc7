// `npm run editor -- add EMAIL`: creates an editor account, asking for the password (or reading
// EDITOR_PASSWORD when there is no terminal), against the database at DATABASE_PATH.
import { createInterface } from 'node:readline/promises';
import { addEditor } from '@/db/writes/editors';

async function readPassword(): Promise<string> {
  if (process.env.EDITOR_PASSWORD) return process.env.EDITOR_PASSWORD;
  if (!process.stdin.isTTY) throw new Error('Set EDITOR_PASSWORD, or run this in a terminal to be asked.');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Keep the password off the screen: echo nothing while it is typed.
  const output = rl as unknown as { _writeToOutput: (text: string) => void };
  const question = rl.question('Password (at least 10 characters): ');
  output._writeToOutput = () => {};
  const password = await question;
  rl.close();
  process.stdout.write('\n');
  return password;
}

async function main() {
  const [command, email] = process.argv.slice(2);
  if (command !== 'add' || !email) {
    console.error('Usage: npm run editor -- add EMAIL');
    process.exit(2);
  }
  const password = await readPassword();
  const editor = await addEditor(email, password);
  console.log(`Editor ${editor.email} created.`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`Could not add the editor: ${message}`);
  process.exit(1);
});
