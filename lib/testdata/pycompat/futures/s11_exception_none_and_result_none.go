package main

import (
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	ex := &futures.ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.SubmitFunc(func() { fmt.Println("side effect") })
	r, _ := f.Result()
	fmt.Println(pyNone(r), pyNone(f.Exception()))
	g := ex.Submit(func() any { return []int{} })
	r, _ = g.Result()
	fmt.Println(pyList(r), pyNone(g.Exception()), pyBool(g.Done()))
	ex.Shutdown(true, false)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func pyList(v any) string {
	return strings.ReplaceAll(fmt.Sprint(v), " ", ", ")
}

func pyNone(v any) any {
	if v == nil {
		return "None"
	}
	return v
}
