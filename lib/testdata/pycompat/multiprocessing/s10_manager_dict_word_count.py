import multiprocessing

def count(words, d, lock):
    for w in words:
        with lock:
            d[w] = d.get(w, 0) + 1

if __name__ == "__main__":
    text = "the cat and the dog and the bird".split()
    with multiprocessing.Manager() as m:
        d = m.dict()
        lock = m.Lock()
        chunks = [text[i::3] for i in range(3)]
        ps = [multiprocessing.Process(target=count, args=(c, d, lock)) for c in chunks]
        for p in ps:
            p.start()
        for p in ps:
            p.join()
        print(sorted(d.items()), len(d))
        print(d.get("fish"), "the" in d, d.pop("the"), "the" in d)
