from concurrent.futures import ProcessPoolExecutor

def count_words(text):
    words = text.lower().split()
    return len(words), max(words, key=len) if words else ""

docs = ["the quick brown fox", "", "Jumps over the lazy dog", "a bb ccc"]
if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2) as ex:
        for doc, (n, longest) in zip(docs, ex.map(count_words, docs)):
            print(repr(doc), n, repr(longest))
