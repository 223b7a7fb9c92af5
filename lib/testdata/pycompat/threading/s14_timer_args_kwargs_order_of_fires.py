import threading

fired = []
lock = threading.Lock()
done = threading.Semaphore(0)


def fire(tag, times=1):
    with lock:
        fired.append(tag * times)
    done.release()


t1 = threading.Timer(1.0, fire, args=("slow",))
t2 = threading.Timer(0.0, fire, args=("fast",), kwargs={"times": 2})
t1.start()
t2.start()
done.acquire()
with lock:
    print("first:", fired)
done.acquire()
t1.join()
t2.join()
print("both:", fired)
