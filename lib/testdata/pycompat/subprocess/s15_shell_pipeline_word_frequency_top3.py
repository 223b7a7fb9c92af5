import subprocess

text = "the cat and the dog and the bird\nthe end\n"
cmd = "tr ' ' '\\n' | grep -v '^$' | sort | uniq -c | sort -k1,1nr -k2 | head -3"
r = subprocess.run(cmd, shell=True, input=text, capture_output=True, text=True, check=True)
for line in r.stdout.splitlines():
    count, word = line.split()
    print(word, int(count))
print(r.args == cmd, r.returncode, r.stderr == "")
