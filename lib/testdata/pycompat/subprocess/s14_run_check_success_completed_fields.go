package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "echo ok"}, subprocess.Options{Check: true, CaptureOutput: true, Text: true})
	fmt.Printf("['%s'] %d '%s\\n' '%s'\n", strings.Join(r.Args, "', '"), r.Returncode, strings.TrimSuffix(string(r.Stdout), "\n"), r.Stderr)
	if err := r.CheckReturncode(); err == nil {
		fmt.Println("None")
	}
	r, _ = subprocess.Run([]string{"sh", "-c", "exit 6"})
	fmt.Println(r, "None", "None")
	var e *subprocess.CalledProcessError
	if errors.As(r.CheckReturncode(), &e) {
		fmt.Printf("%d ['%s']\n", e.Returncode, strings.Join(e.Cmd, "', '"))
	}
}
