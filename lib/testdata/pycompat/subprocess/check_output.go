package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func pyBytes(b []byte) string {
	return "b'" + strings.ReplaceAll(string(b), "\n", "\\n") + "'"
}

func main() {
	out, _ := subprocess.CheckOutput([]string{"echo", "checked"})
	fmt.Println(pyBytes(out))
	_, err := subprocess.CheckOutput([]string{"sh", "-c", "echo oops; exit 1"})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e, pyBytes(e.Output))
	}
	code, _ := subprocess.Call([]string{"sh", "-c", "exit 6"})
	fmt.Println(code)
	if err := subprocess.CheckCall([]string{"false"}); err != nil {
		fmt.Println(err)
	}
}
