package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"printf", `x\ny\nz\n`}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	var lines []string
	sc := bufio.NewScanner(p.StdoutPipe)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	p.Wait()
	fmt.Println("['"+strings.Join(lines, "', '")+"']", p.Returncode())
}
