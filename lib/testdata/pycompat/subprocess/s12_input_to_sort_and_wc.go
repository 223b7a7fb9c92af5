package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gonotes/gonotes/lib/subprocess"
)

func main() {
	words := "pear\napple\nfig\napple\n"
	r, _ := subprocess.Run([]string{"sort", "-u"}, subprocess.Options{Input: words, CaptureOutput: true, Text: true})
	fmt.Println("['"+strings.Join(strings.Fields(string(r.Stdout)), "', '")+"']", r.Returncode)
	r, _ = subprocess.Run([]string{"wc", "-l"}, subprocess.Options{Input: words, Stdout: subprocess.PIPE})
	n, _ := strconv.Atoi(strings.TrimSpace(string(r.Stdout)))
	e := "None"
	if r.Stderr != nil {
		e = string(r.Stderr)
	}
	fmt.Println(n, e)
	r, _ = subprocess.Run([]string{"cat"}, subprocess.Options{Input: "", CaptureOutput: true, Text: true})
	fmt.Println("'"+string(r.Stdout)+"'", r.Returncode)
}
