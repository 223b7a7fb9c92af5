import threading


class Worker:
    def crunch(self):
        pass

    def run(self):
        pass


def helper():
    pass


w = Worker()
ts = [threading.Thread(target=w.crunch), threading.Thread(target=helper), threading.Thread(target=w.run), threading.Thread()]
for t in ts:
    print(t.name)
for t in ts:
    t.start()
    t.join()
print([t.name for t in ts])
