from concurrent.futures import ThreadPoolExecutor


def describe(word):
    return word, len(word), word.upper()


with ThreadPoolExecutor() as ex:
    for w, n, up in ex.map(describe, ["go", "파이썬", "", "thread"]):
        print(repr(w), n, repr(up))
