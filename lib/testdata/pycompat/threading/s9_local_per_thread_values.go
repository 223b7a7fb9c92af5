package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var data threading.Local
var out []string

func worker(n int) {
	_, ok := data.Lookup("x")
	out = append(out, fmt.Sprintf("(%d, %s)", n, pyBool(ok)))
	data.Set("x", n)
	out = append(out, fmt.Sprintf("(%d, %v)", n, data.Get("x")))
}

func main() {
	data.Set("x", "main")
	for i := range 3 {
		t := &threading.Thread{Target: func() { worker(i) }}
		t.Start()
		t.Join()
	}
	fmt.Println("[" + strings.Join(out, ", ") + "]")
	fmt.Println(data.Get("x"))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
