package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	for _, sig := range []string{"TERM", "KILL", "INT", "USR1"} {
		r, _ := subprocess.Run([]string{"sh", "-c", "kill -" + sig + " $$"})
		fmt.Println(sig, r.Returncode, r)
	}
	r, _ := subprocess.Run([]string{"kill -9 $$"}, subprocess.Options{Shell: true, CaptureOutput: true})
	fmt.Println(r)
}
