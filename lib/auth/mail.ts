import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

let transport: Transporter | undefined;

/**
 * Sends the password reset link: over SMTP_URL when set; in development without it, the link goes to the
 * server log (only the link: never the address or anything else the user typed). Production without SMTP
 * cannot deliver resets, so it says so instead of pretending.
 */
export async function sendResetLink({ to, url }: { to: string; url: string }): Promise<void> {
  const e = env();
  if (!e.SMTP_URL) {
    if (e.NODE_ENV === "production") throw new Error("SMTP_URL is not set: password reset emails cannot be sent.");
    console.log(`[auth] password reset link (no SMTP_URL configured): ${url}`);
    return;
  }
  transport ??= nodemailer.createTransport(e.SMTP_URL);
  await transport.sendMail({
    from: e.MAIL_FROM,
    to,
    subject: "Reset your Profile Maker password",
    text: `Someone asked to reset the password of your Profile Maker account.\n\nTo choose a new password, open:\n${url}\n\nThe link works once and expires in one hour. If it was not you, ignore this email.`,
  });
}
