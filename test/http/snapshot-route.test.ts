/** GET /snapshot's backpressure: waiting for 'drain' or 'close' leaves no listener behind, however many pauses. */
import { EventEmitter } from 'node:events';
import { drainedOrClosed } from '@/http/snapshot-route';

it('removes the listener of whichever of drain and close did not happen, at every pause', async () => {
  const res = new EventEmitter();
  for (let i = 0; i < 50; i++) {
    const waiting = drainedOrClosed(res);
    res.emit('drain');
    await waiting;
  }
  expect(res.listenerCount('close')).toBe(0);
  expect(res.listenerCount('drain')).toBe(0);
  expect(res.listenerCount('error')).toBe(0);
  const closing = drainedOrClosed(res);
  res.emit('close');
  await closing;
  expect(res.listenerCount('drain')).toBe(0);
});
