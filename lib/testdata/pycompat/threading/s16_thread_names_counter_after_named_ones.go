package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func f() {}

func main() {
	a := &threading.Thread{Target: func() {}, TargetName: "<lambda>"}
	b := &threading.Thread{Target: func() {}, Name: "custom"}
	c := &threading.Thread{Target: func() {}, TargetName: "<lambda>"}
	d := &threading.Thread{Target: f}
	ts := []*threading.Thread{a, b, c, d}
	for _, t := range ts {
		t.Start()
		t.Join()
	}
	var first, full []string
	for _, t := range ts {
		first = append(first, "'"+strings.Split(t.GetName(), " ")[0]+"'")
		full = append(full, "'"+t.GetName()+"'")
	}
	fmt.Println("[" + strings.Join(first, ", ") + "]")
	fmt.Println("[" + strings.Join(full, ", ") + "]")
}
