package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func rep(s string) string { return "'" + strings.ReplaceAll(s, "\n", `\n`) + "'" }

func main() {
	o, _ := subprocess.GetOutput(`printf 'a\nb\n\n'`)
	fmt.Println(rep(o))
	for _, c := range []string{"echo out; echo err >&2; exit 3", "kill -9 $$", "true"} {
		st, out, _ := subprocess.GetStatusOutput(c)
		fmt.Printf("(%d, %s)\n", st, rep(out))
	}
	o, _ = subprocess.GetOutput("no-such-command-s17 2>/dev/null")
	fmt.Println(rep(o))
}
