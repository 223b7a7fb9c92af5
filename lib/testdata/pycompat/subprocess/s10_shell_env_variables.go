package main

import (
	"fmt"
	"os"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	env := append(os.Environ(), "GREETING=hello", "WHO=world")
	r, _ := subprocess.Run([]string{"echo $GREETING, $WHO; echo ${MISSING:-default}"}, subprocess.Options{Shell: true, Env: env, CaptureOutput: true, Text: true})
	fmt.Print(string(r.Stdout))
	r, _ = subprocess.Run([]string{"sh", "-c", `printf "%s|" "$A" "$B"`}, subprocess.Options{Env: []string{"A=1", "B=two words"}, CaptureOutput: true, Text: true})
	fmt.Println(string(r.Stdout))
	r, _ = subprocess.Run([]string{"/usr/bin/env"}, subprocess.Options{Env: []string{}, CaptureOutput: true, Text: true})
	fmt.Printf("'%s' %d\n", r.Stdout, r.Returncode)
}
