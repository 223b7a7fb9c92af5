package main

import (
	"fmt"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	py := map[bool]string{true: "True", false: "False"}
	f := futures.NewFuture()
	fmt.Println(py[f.Running()], py[f.Done()], py[f.Cancelled()])
	fmt.Println(py[f.SetRunningOrNotifyCancel()])
	c := f.Cancel()
	fmt.Println(py[f.Running()], py[f.Done()], py[c])
	f.SetResult(map[string]int{"answer": 42})
	r, _ := f.Result()
	e := "None"
	if f.Exception() != nil {
		e = f.Exception().Error()
	}
	fmt.Println(py[f.Running()], py[f.Done()], r.(map[string]int)["answer"], e)
	g := futures.NewFuture()
	gc := g.Cancel()
	gs := g.SetRunningOrNotifyCancel()
	fmt.Println(py[gc], py[gs], py[g.Cancelled()], py[g.Done()])
}
