package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	out, _ := subprocess.GetOutput("printf 'a\\nb\\n\\n'")
	fmt.Println(pyStr(out))
	for _, cmd := range []string{"echo fine", "echo bad >&2; exit 3", "kill -9 $$"} {
		code, out, _ := subprocess.GetStatusOutput(cmd)
		fmt.Printf("(%d, %s)\n", code, pyStr(out))
	}
}

func pyStr(s string) string {
	r := strings.NewReplacer("\\", `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "'", `\'`)
	return "'" + r.Replace(s) + "'"
}
