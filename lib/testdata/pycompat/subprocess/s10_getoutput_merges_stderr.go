package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func r(s string) string {
	return "'" + strings.ReplaceAll(s, "\n", `\n`) + "'"
}

func main() {
	out, _ := subprocess.GetOutput("echo a; echo b >&2")
	fmt.Println(r(out))
	for _, cmd := range []string{"echo a; exit 3", "exit 0", "kill -9 $$", `printf 'x\n\n\n'`, "no_such_cmd_s10 2>/dev/null"} {
		code, out, _ := subprocess.GetStatusOutput(cmd)
		fmt.Printf("(%d, %s)\n", code, r(out))
	}
}
