package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"echo", "hello"})
	fmt.Println(r)
	fmt.Println(r.Returncode, pyNone(r.Stdout), pyNone(r.Stderr))
	fmt.Printf("['%s', '%s']\n", r.Args[0], r.Args[1])
}

func pyNone(b []byte) any {
	if b == nil {
		return "None"
	}
	return string(b)
}
