package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "for i in 1 2 3; do echo line $i; done"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	fmt.Println(p)
	var lines []string
	sc := bufio.NewScanner(p.StdoutPipe)
	for sc.Scan() {
		lines = append(lines, "'"+sc.Text()+"'")
	}
	p.StdoutPipe.Close()
	fmt.Println("["+strings.Join(lines, ", ")+"]", p.Wait())
	fmt.Println(p)
	q, _ := subprocess.NewPopen([]string{"exit 4"}, subprocess.Options{Shell: true})
	q.Wait()
	fmt.Println(q)
}
