import threading


def download():
    pass


class Job:
    def run(self):
        pass

    def go(self):
        pass


ts = [
    threading.Thread(target=download),
    threading.Thread(),
    threading.Thread(target=Job().go),
    threading.Thread(target=download, name="custom"),
    threading.Thread(target=download),
]
for t in ts:
    print(t.name)
for t in ts:
    t.start()
for t in ts:
    t.join()
print(threading.Thread(target=download).name)
