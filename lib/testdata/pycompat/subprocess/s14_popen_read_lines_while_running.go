package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "for i in 1 2 3; do echo line $i; done; exit 2"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	pl := p.Poll()
	fmt.Println("poll before reading:", map[bool]string{true: "True", false: "False"}[pl == nil || pl == 2])
	count := 0
	sc := bufio.NewScanner(p.StdoutPipe)
	for sc.Scan() {
		count++
		fmt.Println(count, strings.ToUpper(strings.TrimSpace(sc.Text())))
	}
	p.StdoutPipe.Close()
	w := p.Wait()
	fmt.Println("wait:", w, "returncode:", p.Returncode(), "poll:", p.Poll())
}
