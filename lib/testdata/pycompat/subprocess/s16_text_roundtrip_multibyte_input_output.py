import subprocess

s = "안녕 héllo 😀 ✓"
r = subprocess.run(["cat"], input=s, capture_output=True, text=True)
print(r.stdout == s, len(r.stdout), r.stdout)
r = subprocess.run(["wc", "-c"], input=s, capture_output=True, text=True)
print("bytes:", r.stdout.strip(), "chars:", len(s))
r = subprocess.run(["cat"], input=s.encode(), capture_output=True)
print(r.stdout.decode() == s, len(r.stdout))
