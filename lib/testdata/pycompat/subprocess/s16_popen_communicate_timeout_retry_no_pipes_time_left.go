package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func repr(b []byte) string {
	if b == nil {
		return "None"
	}
	return "'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	p, _ := subprocess.NewPopen([]string{"sleep", "1"})
	_, _, err := p.CommunicateTimeout(300 * time.Millisecond)
	var e *subprocess.TimeoutExpired
	if errors.As(err, &e) {
		s := e.Timeout.Seconds()
		fmt.Println("no pipes, time left reported:", map[bool]string{true: "True", false: "False"}[0.1 < s && s < 0.3], repr(e.Output), repr(e.Stderr))
	}
	o, er, _ := p.Communicate()
	fmt.Printf("then: (%s, %s) %v\n", repr(o), repr(er), p.Returncode())
	q, _ := subprocess.NewPopen([]string{"sh", "-c", "sleep 1; echo done"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	_, _, err = q.CommunicateTimeout(300 * time.Millisecond)
	if errors.As(err, &e) {
		fmt.Println("with a pipe, the timeout given:", e.Timeout.Seconds(), repr(e.Output))
	}
	o, er, _ = q.Communicate()
	fmt.Printf("then: (%s, %s) %v\n", repr(o), repr(er), q.Returncode())
}
