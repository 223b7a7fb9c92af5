package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "exit 0"}, subprocess.Options{Stdout: subprocess.PIPE})
	fmt.Println("['"+strings.Join(r.Args, "', '")+"']", r.Returncode, "b'"+string(r.Stdout)+"'", map[bool]string{true: "None"}[r.Stderr == nil])
	r, _ = subprocess.Run([]string{"echo $((6*7))"}, subprocess.Options{Shell: true, Stdout: subprocess.PIPE, Text: true})
	fmt.Println(r.Args[0], r.Returncode, "'"+strings.ReplaceAll(string(r.Stdout), "\n", `\n`)+"'", map[bool]string{true: "None"}[r.Stderr == nil])
	fmt.Println(r)
}
