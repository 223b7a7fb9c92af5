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
	_, err := subprocess.Run([]string{"sh", "-c", "echo out; echo err >&2; exit 4"}, subprocess.Options{CaptureOutput: true, Check: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e.Returncode, rep(e.Output), rep(e.Output), rep(e.Stderr), "True")
	}
	_, err = subprocess.Run([]string{"sh", "-c", "echo late; exec sleep 30"}, subprocess.Options{Stdout: subprocess.PIPE, Timeout: 500 * time.Millisecond})
	var te *subprocess.TimeoutExpired
	if errors.As(err, &te) {
		fmt.Println(te.Timeout.Seconds(), rep(te.Output), rep(te.Output), rep(te.Stderr), "True")
	}
	_, err = subprocess.CheckOutput([]string{"sh", "-c", `printf 'x\ny'; exit 2`}, subprocess.Options{Text: true})
	if errors.As(err, &e) {
		o := "'" + strings.ReplaceAll(string(e.Output), "\n", `\n`) + "'"
		fmt.Println(o, o, "None", "['"+strings.Join(e.Cmd[:2], "', '")+"']")
	}
}
