import threading

stats = threading.local()
totals = {}
lock = threading.Lock()


def count_words(name, text):
    stats.words = 0
    for _ in text.split():
        stats.words += 1
    with lock:
        totals[name] = stats.words


texts = {"a": "one two three", "b": "four five", "c": "six"}
threads = [threading.Thread(target=count_words, args=item) for item in texts.items()]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(totals.items()), hasattr(stats, "words"))
