import type { Page } from 'playwright-core';

/**
 * Starts a looping <audio> in the page (a generated one-second tone, no files or network), so a
 * test can check that opening and closing the reader leaves playing media playing.
 */
export async function startLoopingAudio(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const rate = 8000; // samples per second
    const samples = new Int16Array(rate);
    for (let i = 0; i < samples.length; i++) samples[i] = Math.round(Math.sin((i * 2 * Math.PI * 440) / rate) * 3000);
    const header = new DataView(new ArrayBuffer(44));
    const text = (offset: number, s: string) => [...s].forEach((c, i) => header.setUint8(offset + i, c.charCodeAt(0)));
    text(0, 'RIFF');
    header.setUint32(4, 36 + samples.byteLength, true);
    text(8, 'WAVEfmt ');
    header.setUint32(16, 16, true);
    header.setUint16(20, 1, true); // PCM
    header.setUint16(22, 1, true); // mono
    header.setUint32(24, rate, true);
    header.setUint32(28, rate * 2, true);
    header.setUint16(32, 2, true);
    header.setUint16(34, 16, true);
    text(36, 'data');
    header.setUint32(40, samples.byteLength, true);
    const audio = document.createElement('audio');
    audio.loop = true;
    audio.muted = true;
    audio.src = URL.createObjectURL(new Blob([header, samples], { type: 'audio/wav' }));
    document.body.append(audio);
    await audio.play();
  });
}
