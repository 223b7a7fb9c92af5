package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	src, _ := subprocess.NewPopen([]string{"printf", `3\n1\n2\n`}, subprocess.Options{Stdout: subprocess.PIPE})
	r, _ := subprocess.Run([]string{"sort", "-n"}, subprocess.Options{StdinFrom: src.StdoutPipe, CaptureOutput: true, Text: true})
	src.StdoutPipe.Close()
	fmt.Printf("'%s' %d %d\n", strings.ReplaceAll(string(r.Stdout), "\n", `\n`), r.Returncode, src.Wait())
}
