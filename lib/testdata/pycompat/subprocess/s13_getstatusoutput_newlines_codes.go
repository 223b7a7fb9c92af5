package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func esc(s string) string { return strings.ReplaceAll(s, "\n", `\n`) }

func main() {
	for _, cmd := range []string{`printf 'a\n\n\n'`, "printf 'no newline'", "echo x; exit 3", "echo err >&2; exit 1", "true"} {
		code, out, _ := subprocess.GetStatusOutput(cmd)
		o, _ := subprocess.GetOutput(cmd)
		fmt.Printf("(%d, '%s') '%s'\n", code, esc(out), esc(o))
	}
}
