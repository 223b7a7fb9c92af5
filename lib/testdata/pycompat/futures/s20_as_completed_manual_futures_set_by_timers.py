import threading
from concurrent.futures import Future, as_completed, wait

fs = [Future() for _ in range(4)]
for i, delay in enumerate([0.2, 0.05, 0.35, 0.1]):
    threading.Timer(delay, fs[i].set_result, args=(i,)).start()
print([f.result() for f in as_completed(fs, timeout=30)])
g = [Future(), Future()]
threading.Timer(0.05, g[1].set_exception, args=(OSError("disk"),)).start()
done, nd = wait(g, timeout=30, return_when="FIRST_COMPLETED")
print(len(done), len(nd), [f is g[1] for f in done], repr(g[1].exception()))
g[0].set_result("late")
done, nd = wait(g)
print(len(done), len(nd), g[0].result())
