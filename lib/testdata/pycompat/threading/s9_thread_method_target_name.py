import threading

class Worker:
    def work(self):
        pass
    def run(self):
        pass

w = Worker()
a = threading.Thread(target=w.work)
b = threading.Thread(target=print)
print(a.name, b.name)
