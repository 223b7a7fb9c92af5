package main

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/gonotes/gonotes/lib/futures"
	"github.com/gonotes/gonotes/lib/multiprocessing"
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

func div(a, b int) int {
	if b == 0 {
		panic("ZeroDivisionError: integer division or modulo by zero")
	}
	return a / b
}

func main() {
	multiprocessing.Main(div)
	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
	ok := ex.Submit(div, 9, 2)
	bad := ex.Submit(div, 1, 0)
	r, _ := ok.ResultTimeout(60 * time.Second)
	fmt.Println(r)
	if _, err := bad.ResultTimeout(60 * time.Second); err != nil {
		fmt.Println(err)
	}
	typ, _, _ := strings.Cut(bad.Exception().Error(), ":")
	fmt.Println(typ, map[bool]string{true: "None"}[ok.Exception() == nil])
	ex.Shutdown(true, false)
	func() {
		defer func() { fmt.Println(recover()) }()
		ex.Submit(div, 1, 1)
	}()
}
