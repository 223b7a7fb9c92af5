package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	p, _ := subprocess.NewPopen([]string{"cat"}, subprocess.Options{Stdin: subprocess.PIPE, Stdout: subprocess.PIPE, Text: true})
	out, errb, _ := p.Communicate("안녕하세요\n반갑습니다\n")
	e := "None"
	if errb != nil {
		e = string(errb)
	}
	fmt.Println("['"+strings.Join(strings.Split(strings.TrimSuffix(string(out), "\n"), "\n"), "', '")+"']", e, p.Returncode())
	r, _ := subprocess.Run([]string{"wc", "-c"}, subprocess.Options{Input: "한글", CaptureOutput: true, Text: true})
	fmt.Println(strings.TrimSpace(string(r.Stdout)))
	r, _ = subprocess.Run([]string{"printf", "%s", "값"}, subprocess.Options{CaptureOutput: true})
	var esc strings.Builder
	for _, b := range r.Stdout {
		fmt.Fprintf(&esc, `\x%02x`, b)
	}
	fmt.Printf("b'%s' %s\n", esc.String(), r.Stdout)
}
