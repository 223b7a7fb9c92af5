package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	r, _ := subprocess.Run([]string{"sh", "-c", "echo hi; exit 2"}, subprocess.Options{CaptureOutput: true})
	fmt.Println(r)
	var e *subprocess.CalledProcessError
	if err := r.CheckReturncode(); errors.As(err, &e) {
		fmt.Println(e, "b'"+strings.ReplaceAll(string(e.Output), "\n", `\n`)+"'", "b'"+string(e.Stderr)+"'")
	}
	ok, _ := subprocess.Run([]string{"true"})
	fmt.Println(map[bool]string{true: "None"}[ok.CheckReturncode() == nil], ok)
}
