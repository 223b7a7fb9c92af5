import threading

fired = []
done = threading.Event()


def fire(tag):
    fired.append(tag)
    if len(fired) == 2:
        done.set()


a = threading.Timer(0, fire, args=("zero",))
b = threading.Timer(-1, fire, args=("negative",))
print(a.interval, b.interval)
a.start()
a.join()
b.start()
b.join()
print(done.wait(30), fired)
