"use client";
import { useEffect, useRef, useState } from "react";
import type { IScannerControls } from "@zxing/browser";
import { Button } from "@/components/ui/button";

type Phase = "idle" | "starting" | "scanning" | "denied" | "no-camera" | "insecure" | "failed";

const messages: Partial<Record<Phase, string>> = {
  denied: "Camera access was refused. Allow the camera for this site in the browser's settings, or type codes below.",
  "no-camera": "No camera found on this device. Type the code under the QR code below.",
  insecure: "The camera needs a secure (https) address. Type codes below, or open this page over https.",
  failed: "The camera could not start. Try again, or type codes below.",
};

function phaseOf(err: unknown): Phase {
  const name = (err as { name?: string })?.name ?? "";
  if (["NotAllowedError", "PermissionDeniedError", "SecurityError"].includes(name)) return "denied";
  if (["NotFoundError", "DevicesNotFoundError", "OverconstrainedError", "NotReadableError"].includes(name)) return "no-camera";
  return "failed";
}

/** The device camera reading QR codes (back camera first); each new code goes to onCode once. */
export function QrScanner({ onCode, large = false }: { onCode: (text: string) => void; large?: boolean }) {
  const video = useRef<HTMLVideoElement>(null);
  const controls = useRef<IScannerControls | null>(null);
  const last = useRef({ text: "", at: 0 });
  const onCodeRef = useRef(onCode);
  const [phase, setPhase] = useState<Phase>("idle");
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const [cameraId, setCameraId] = useState<string>("");

  useEffect(() => void (onCodeRef.current = onCode), [onCode]);
  useEffect(() => () => controls.current?.stop(), []);

  async function start(deviceId?: string) {
    controls.current?.stop();
    if (!window.isSecureContext) return setPhase("insecure");
    if (!navigator.mediaDevices?.getUserMedia) return setPhase("no-camera");
    setPhase("starting");
    try {
      const { BrowserQRCodeReader } = await import("@zxing/browser"); // only door screens load the decoder
      const reader = new BrowserQRCodeReader(undefined, { delayBetweenScanAttempts: 150 });
      const onResult = (result: { getText: () => string } | undefined) => {
        if (!result) return;
        const text = result.getText();
        const now = Date.now();
        if (text === last.current.text && now - last.current.at < 4000) return; // the same QR still in view
        last.current = { text, at: now };
        onCodeRef.current(text);
      };
      controls.current = deviceId ? await reader.decodeFromVideoDevice(deviceId, video.current!, onResult) : await reader.decodeFromConstraints({ video: { facingMode: { ideal: "environment" } } }, video.current!, onResult);
      setPhase("scanning");
      const devices = await BrowserQRCodeReader.listVideoInputDevices();
      setCameras(devices);
      if (!deviceId) setCameraId(devices.find((d) => /back|rear|environment/i.test(d.label))?.deviceId ?? devices[0]?.deviceId ?? "");
    } catch (err) {
      setPhase(phaseOf(err));
    }
  }

  function stop() {
    controls.current?.stop();
    controls.current = null;
    setPhase("idle");
  }

  const live = phase === "scanning" || phase === "starting";
  return (
    <div className="space-y-3">
      <div className={live ? "relative overflow-hidden rounded-lg bg-black" : "hidden"}>
        <video ref={video} className={large ? "aspect-square max-h-[60dvh] w-full object-cover" : "aspect-square w-full object-cover sm:aspect-video"} muted playsInline aria-label="Camera preview" />
        {phase === "starting" && <p className="absolute inset-0 grid place-items-center text-sm text-white">Starting camera…</p>}
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {live ? (
          <Button type="button" variant="secondary" onClick={stop} className={large ? "py-3 !text-base" : undefined}>
            Stop camera
          </Button>
        ) : (
          <Button type="button" onClick={() => start()} className={large ? "w-full py-4 !text-lg" : undefined}>
            Scan with camera
          </Button>
        )}
        {phase === "scanning" && cameras.length > 1 && (
          <label className="flex items-center gap-2 text-sm text-gray-700">
            Camera
            <select
              className="rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm"
              value={cameraId}
              onChange={(e) => {
                setCameraId(e.target.value);
                void start(e.target.value);
              }}
            >
              {cameras.map((c, i) => (
                <option key={c.deviceId} value={c.deviceId}>
                  {c.label || `Camera ${i + 1}`}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      {messages[phase] && (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {messages[phase]}
        </p>
      )}
    </div>
  );
}
