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
	r, _ := subprocess.Run([]string{"sh", "-c", "echo \"[$FOO]\"; pwd; echo \"${PATH:-nopath}\" | head -c 0"}, subprocess.Options{Env: []string{"FOO=bar baz"}, Cwd: "/", CaptureOutput: true, Text: true})
	fmt.Println("['" + strings.Join(strings.Split(string(r.Stdout), "\n"), "', '") + "']")
	r, _ = subprocess.Run([]string{"echo $HOME_S17"}, subprocess.Options{Shell: true, Env: []string{"HOME_S17=x"}, CaptureOutput: true})
	fmt.Println(rep(r.Stdout))
}
