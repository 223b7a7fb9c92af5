package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func rep(s string) string { return "'" + strings.ReplaceAll(s, "\n", `\n`) + "'" }

func main() {
	status, out, _ := subprocess.GetStatusOutput("nonexistent-cmd-s20")
	fmt.Println(status, map[bool]string{true: "True", false: "False"}[strings.Contains(out, "not found")])
	status, out, _ = subprocess.GetStatusOutput("kill -TERM $$")
	fmt.Printf("(%d, %s)\n", status, rep(out))
	status, out, _ = subprocess.GetStatusOutput(`printf 'a\nb'; exit 1`)
	fmt.Printf("(%d, %s)\n", status, rep(out))
	o, _ := subprocess.GetOutput("exit 3")
	fmt.Println(rep(o))
}
