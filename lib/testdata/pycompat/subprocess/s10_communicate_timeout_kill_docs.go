package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func brepr(b []byte) string {
	return "b'" + strings.ReplaceAll(string(b), "\n", `\n`) + "'"
}

func main() {
	proc, _ := subprocess.NewPopen([]string{"sh", "-c", "echo started; sleep 10; echo never"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.PIPE})
	outs, errs, err := proc.CommunicateTimeout(300 * time.Millisecond)
	var te *subprocess.TimeoutExpired
	if errors.As(err, &te) {
		fmt.Println("TimeoutExpired:", te)
		proc.Kill()
		outs, errs, _ = proc.Communicate()
	}
	fmt.Println(brepr(outs), brepr(errs), proc.Returncode())
}
