import multiprocessing


def tagged(pair):
    i, word = pair
    return i, word[::-1]


if __name__ == "__main__":
    words = ["stop", "live", "drawer", "gateman", "reward"]
    with multiprocessing.Pool(2) as p:
        out = sorted(p.imap_unordered(tagged, enumerate(words)))
    print(out)
    print([w for _, w in out])
