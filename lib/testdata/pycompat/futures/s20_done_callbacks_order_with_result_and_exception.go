package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/gonotes/gonotes/lib/futures"
)

func show(log []string) {
	fmt.Println("['" + strings.Join(log, "', '") + "']")
}

func main() {
	var log []string
	ok, bad := futures.NewFuture(), futures.NewFuture()
	for _, name := range []string{"a", "b", "c"} {
		ok.AddDoneCallback(func(f *futures.Future) {
			r, _ := f.Result()
			log = append(log, fmt.Sprint(name, "=", r))
		})
		bad.AddDoneCallback(func(f *futures.Future) {
			typ, msg, _ := strings.Cut(f.Exception().Error(), ": ")
			log = append(log, name+"!"+typ+":"+msg)
		})
	}
	bad.SetException(errors.New("ValueError: nope"))
	show(log)
	ok.SetResult(7)
	show(log)
	ok.AddDoneCallback(func(f *futures.Future) {
		r, _ := f.Result()
		log = append(log, fmt.Sprint("late=", r))
	})
	fmt.Println(log[len(log)-1], len(log))
}
