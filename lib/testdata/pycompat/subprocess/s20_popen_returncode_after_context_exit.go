package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo in-with; exit 6"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	line, _ := bufio.NewReader(p.StdoutPipe).ReadString('\n')
	p.StdoutPipe.Close()
	p.Wait()
	_, err := p.StdoutPipe.Read(make([]byte, 1))
	closed := map[bool]string{true: "True", false: "False"}[err != nil]
	fmt.Println("'"+strings.ReplaceAll(line, "\n", `\n`)+"'", p.Returncode(), closed)
	q, _ := subprocess.NewPopen([]string{"true"})
	q.Wait()
	fmt.Println(q.Returncode(), q.Poll())
}
