import subprocess

script = 'total=0; for n in 1 2 3 4; do total=$((total + n * n)); done; echo "total=$total"; [ $total -gt 20 ] && echo big'
print(subprocess.run(script, shell=True, capture_output=True, text=True).stdout, end="")
print(subprocess.check_output('x=abc; echo ${#x} ${x%c} ${x#a}', shell=True, text=True), end="")
r = subprocess.run('read a b; echo "$b $a"', shell=True, input="one two\n", capture_output=True, text=True)
print(r.stdout, end="")
print(subprocess.run("test -d /; echo $?; test -f /; echo $?", shell=True, capture_output=True, text=True).stdout.split())
