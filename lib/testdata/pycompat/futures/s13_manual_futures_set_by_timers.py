import concurrent.futures as cf, threading

a, b = cf.Future(), cf.Future()
t1 = threading.Timer(0.05, a.set_result, args=("from timer",))
t1.start()
done, not_done = cf.wait([a, b], return_when=cf.FIRST_COMPLETED, timeout=10)
print(len(done), len(not_done), a in done, a.result())
t2 = threading.Timer(0.05, b.set_exception, args=(ValueError("late"),))
t2.start()
done, not_done = cf.wait([a, b], timeout=10)
print(len(done), len(not_done), type(b.exception()).__name__, b.exception())
t1.join(); t2.join()
