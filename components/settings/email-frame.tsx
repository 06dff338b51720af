"use client";
import { useCallback, useEffect, useRef } from "react";

/**
 * A stored email's HTML at its full height. Sandboxed: no scripts, no forms, no navigation;
 * same-origin only so this page can measure the document (nothing runs inside it).
 */
export function EmailFrame({ title, html }: { title: string; html: string }) {
  const ref = useRef<HTMLIFrameElement>(null);
  const fit = useCallback(() => {
    const doc = ref.current?.contentDocument;
    if (ref.current && doc?.documentElement) ref.current.style.height = `${Math.max(doc.documentElement.scrollHeight, doc.body?.scrollHeight ?? 0, 120)}px`;
  }, []);
  // The frame may have loaded before hydration, when onLoad was not listening yet.
  useEffect(() => {
    if (ref.current?.contentDocument?.readyState === "complete") fit();
  }, [fit]);
  return (
    <iframe
      ref={ref}
      title={title}
      sandbox="allow-same-origin"
      srcDoc={html}
      onLoad={() => {
        fit();
        // Images arriving later change the height; measure again once they have.
        ref.current?.contentDocument?.querySelectorAll("img").forEach((img) => img.addEventListener("load", fit));
      }}
      className="block h-[32rem] w-full bg-white"
    />
  );
}
