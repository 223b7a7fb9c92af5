package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func rep(b []byte) string {
	return "b'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	sh := subprocess.Options{Shell: true}
	out, _ := subprocess.CheckOutput([]string{`printf 'b\na\nc\n' | sort | head -2`}, sh)
	fmt.Println(rep(out))
	out, _ = subprocess.CheckOutput([]string{"false | true"}, sh)
	fmt.Println(rep(out))
	_, err := subprocess.CheckOutput([]string{"true | false"}, sh)
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e.Returncode, rep(e.Output), e)
	}
	_, err = subprocess.CheckOutput([]string{"echo partial; exit 9"}, subprocess.Options{Shell: true, Text: true})
	if errors.As(err, &e) {
		fmt.Println("'"+strings.ReplaceAll(string(e.Output), "\n", `\n`)+"'", e)
	}
}
