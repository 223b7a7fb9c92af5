import threading


class Worker(threading.Thread):
    def __init__(self, name):
        super().__init__()
        self.name = name

    def run(self):
        print("sub thread start", threading.current_thread().name)
        total = sum(range(1000))
        print("sub thread end", self.name, total)


print("main thread start")
for i in range(3):
    name = "thread {}".format(i)
    t = Worker(name)
    t.start()
    t.join()
print("main thread end", threading.current_thread().name)
w = Worker("not started")
print(w.name, w.is_alive(), w.ident)
