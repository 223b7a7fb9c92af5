import queue

undo, redo = queue.LifoQueue(), queue.LifoQueue()
text = ""
for op in ["type:Hello", "type:, ", "type:world", "undo", "undo", "redo", "type:!", "redo", "undo"]:
    if op.startswith("type:"):
        undo.put(text)
        text += op[5:]
        while not redo.empty():
            redo.get_nowait()
    elif op == "undo" and not undo.empty():
        redo.put(text)
        text = undo.get()
    elif op == "redo":
        try:
            nxt = redo.get_nowait()
        except queue.Empty:
            print("nothing to redo")
            continue
        undo.put(text)
        text = nxt
    print("%-11s -> %r" % (op, text))
print(undo.qsize(), redo.qsize())
