package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func rep(s string) string { return "'" + strings.ReplaceAll(s, "\n", `\n`) + "'" }

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "for i in 1 2 3 4; do echo line$i; done"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	r := bufio.NewReader(p.StdoutPipe)
	l1, _ := r.ReadString('\n')
	l2, _ := r.ReadString('\n')
	fmt.Println(rep(l1))
	fmt.Println(rep(l2))
	rest, _ := r.ReadString(0)
	p.Wait()
	fmt.Println(rep(rest), "None", p.Returncode())
}
