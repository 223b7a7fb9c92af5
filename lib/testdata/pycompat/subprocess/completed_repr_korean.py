import subprocess

r = subprocess.run(["echo", "안녕"], capture_output=True)
print(r)
r = subprocess.run(["echo", "안녕"], capture_output=True, text=True)
print(r)
r = subprocess.run(["printf", "q\"uote's\\\\"], stdout=subprocess.PIPE, text=True)
print(r)
r = subprocess.run(["printf", "\\001\\377"], stdout=subprocess.PIPE)
print(r)
