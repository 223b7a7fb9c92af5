package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/threading"
)

var data threading.Local

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}

func main() {
	data.Set("x", 1)
	x, _ := data.Lookup("x")
	_, hasY := data.Lookup("y")
	if x == nil {
		x = "None"
	}
	fmt.Println(x, pyBool(hasY))
	data.Delete("x")
	if v, ok := data.Lookup("x"); ok {
		fmt.Println(v)
	} else {
		fmt.Println("gone")
	}
	try(func() { data.Get("x") })
	var out []string
	w := func() {
		_, ok := data.Lookup("x")
		out = append(out, pyBool(ok))
		data.Set("x", 5)
		out = append(out, fmt.Sprint(data.Get("x")))
	}
	data.Set("x", 9)
	t := &threading.Thread{Target: w}
	t.Start()
	t.Join()
	fmt.Printf("[%s, %s] %v\n", out[0], out[1], data.Get("x"))
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
