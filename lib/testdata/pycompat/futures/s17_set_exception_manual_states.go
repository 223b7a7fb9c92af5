package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/threading"
)

var _ = errors.Is
var _ = strings.Cut
var _ = time.Second
var _ threading.Lock

func pyBool(b bool) string {
	if b {
		return "True"
	}
	return "False"
}

func main() {
	f := futures.NewFuture()
	f.SetException(errors.New("ValueError: manual"))
	fmt.Println(pyBool(f.Done()), pyBool(f.Cancelled()), pyBool(f.Running()), pyBool(f.Cancel()))
	if _, err := f.Result(); err != nil {
		fmt.Println(err)
	}
	typ, msg, _ := strings.Cut(f.Exception().Error(), ": ")
	fmt.Println(typ, msg)
	s := f.String()
	fmt.Println(s[:len("<Future")] + s[strings.Index(s, " "):])
}
