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
	for _, cmd := range []string{"exit 0", "echo fail; exit 3", "echo to stderr >&2; exit 1", "kill -9 $$", "no_such_command_xyz 2>/dev/null"} {
		status, out, err := subprocess.GetStatusOutput(cmd)
		if err != nil {
			fmt.Println(err)
		}
		fmt.Printf("(%d, %s)\n", status, repr(out))
	}
}
