import threading

text = """the cat sat on the mat the dog sat on the log
a cat and a dog met on the mat and sat"""
words = text.split()
chunks = [words[i::3] for i in range(3)]
totals = {}
lock = threading.Lock()
def count(chunk):
    local = {}
    for w in chunk:
        local[w] = local.get(w, 0) + 1
    with lock:
        for w, n in local.items():
            totals[w] = totals.get(w, 0) + n

ts = [threading.Thread(target=count, args=(c,)) for c in chunks]
for t in ts:
    t.start()
for t in ts:
    t.join()
top = sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top, sum(totals.values()) == len(words))
