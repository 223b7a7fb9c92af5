import subprocess

for text in (False, True):
    r = subprocess.run(["printf", "a\\tb\\n'q'\\\\"], capture_output=True, text=text)
    print(r)
    r = subprocess.run(["sh", "-c", "printf 'x\\r\\ny'; printf 'e\\n' >&2"], capture_output=True, text=text)
    print(r)
