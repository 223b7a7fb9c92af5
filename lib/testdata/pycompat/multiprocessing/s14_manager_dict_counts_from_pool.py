import multiprocessing


def count_words(shared, lock, text):
    for w in text.split():
        with lock:
            shared[w] = shared.get(w, 0) + 1
    return len(text.split())


if __name__ == "__main__":
    texts = ["go is fun", "python is fun", "go go go", "fun fun"]
    with multiprocessing.Manager() as m:
        shared = m.dict()
        lock = m.Lock()
        with multiprocessing.Pool(2) as pool:
            sizes = pool.starmap(count_words, [(shared, lock, t) for t in texts])
        print(sizes, sum(sizes))
        print(sorted(shared.items()))
        print(len(shared), "go" in shared, shared.get("rust", 0))
