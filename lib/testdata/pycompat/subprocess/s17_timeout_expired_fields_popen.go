package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func rep(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo part; exec sleep 30"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.PIPE})
	_, _, err := p.CommunicateTimeout(time.Second)
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		fmt.Println("['"+strings.Join(e.Cmd, "', '")+"']", e.Timeout.Seconds(), rep(e.Output), rep(e.Stderr))
		fmt.Println(e)
	}
	p.Kill()
	out, errb, _ := p.Communicate()
	fmt.Println(rep(out), rep(errb), p.Returncode())
}
