import threading

def hello():
    print("hello")

t = threading.Timer(0.25, hello)
print(t.interval, t.function is hello, t.daemon, t.is_alive())
t.interval = 0.01
t.start()
t.join()
print(t.is_alive())
