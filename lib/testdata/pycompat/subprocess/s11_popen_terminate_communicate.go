package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "trap 'echo got TERM; exit 3' TERM; echo ready; while true; do sleep 0.01; done"}, subprocess.Options{Stdout: subprocess.PIPE, Text: true})
	rd := bufio.NewReader(p.StdoutPipe)
	line, _ := rd.ReadString('\n')
	fmt.Println(strings.TrimSpace(line))
	p.Terminate()
	rest, _ := io.ReadAll(rd)
	p.Wait()
	fmt.Println(pyStr(string(rest)), p.Returncode())
}

func pyStr(s string) string {
	r := strings.NewReplacer("\\", `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "'", `\'`)
	return "'" + r.Replace(s) + "'"
}
