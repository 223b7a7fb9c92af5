package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func q(s string) string { return "'" + strings.ReplaceAll(s, "\n", `\n`) + "'" }

func main() {
	for _, cmd := range []string{`printf 'a\n\n'`, `printf 'no newline'`, "echo err >&2", "true"} {
		out, _ := subprocess.GetOutput(cmd)
		fmt.Println(q(out))
	}
}
