package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	ok, _ := subprocess.Run([]string{"true"})
	err := ok.CheckReturncode()
	fmt.Println(map[bool]string{true: "None", false: "err"}[err == nil], "['"+strings.Join(ok.Args, "', '")+"']", ok.Returncode)
	bad, _ := subprocess.Run([]string{"sh", "-c", "echo x; exit 9"}, subprocess.Options{CaptureOutput: true})
	var e *subprocess.CalledProcessError
	if errors.As(bad.CheckReturncode(), &e) {
		fmt.Printf("%v b'%s\\n' b'%s'\n", e, e.Output[:len(e.Output)-1], e.Stderr)
	}
	fmt.Println(bad)
}
