import multiprocessing

def count_words(line):
    return len(line.split())

if __name__ == "__main__":
    lines = ["the quick brown fox", "jumps over", "the lazy dog", ""]
    with multiprocessing.Pool(2) as pool:
        counts = pool.map(count_words, lines)
    print(counts, sum(counts))
