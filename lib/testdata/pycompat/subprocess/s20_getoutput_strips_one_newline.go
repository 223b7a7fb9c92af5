package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func rep(s string) string {
	r := strings.NewReplacer("\n", `\n`, "\t", `\t`, "\r", `\r`, "'", `\'`)
	return "'" + r.Replace(s) + "'"
}

func main() {
	for _, cmd := range []string{`printf 'a\n\n'`, `printf 'b'`, `printf ''`, `printf '\n'`, `printf 'c\r\n'`, "echo x; echo y >&2", `printf 'tab\t\n'`} {
		out, _ := subprocess.GetOutput(cmd)
		code, out2, _ := subprocess.GetStatusOutput(cmd + "; exit 3")
		fmt.Printf("%s (%d, %s)\n", rep(out), code, rep(out2))
	}
}
