import { z } from "zod";

export const personNameField = z.string().trim().min(1, "Enter your name").max(80, "Name must be at most 80 characters");
export const emailField = z.string().trim().toLowerCase().max(254, "Email is too long").email("Enter a valid email address");
export const newPasswordField = z.string().min(8, "Use at least 8 characters").max(200, "Use at most 200 characters");
