import threading

progress = {}
lock = threading.Lock()
done = threading.Event()


def thread_func(name, d):
    total = 0
    for i in d:
        total += i
    with lock:
        progress[name] = total
        if len(progress) == 2:
            done.set()


x = threading.Thread(target=thread_func, args=("First", range(20000)), daemon=True)
y = threading.Thread(target=thread_func, args=("Second", range(10000)), daemon=True)
print(x.daemon, y.daemon, x.name, y.name)
x.start()
y.start()
print("all done:", done.wait(30))
print(sorted(progress.items()))
