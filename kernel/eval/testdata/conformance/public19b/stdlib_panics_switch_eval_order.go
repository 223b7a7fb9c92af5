package main

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

func try(name string, f func()) {
	defer func() { fmt.Printf("%s: %v\n", name, recover()) }()
	f()
}

var order []string

func t(s string, v bool) bool { order = append(order, s); return v }

func main() {
	try("builder copy", func() {
		var a strings.Builder
		a.WriteString("x")
		b := a
		b.WriteString("y")
	})
	try("wg negative", func() {
		var wg sync.WaitGroup
		wg.Done()
	})
	try("bytes.Buffer truncate", func() {
		var b bytes.Buffer
		b.Truncate(5)
	})
	try("errors.As nil", func() {
		errors.As(errors.New("x"), nil)
	})
	try("errors.As nonptr", func() {
		var e error
		errors.As(errors.New("x"), e)
	})
	try("strings.Repeat overflow", func() {
		strings.Repeat("ab", -2)
	})
	try("time.NewTicker 0", func() {
		time.NewTicker(0)
	})
	try("Builder.Grow neg", func() {
		var b strings.Builder
		b.Grow(-1)
	})
	try("closure nil map", func() {
		var m map[[2]int]string
		m[[2]int{1, 2}] = "x"
	})
	switch {
	case t("a", false), t("b", true), t("c", true):
		fmt.Println("matched", order)
	}
	order = nil
	x := 2
	switch x {
	case len(order) + 5, func() int { order = append(order, "f"); return 2 }(), func() int { order = append(order, "g"); return 2 }():
		fmt.Println("x matched", order)
	}
	order = nil
	if t("p", false) && t("q", true) || t("r", true) && !t("s", false) {
		fmt.Println("cond", order)
	}
	ch := make(chan int, 1)
	order = nil
	select {
	case ch <- func() int { order = append(order, "sendval"); return 1 }():
	case v := <-func() chan int { order = append(order, "recvch"); return make(chan int) }():
		fmt.Println(v)
	}
	fmt.Println(order, <-ch)
	var once sync.Once
	for i := range 3 {
		once.Do(func() { fmt.Println("once", i) })
	}
	v := sync.OnceValue(func() int { fmt.Println("computing"); return 42 })
	fmt.Println(v(), v())
	vs := sync.OnceValues(func() (string, error) { return "ok", nil })
	fmt.Println(vs())
}
