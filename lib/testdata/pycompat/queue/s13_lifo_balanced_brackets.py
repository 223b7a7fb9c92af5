import queue

pairs = {")": "(", "]": "[", "}": "{"}
def balanced(s):
    st = queue.LifoQueue()
    for ch in s:
        if ch in "([{":
            st.put(ch)
        elif ch in pairs:
            try:
                if st.get_nowait() != pairs[ch]:
                    return False
            except queue.Empty:
                return False
    return st.empty()

for s in ["([]{})", "(]", "(()", "())", "", "{[()()]}"]:
    print(repr(s), balanced(s))
