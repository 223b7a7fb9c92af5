package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	cmd := "printf 'b\\na\\nb\\nc\\nb\\n' | sort | uniq -c | sort -rn | head -1"
	r, _ := subprocess.Run([]string{cmd}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	var f []string
	for _, x := range strings.Fields(string(r.Stdout)) {
		f = append(f, pyStr(x))
	}
	fmt.Println(pyStrs(f), r.Returncode)
	fmt.Println(r.Args[0])
	r, _ = subprocess.Run([]string{"false || echo fallback"}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
	fmt.Println(pyStr(string(r.Stdout)), r.Returncode)
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}

func pyStr(s string) string {
	r := strings.NewReplacer("\\", `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "'", `\'`)
	return "'" + r.Replace(s) + "'"
}
