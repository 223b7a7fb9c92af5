import threading

calls = []


def remind(what, times=1):
    calls.append(what * times)


t = threading.Timer(2.5, remind, args=("ping",), kwargs={"times": 2})
print(t.interval, t.function.__name__, t.args, t.kwargs, t.is_alive())
t.cancel()
t.start()
t.join()
print("cancelled before start never runs:", calls, t.is_alive())
u = threading.Timer(0.01, remind, args=("pong",))
u.start()
u.join()
print(calls)
