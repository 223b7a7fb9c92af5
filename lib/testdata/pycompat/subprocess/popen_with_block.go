package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo inside; exit 2"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	line, _ := bufio.NewReader(p.StdoutPipe).ReadString('\n')
	p.StdoutPipe.Close()
	p.Wait()
	fmt.Println("'"+strings.ReplaceAll(line, "\n", "\\n")+"'", p.Returncode())
}
