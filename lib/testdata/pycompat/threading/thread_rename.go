package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

var go_ threading.Event
var names []string

func w() {
	go_.Wait()
	names = append(names, threading.CurrentThread().Name)
}

func main() {
	t := &threading.Thread{Target: w, Name: "first"}
	t.Name = "second"
	t.Start()
	fmt.Println(t.Name, t.GetName())
	t.Name = "third"
	go_.Set()
	t.Join()
	fmt.Printf("['%s'] %s\n", names[0], t.Name)
	fmt.Println(pyBool(strings.HasPrefix(t.String(), "<Thread(third, stopped ")))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
