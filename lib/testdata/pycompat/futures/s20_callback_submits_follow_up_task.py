import threading
from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(2)
results = []
done = threading.Event()

def stage2(x):
    return x + 1

def on_stage1(f):
    g = ex.submit(stage2, f.result() * 10)
    g.add_done_callback(lambda g: (results.append(g.result()), done.set()))

f = ex.submit(lambda: 4)
f.add_done_callback(on_stage1)
print(done.wait(30), results)
ex.shutdown()
