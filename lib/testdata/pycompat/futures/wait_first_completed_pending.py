from concurrent.futures import ThreadPoolExecutor, wait, FIRST_COMPLETED
import threading

gates = [threading.Event() for _ in range(3)]
ex = ThreadPoolExecutor(max_workers=3)
fs = [ex.submit(g.wait) for g in gates]
done, not_done = wait(fs, timeout=0.02, return_when=FIRST_COMPLETED)
print(len(done), len(not_done))
gates[1].set()
done, not_done = wait(fs, return_when=FIRST_COMPLETED)
print(len(done), len(not_done), fs[1] in done)
for g in gates:
    g.set()
ex.shutdown()
print(all(f.result() for f in fs))
