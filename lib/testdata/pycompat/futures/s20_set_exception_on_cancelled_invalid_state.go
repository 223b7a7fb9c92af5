package main

import (
	"errors"
	"fmt"
	"regexp"

	"github.com/gonotes/gonotes/lib/futures"
)

var re = regexp.MustCompile(`Future#\d+`)

func mask(s string) string { return re.ReplaceAllString(s, "Future") }

func pb(b bool) string {
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
	fmt.Println(pb(f.Cancel()), pb(f.Cancelled()), pb(f.Done()), pb(f.Running()))
	try(func() { f.SetResult(1) })
	try(func() { f.SetException(errors.New("KeyError: 'k'")) })
	fmt.Println(pb(f.SetRunningOrNotifyCancel()))
	if _, err := f.ResultTimeout(0); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("CancelledError", "''")
	}
	if err := f.ExceptionTimeout(0); errors.Is(err, futures.ErrCancelled) {
		fmt.Println("CancelledError", "''")
	}
	fmt.Println(mask(f.String()))
}
