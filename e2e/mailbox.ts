/** A local SMTP server (smtp-server) the accounts spec starts, so reset emails are caught without any network. */
import { SMTPServer } from "smtp-server";

export function smtpPort(): number {
  return Number(process.env.E2E_PORT ?? 3200) + 20_000;
}

export type Mail = { to: string[]; raw: string };

export class Mailbox {
  readonly mails: Mail[] = [];
  private server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        this.mails.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString("utf8") });
        callback();
      });
    },
  });

  start(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.once("error", reject);
      this.server.listen(smtpPort(), "127.0.0.1", () => resolve());
    });
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** The reset link in the newest mail to `to` (quoted-printable soft breaks undone). */
  resetLink(to: string): string | null {
    const mail = this.mails.findLast((m) => m.to.includes(to));
    if (!mail) return null;
    const text = mail.raw.replace(/=\r?\n/g, "").replace(/=3D/g, "=");
    return /https?:\/\/[^\s]+\/reset-password\?token=[^\s]+/.exec(text)?.[0] ?? null;
  }
}
