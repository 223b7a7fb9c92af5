package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func pyStr(s string) string {
	r := strings.NewReplacer("\\", `\\`, "\n", `\n`, "'", `\'`)
	return "'" + r.Replace(s) + "'"
}

func main() {
	out, _ := subprocess.GetOutput("echo hi; exit 3")
	fmt.Println(pyStr(out))
	for _, cmd := range []string{"echo out; echo err >&2; exit 7", "printf 'no newline'", `printf 'two\n\n'`, "kill -9 $$"} {
		code, out, _ := subprocess.GetStatusOutput(cmd)
		fmt.Printf("(%d, %s)\n", code, pyStr(out))
	}
}
