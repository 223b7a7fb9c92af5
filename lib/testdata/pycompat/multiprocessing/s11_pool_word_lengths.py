import multiprocessing

def measure(word):
    return (word, len(word))

if __name__ == "__main__":
    words = "the quick brown fox jumps over the lazy dog".split()
    with multiprocessing.Pool(3) as pool:
        pairs = pool.map(measure, words)
    longest = max(pairs, key=lambda p: p[1])
    print(pairs[:3], longest, sum(n for _, n in pairs))
