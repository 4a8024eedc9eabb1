/** A form, not a script: signing out works without JavaScript and costs no client code. */
export function SignOutButton({ label, action }: { label: string; action: () => Promise<void> }) {
  return (
    <form action={action} className="sign-out-form">
      <button type="submit" className="link-button">
        {label}
      </button>
    </form>
  );
}
