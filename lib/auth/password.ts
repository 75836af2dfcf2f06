import bcrypt from 'bcryptjs';

const COST = 10;
// A real hash of a random string: comparing against it when the e-mail is unknown takes as long as
// comparing against a user's hash, so response time does not reveal which e-mails exist.
const DUMMY_HASH = '$2b$10$CwTycUXWue0Thq9StjUM0uJ8.0k3k6bq4r0nSxZVQ1lO4XQm8xN2W';

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string | null | undefined): Promise<boolean> {
  return bcrypt.compare(password, hash ?? DUMMY_HASH);
}
