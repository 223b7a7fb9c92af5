package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

var _ = errors.As
var _ = strings.Cut
var _ = time.Second

func rep(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	c, _ := subprocess.Call([]string{"sh", "-c", "kill -TERM $$"})
	fmt.Println(c)
	c, _ = subprocess.Call([]string{"exit 12"}, subprocess.Options{Shell: true})
	fmt.Println(c)
	var e *subprocess.CalledProcessError
	if err := subprocess.CheckCall([]string{"sh", "-c", "kill -ABRT $$"}); errors.As(err, &e) {
		fmt.Println(e.Returncode, e)
	}
	if err := subprocess.CheckCall([]string{"kill -QUIT $$"}, subprocess.Options{Shell: true}); errors.As(err, &e) {
		fmt.Println(e.Returncode, e)
	}
}
