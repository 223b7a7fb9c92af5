package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/threading"
)

func main() {
	var go_ threading.Event
	t := &threading.Thread{Target: func() { go_.Wait() }, Name: "bg", Daemon: true}
	fmt.Println(t)
	t.Start()
	r := t.String()
	fmt.Println(pyBool(strings.HasPrefix(r, "<Thread(bg, started daemon ")), pyBool(strings.HasSuffix(r, ")>")))
	go_.Set()
	t.Join()
	r = t.String()
	fmt.Println(pyBool(strings.HasPrefix(r, "<Thread(bg, stopped daemon ")), pyBool(strings.HasSuffix(r, ")>")))
	fmt.Println(pyBool(fmt.Sprint(t) == t.String()))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
