package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	_, err := subprocess.Run([]string{"sh", "-c", "echo partial; exit 2"}, subprocess.Options{Check: true, CaptureOutput: true, Text: true})
	var e *subprocess.CalledProcessError
	if errors.As(err, &e) {
		fmt.Println(e)
		fmt.Println(pyRepr(string(e.Output)), pyRepr(string(e.Output)), pyRepr(string(e.Stderr)))
	}
}

func pyRepr(s string) string {
	return "'" + strings.ReplaceAll(s, "\n", "\\n") + "'"
}
