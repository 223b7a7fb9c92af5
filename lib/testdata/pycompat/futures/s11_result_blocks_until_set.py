import concurrent.futures as cf, threading

f = cf.Future()
threading.Timer(0.02, f.set_result, args=("from timer",)).start()
print(f.result(timeout=10), f.done())
g = cf.Future()
threading.Timer(0.02, g.set_exception, args=(OSError("disk"),)).start()
try:
    g.result(timeout=10)
except OSError as e:
    print("OSError:", e)
