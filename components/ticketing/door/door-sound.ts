// The door is loud: a short high tone for "let them in", two low buzzes for anything else. Web
// Audio, no files; silently nothing where audio is unavailable or not yet allowed.
let context: AudioContext | null = null;

export function playDoorSound(ok: boolean) {
  try {
    context ??= new AudioContext();
    const tones = ok
      ? [{ at: 0, hz: 1320, length: 0.15 }]
      : [
          { at: 0, hz: 220, length: 0.18 },
          { at: 0.25, hz: 220, length: 0.18 },
        ];
    for (const tone of tones) {
      const osc = context.createOscillator();
      const gain = context.createGain();
      osc.type = ok ? "sine" : "square";
      osc.frequency.value = tone.hz;
      gain.gain.value = 0.15;
      osc.connect(gain).connect(context.destination);
      const start = context.currentTime + tone.at;
      osc.start(start);
      osc.stop(start + tone.length);
    }
  } catch {
    // no audio here: the colour still says it
  }
}
