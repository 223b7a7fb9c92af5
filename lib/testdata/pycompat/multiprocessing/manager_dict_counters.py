import multiprocessing

def count(d, lock, word, n):
    for _ in range(n):
        with lock:
            d[word] = d.get(word, 0) + 1

if __name__ == "__main__":
    with multiprocessing.Manager() as m:
        d = m.dict()
        lock = m.Lock()
        ps = [multiprocessing.Process(target=count, args=(d, lock, w, 5)) for w in ("a", "b", "a")]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d.items()), len(d), "a" in d, d.get("z", "none"))
        print(d.pop("a"), sorted(d.keys()))
