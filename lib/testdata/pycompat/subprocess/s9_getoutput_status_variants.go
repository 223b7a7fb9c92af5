package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.GetOutput("echo one; echo two")
	fmt.Println("'" + strings.ReplaceAll(out, "\n", `\n`) + "'")
	for _, cmd := range []string{"echo fine", "echo bad >&2; exit 3", "true"} {
		code, out, _ := subprocess.GetStatusOutput(cmd)
		fmt.Printf("(%d, '%s')\n", code, out)
	}
}
