package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	var out []string
	f := futures.NewFuture()
	f.AddDoneCallback(func(*futures.Future) { panic("ValueError: callback failed") })
	f.AddDoneCallback(func(fut *futures.Future) {
		r, _ := fut.Result()
		out = append(out, "'"+r.(string)+"'")
	})
	f.SetResult("ok")
	r, _ := f.Result()
	fmt.Println(pyStrs(out), pyBool(f.Done()), r)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyStrs(v []string) string {
	return "[" + strings.Join(v, ", ") + "]"
}
