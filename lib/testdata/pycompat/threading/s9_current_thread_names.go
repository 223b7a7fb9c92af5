package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var out []string

func worker() {
	out = append(out, "'"+threading.CurrentThread().GetName()+"'")
}

func main() {
	for range 3 {
		t := &threading.Thread{Target: worker}
		t.Start()
		t.Join()
	}
	t := &threading.Thread{Target: worker, Name: "custom"}
	t.Start()
	t.Join()
	fmt.Println("[" + strings.Join(out, ", ") + "]")
}
