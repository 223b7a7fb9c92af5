package main

import (
	"errors"
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/futures"
)

func short(f *futures.Future) string {
	return regexp.MustCompile(`#\d+`).ReplaceAllString(f.String(), "")
}

func main() {
	f := futures.NewFuture()
	fmt.Println(short(f))
	f.SetRunningOrNotifyCancel()
	fmt.Println(short(f))
	f.SetResult([]any{1, 2})
	fmt.Println(short(f))
	g := futures.NewFuture()
	g.SetException(errors.New("ValueError: bad"))
	fmt.Println(short(g), pyBool(g.Done()), pyBool(g.Running()))
	h := futures.NewFuture()
	h.SetResult(nil)
	r, _ := h.Result()
	fmt.Println(short(h), pyNone(r))
	c := futures.NewFuture()
	c.Cancel()
	fmt.Println(short(c))
}

func pyNone(v any) string {
	if v == nil {
		return "None"
	}
	return fmt.Sprint(v)
}

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}
