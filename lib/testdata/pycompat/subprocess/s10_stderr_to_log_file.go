package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	d, _ := os.MkdirTemp("", "s10")
	log := filepath.Join(d, "errors.log")
	f, _ := os.OpenFile(log, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
	for _, cmd := range [][]string{{"ls", "/no/such/s10"}, {"sh", "-c", "echo warn >&2; echo fine"}} {
		r, _ := subprocess.Run(cmd, subprocess.Options{StderrTo: f, Stdout: subprocess.PIPE, Text: true})
		ok := "False"
		if r.Returncode != 0 {
			ok = "True"
		}
		fmt.Printf("%s '%s' None\n", ok, strings.ReplaceAll(string(r.Stdout), "\n", `\n`))
	}
	f.Close()
	data, _ := os.ReadFile(log)
	lines := strings.Split(strings.TrimSuffix(string(data), "\n"), "\n")
	has := "False"
	if strings.Contains(lines[0], "s10") {
		has = "True"
	}
	fmt.Println(len(lines), lines[len(lines)-1], has)
	f, _ = os.Create(log)
	code, _ := subprocess.Call([]string{"sh", "-c", "echo x >&2; exit 3"}, subprocess.Options{StderrTo: f})
	fmt.Println(code)
	f.Close()
	data, _ = os.ReadFile(log)
	fmt.Print(string(data))
	subprocess.Run([]string{"rm", "-r", d})
}
