package main

import (
	"fmt"
	"strconv"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.GetOutput("echo hello; echo world")
	fmt.Println(r(out))
	for _, c := range []string{"echo out; echo err >&2; exit 3", "printf 'no newline'", "exit 255"} {
		code, o, _ := subprocess.GetStatusOutput(c)
		fmt.Printf("(%d, %s)\n", code, r(o))
	}
	out, _ = subprocess.GetOutput(`printf 'a\n\n\n'`)
	fmt.Println(r(out))
}

func r(s string) string { q := strconv.Quote(s); return "'" + q[1:len(q)-1] + "'" }
