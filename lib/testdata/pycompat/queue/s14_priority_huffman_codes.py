import itertools
import queue

text = "abracadabra"
freq = {}
for ch in text:
    freq[ch] = freq.get(ch, 0) + 1
pq = queue.PriorityQueue()
seq = itertools.count()
for ch in sorted(freq):
    pq.put((freq[ch], next(seq), ch))
while pq.qsize() > 1:
    f1, _, a = pq.get()
    f2, _, b = pq.get()
    pq.put((f1 + f2, next(seq), (a, b)))
_, _, tree = pq.get()
codes = {}


def walk(node, prefix):
    if isinstance(node, str):
        codes[node] = prefix or "0"
        return
    walk(node[0], prefix + "0")
    walk(node[1], prefix + "1")


walk(tree, "")
for ch in sorted(codes):
    print(ch, freq[ch], codes[ch])
print(sum(len(codes[ch]) for ch in text), "bits")
