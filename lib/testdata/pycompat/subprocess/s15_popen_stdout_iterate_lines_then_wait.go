package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "for i in 1 2 3 4; do echo line $i; done; exit 6"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	sc := bufio.NewScanner(p.StdoutPipe)
	count := 0
	for sc.Scan() {
		count++
		fmt.Println(count, strings.TrimRight(sc.Text(), " "))
	}
	rest, _ := io.ReadAll(p.StdoutPipe)
	fmt.Println(p.Wait(), p.Returncode(), map[bool]string{true: "True", false: "False"}[len(rest) == 0])
}
