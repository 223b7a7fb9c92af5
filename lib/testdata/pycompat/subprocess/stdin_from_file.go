package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	f, _ := os.CreateTemp("", "pc")
	path := f.Name()
	f.WriteString("3\n1\n2\n")
	f.Close()
	in, _ := os.Open(path)
	r, _ := subprocess.Run([]string{"sort", "-n"}, subprocess.Options{StdinFrom: in, CaptureOutput: true, Text: true})
	in.Close()
	fmt.Printf("['%s'] %d\n", strings.Join(strings.Fields(string(r.Stdout)), "', '"), r.Returncode)
	in, _ = os.Open(path)
	p, _ := subprocess.NewPopen([]string{"wc", "-l"}, subprocess.Options{StdinFrom: in, Stdout: subprocess.PIPE})
	out, _, _ := p.Communicate()
	in.Close()
	n, _ := strconv.Atoi(strings.TrimSpace(string(out)))
	fmt.Println(n, p.Returncode())
	os.Remove(path)
}
