import queue

words = {"cold", "cord", "card", "ward", "warm", "word", "worm", "corm", "wore", "core"}


def neighbours(w):
    for i in range(len(w)):
        for c in "abcdefghijklmnopqrstuvwxyz":
            cand = w[:i] + c + w[i + 1:]
            if cand != w and cand in words:
                yield cand


def ladder(start, goal):
    q = queue.Queue()
    q.put([start])
    seen = {start}
    while not q.empty():
        path = q.get()
        if path[-1] == goal:
            return path
        for n in sorted(neighbours(path[-1])):
            if n not in seen:
                seen.add(n)
                q.put(path + [n])
    return None


print(ladder("cold", "warm"))
print(ladder("cold", "wore"))
print(ladder("cold", "zzzz"))
