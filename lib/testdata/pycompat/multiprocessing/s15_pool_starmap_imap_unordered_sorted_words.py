import multiprocessing


def count(word, letter):
    return word, word.count(letter)


def length(word):
    return len(word)


if __name__ == "__main__":
    words = ["banana", "apple", "cherry", "kiwi", "papaya"]
    with multiprocessing.Pool(2) as pool:
        print(pool.starmap(count, [(w, "a") for w in words]))
        print(sorted(pool.imap_unordered(length, words)))
        print(list(pool.imap(length, words, chunksize=2)))
        r = pool.starmap_async(count, [(w, "p") for w in words])
        print(r.get(timeout=30), r.successful())
