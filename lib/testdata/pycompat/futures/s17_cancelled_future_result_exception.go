package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
)

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	f := futures.NewFuture()
	fmt.Println(pyBool(f.Cancel()), pyBool(f.Cancel()), pyBool(f.Cancelled()), pyBool(f.Done()), pyBool(f.Running()))
	check := func(err error) {
		if errors.Is(err, futures.ErrCancelled) {
			fmt.Println("CancelledError", "''")
		}
	}
	_, err := f.Result()
	check(err)
	check(f.Exception())
	_, err = f.ResultTimeout(0)
	check(err)
	check(f.ExceptionTimeout(time.Second))
	fmt.Println(pyBool(f.SetRunningOrNotifyCancel()))
}
