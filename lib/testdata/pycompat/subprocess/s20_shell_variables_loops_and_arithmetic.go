package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	sh := subprocess.Options{Shell: true, CaptureOutput: true, Text: true}
	script := `total=0; for n in 1 2 3 4; do total=$((total + n * n)); done; echo "total=$total"; [ $total -gt 20 ] && echo big`
	r, _ := subprocess.Run([]string{script}, sh)
	fmt.Print(string(r.Stdout))
	out, _ := subprocess.CheckOutput([]string{`x=abc; echo ${#x} ${x%c} ${x#a}`}, subprocess.Options{Shell: true, Text: true})
	fmt.Print(string(out))
	o := sh
	o.Input = "one two\n"
	r, _ = subprocess.Run([]string{`read a b; echo "$b $a"`}, o)
	fmt.Print(string(r.Stdout))
	r, _ = subprocess.Run([]string{"test -d /; echo $?; test -f /; echo $?"}, sh)
	fmt.Println("['" + strings.Join(strings.Fields(string(r.Stdout)), "', '") + "']")
}
