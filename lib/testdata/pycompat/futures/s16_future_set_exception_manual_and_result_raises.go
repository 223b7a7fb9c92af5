package main

import (
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func main() {
	strip := regexp.MustCompile(`#\d+`)
	f := futures.NewFuture()
	f.SetRunningOrNotifyCancel()
	f.SetException(errors.New("KeyError: 'missing'"))
	kind, msg, _ := strings.Cut(f.Exception().Error(), ": ")
	fmt.Println(map[bool]string{true: "True", false: "False"}[f.Done()], kind, msg)
	if _, err := f.ResultTimeout(0); err != nil {
		_, m, _ := strings.Cut(err.Error(), ": ")
		fmt.Println("result raised KeyError:", m)
	}
	fmt.Println(strip.ReplaceAllString(f.String(), ""))
	g := futures.NewFuture()
	g.SetResult(nil)
	v, _ := g.Result()
	vs := "None"
	if v != nil {
		vs = fmt.Sprint(v)
	}
	es := "None"
	if e := g.Exception(); e != nil {
		es = e.Error()
	}
	fmt.Println(vs, es, strip.ReplaceAllString(g.String(), ""))
}
