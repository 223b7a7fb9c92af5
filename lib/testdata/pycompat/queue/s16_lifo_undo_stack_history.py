import queue

history = queue.LifoQueue()
text = ""
for word in ["hello", " world", "!", " again"]:
    history.put(text)
    text += word
    print("typed:", repr(text))
for _ in range(3):
    text = history.get()
    print("undo ->", repr(text), "left:", history.qsize())
print("can undo once more:", not history.empty())
