package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func repr(s string) string {
	s = strings.ReplaceAll(s, `\`, `\\`)
	s = strings.ReplaceAll(s, "\n", `\n`)
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		return `"` + s + `"`
	}
	return "'" + s + "'"
}

func main() {
	for _, cmd := range []string{"exit 3", "echo out; echo err >&2", "kill -9 $$", `printf 'a\nb\n\n'`, "nosuchcommand_xyz 2>/dev/null"} {
		code, out, _ := subprocess.GetStatusOutput(cmd)
		fmt.Printf("%s (%d, %s)\n", repr(cmd), code, repr(out))
	}
	out, _ := subprocess.GetOutput("echo one; echo two")
	fmt.Println(repr(out))
}
