package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func pyStr(s string) string {
	r := strings.NewReplacer("\\", `\\`, "\n", `\n`, "'", `\'`)
	return "'" + r.Replace(s) + "'"
}

func main() {
	for _, script := range []string{"exit 3", "echo out; echo err >&2; exit 5", "true"} {
		r, _ := subprocess.Run([]string{script}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true})
		fmt.Println(pyStr(script), "->", r.Returncode, pyStr(string(r.Stdout)), pyStr(string(r.Stderr)))
		_, err := subprocess.Run([]string{script}, subprocess.Options{Shell: true, CaptureOutput: true, Text: true, Check: true})
		var e *subprocess.CalledProcessError
		if errors.As(err, &e) {
			fmt.Println("  ", e)
			fmt.Println("  ", e.Returncode, pyStr(e.Cmd[0]), pyStr(string(e.Output)), pyStr(string(e.Stderr)), "True")
		} else {
			fmt.Println("  check ok")
		}
	}
}
