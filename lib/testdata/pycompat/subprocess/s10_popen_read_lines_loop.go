package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "for i in 1 2 3; do echo line $i; done; echo done >&2"}, subprocess.Options{Stdout: subprocess.PIPE, Stderr: subprocess.PIPE, Text: true})
	count := 0
	sc := bufio.NewScanner(p.StdoutPipe)
	for sc.Scan() {
		count++
		fmt.Println(count, strings.TrimRight(sc.Text(), " \n"))
	}
	errb, _ := io.ReadAll(p.StderrPipe)
	fmt.Printf("'%s' %d\n", strings.ReplaceAll(string(errb), "\n", `\n`), p.Wait())
	p.StdoutPipe.Close()
	p.StderrPipe.Close()
}
