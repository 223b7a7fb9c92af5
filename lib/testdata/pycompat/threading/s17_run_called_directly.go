package main

import (
	"errors"
	"fmt"
	"sort"
	"time"

	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = sort.Ints
var _ = time.Second

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	var names []string
	t := &threading.Thread{Target: func() { names = append(names, threading.CurrentThread().GetName()) }, Name: "never-started"}
	t.Run()
	id := "None"
	if t.Ident() != 0 {
		id = fmt.Sprint(t.Ident())
	}
	fmt.Printf("['%s'] %s %s\n", names[0], pyBool(t.IsAlive()), id)
	func() {
		defer func() { fmt.Println(recover()) }()
		t.Join()
	}()
}
