package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	d, _ := os.MkdirTemp("", "s11cwd")
	defer os.RemoveAll(d)
	for _, name := range []string{"b.txt", "a.txt", "c.log"} {
		os.WriteFile(d+"/"+name, []byte(name), 0o644)
	}
	r, _ := subprocess.Run([]string{"ls"}, subprocess.Options{Cwd: d, CaptureOutput: true, Text: true})
	var names []string
	for _, f := range strings.Fields(string(r.Stdout)) {
		names = append(names, pyStr(f))
	}
	fmt.Println(pyStrs(names))
	r, _ = subprocess.Run([]string{"cat *.txt"}, subprocess.Options{Shell: true, Cwd: d, CaptureOutput: true, Text: true})
	fmt.Println(string(r.Stdout))
	r, _ = subprocess.Run([]string{"pwd"}, subprocess.Options{Cwd: d, CaptureOutput: true, Text: true})
	fmt.Println(pyBool(strings.TrimSpace(string(r.Stdout)) == d))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}

func pyStr(s string) string {
	r := strings.NewReplacer("\\", `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "'", `\'`)
	return "'" + r.Replace(s) + "'"
}
