package main

import (
	"errors"
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/futures"
)

var re = regexp.MustCompile(`Future#\d+`)

func mask(s string) string { return re.ReplaceAllString(s, "Future") }

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func try(g func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(mask(fmt.Sprint(r)))
		}
	}()
	g()
}

func main() {
	f := futures.NewFuture()
	fmt.Println(pyBool(f.SetRunningOrNotifyCancel()), pyBool(f.Running()), pyBool(f.Cancel()))
	try(func() { f.SetRunningOrNotifyCancel() })
	f.SetResult([]int{1, 2})
	try(func() { f.SetResult(3) })
	try(func() { f.SetException(errors.New("ValueError: v")) })
	r, _ := f.Result()
	xs := r.([]int)
	e := "None"
	if err := f.Exception(); err != nil {
		e = err.Error()
	}
	fmt.Printf("[%d, %d] %s %s %s\n", xs[0], xs[1], e, pyBool(f.Cancel()), pyBool(f.Done()))
}
