package main

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"sh", "-c", "echo started; sleep 10"}, subprocess.Options{Stdout: subprocess.PIPE})
	rd := bufio.NewReader(p.StdoutPipe)
	first, _ := rd.ReadString('\n')
	p.Kill()
	out, errOut, _ := p.Communicate()
	fmt.Println(pyBytes([]byte(first)), pyBytes(out), pyBytes(errOut), p.Returncode())
}

func pyBytes(b []byte) string {
	if b == nil {
		return "None"
	}
	return "b" + pyStr(string(b))
}

func pyStr(s string) string {
	r := strings.NewReplacer("\\", `\\`, "\n", `\n`, "\r", `\r`, "\t", `\t`, "'", `\'`)
	return "'" + r.Replace(s) + "'"
}
