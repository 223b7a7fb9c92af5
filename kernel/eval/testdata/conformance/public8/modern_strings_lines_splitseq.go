package main

import (
	"bytes"
	"fmt"
	"strings"
)

const config = `# server config
host = example.org
port=8080

  debug = true
name = gonotes  
`

func main() {
	settings := map[string]string{}
	order := []string{}
	for line := range strings.Lines(config) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		k, v = strings.TrimSpace(k), strings.TrimSpace(v)
		settings[k] = v
		order = append(order, k)
	}
	for _, k := range order {
		fmt.Printf("%q => %q\n", k, settings[k])
	}
	n := 0
	for part := range strings.SplitSeq("a,b,,c,", ",") {
		fmt.Printf("[%s]", part)
		n++
	}
	fmt.Println(n)
	for f := range strings.FieldsSeq("  spaced   out\twords \n") {
		fmt.Print("<", f, ">")
	}
	fmt.Println()
	for f := range strings.FieldsFuncSeq("a1b22c333", func(r rune) bool { return r >= '0' && r <= '9' }) {
		fmt.Print(f)
	}
	fmt.Println()
	for p := range strings.SplitAfterSeq("x.y.z", ".") {
		fmt.Print(p, "|")
	}
	fmt.Println()
	var total int
	for line := range bytes.Lines([]byte("one\ntwo\nthree")) {
		total += len(line)
		fmt.Printf("%q ", line)
	}
	fmt.Println(total)
	for w := range bytes.SplitSeq([]byte("k1=v1;k2=v2"), []byte(";")) {
		k, v, _ := bytes.Cut(w, []byte("="))
		fmt.Println(string(k), string(v))
	}
}
