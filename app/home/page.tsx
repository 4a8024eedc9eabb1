import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/guards";
import { homePathFor } from "@/lib/auth/roles";

/** GET /home — sends a signed-in user to their role's home page. */
export default async function HomeRedirect() {
  const user = await requireUser();
  redirect(homePathFor(user.role));
}
