import threading


class Downloader(threading.Thread):
    def __init__(self, url):
        super().__init__()
        self.url = url
        self.size = None

    def run(self):
        self.size = len(self.url) * 100


workers = [Downloader(u) for u in ("a.io", "bb.io", "ccc.io")]
print([w.name for w in workers])
for w in workers:
    w.start()
for w in workers:
    w.join()
print([(w.url, w.size) for w in workers])
