import queue
history = queue.LifoQueue()
text = ""
for word in ["hello", " ", "world", "!"]:
    history.put(text)
    text += word
print(repr(text))
for _ in range(2):
    text = history.get()
    print("undo ->", repr(text))
print(history.qsize())
