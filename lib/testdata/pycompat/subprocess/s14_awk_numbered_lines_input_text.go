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
	r, _ := subprocess.Run([]string{"awk", `{print NR ": " $0}`}, subprocess.Options{Input: "alpha\nbeta\ngamma\n", CaptureOutput: true, Text: true})
	fmt.Println(r.Returncode, pyStr(string(r.Stdout)), pyStr(string(r.Stderr)))
	var ls []string
	for _, l := range strings.Split(strings.TrimSuffix(string(r.Stdout), "\n"), "\n") {
		ls = append(ls, pyStr(l))
	}
	fmt.Println("[" + strings.Join(ls, ", ") + "]")
	r, _ = subprocess.Run([]string{"awk", "END {print NR}"}, subprocess.Options{CaptureOutput: true, Text: true})
	fmt.Println("empty input lines:", strings.TrimSpace(string(r.Stdout)))
}
