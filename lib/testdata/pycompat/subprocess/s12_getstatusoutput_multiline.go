package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func q(s string) string { return "'" + strings.ReplaceAll(s, "\n", `\n`) + "'" }

func main() {
	code, out, _ := subprocess.GetStatusOutput(`printf 'one\ntwo\n\n'; exit 3`)
	fmt.Printf("(%d, %s)\n", code, q(out))
	o, _ := subprocess.GetOutput("echo out; echo err 1>&2")
	fmt.Println(o)
	code, out, _ = subprocess.GetStatusOutput("kill -9 $$")
	fmt.Printf("(%d, %s)\n", code, q(out))
}
