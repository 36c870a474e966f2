// `npm run admin -- COMMAND …`: accounts and tokens from the command line, on
// the configured store. Passwords are read from standard input, never from
// arguments (which other users of the machine can see).
//   create-admin --username NAME [--name "Full Name"]
//   create-user  --username NAME --role VIEWER|EDITOR|ADMIN [--scopes region,lansdel-umea] [--name …]
//   set-password --username NAME
//   create-token --username NAME --name LABEL [--days 90]      (prints the token once)
//   revoke-token --id TOKEN_ID
//   list-users | list-tokens
import { parseArgs } from 'node:util';
import { Accounts, Role } from '../server/auth/accounts.ts';
import { loadConfig } from '../server/config.ts';
import { createStore } from '../server/store/index.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { username: { type: 'string' }, name: { type: 'string' }, role: { type: 'string' }, scopes: { type: 'string' }, days: { type: 'string' }, id: { type: 'string' } },
});

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('Password (12+ characters): ');
  let data = '';
  for await (const chunk of process.stdin) data += chunk;
  return data.replace(/\r?\n$/, '');
}

function need(v: string | undefined, flag: string): string {
  if (!v) throw new Error(`--${flag} is required`);
  return v;
}

const store = await createStore(loadConfig());
try {
  await store.init();
  const accounts = new Accounts(store);
  const by = 'admin-cli';
  switch (positionals[0]) {
    case 'create-admin':
    case 'create-user': {
      const role = positionals[0] === 'create-admin' ? 'ADMIN' : Role.parse(need(values.role, 'role'));
      const user = await accounts.createUser({
        id: need(values.username, 'username'), role, password: await readPassword(),
        ...(values.name ? { name: values.name } : {}), ...(values.scopes ? { scopes: values.scopes.split(',') } : {}),
      }, by);
      console.log(`Created ${user.role} "${user.id}" (scopes: ${user.scopes.join(', ')})`);
      break;
    }
    case 'set-password':
      await accounts.updateUser(need(values.username, 'username'), { password: await readPassword() }, by);
      console.log('Password changed; the user\'s sessions and API tokens have ended');
      break;
    case 'create-token': {
      const { token, record } = await accounts.createToken(need(values.username, 'username'), need(values.name, 'name'), Number(values.days ?? 90), by);
      console.log(`Token ${record.id} for ${record.userId}, expires ${record.expiresAt}. Shown once:\n${token}`);
      break;
    }
    case 'revoke-token':
      console.log(`Revoked ${(await accounts.revokeToken(need(values.id, 'id'), by)).id}`);
      break;
    case 'list-users':
      for (const u of await accounts.listUsers()) console.log(`${u.id}\t${u.role}\t${u.scopes.join(',')}\t${u.disabled ? 'disabled' : ''}`);
      break;
    case 'list-tokens':
      for (const t of await accounts.listTokens()) console.log(`${t.id}\t${t.userId}\t${t.name}\texpires ${t.expiresAt}${t.revokedAt ? `\trevoked ${t.revokedAt}` : ''}`);
      break;
    default:
      console.error('Usage: npm run admin -- create-admin|create-user|set-password|create-token|revoke-token|list-users|list-tokens [options] (see scripts/admin.ts)');
      process.exitCode = 2;
  }
} catch (e) {
  console.error(`admin: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await store.close();
}
