package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func repr(s string) string {
	return "'" + strings.ReplaceAll(s, "\n", "\\n") + "'"
}

func main() {
	for _, cmd := range []string{"echo hello", "printf 'a\\nb\\n\\n'", "echo out; echo err >&2", "true", "printf 'no newline'"} {
		out, err := subprocess.GetOutput(cmd)
		if err != nil {
			fmt.Println(err)
		}
		fmt.Println(repr(out))
	}
}
