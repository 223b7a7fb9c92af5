package main

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func shout(arr *multiprocessing.Array, v *multiprocessing.Value) {
	arr.Acquire()
	for i := 0; i < arr.Len(); i++ {
		arr.Set(i, strings.ToUpper(arr.Get(i).(string)))
	}
	arr.Release()
	v.Set("!")
}

// repr is Python's repr of a str of ASCII and NUL characters.
func repr(s string) string {
	return "'" + strings.ReplaceAll(s, "\x00", `\x00`) + "'"
}

func try(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(r)
		}
	}()
	f()
}

func main() {
	multiprocessing.Main(shout)
	arr := multiprocessing.NewArray("u", "hello")
	v := multiprocessing.NewValue("u", "?")
	fmt.Println(arr.Len(), arr.Get(0), arr.Get(arr.Len()-1), repr(arr.Text()))
	fmt.Println(v.Get(), v)
	p := &multiprocessing.Process{Target: shout, Args: []any{arr, v}}
	p.Start()
	p.Join()
	fmt.Println(arr.Text(), v.Get())
	empty := multiprocessing.NewArray("u", 3)
	fmt.Println(repr(empty.Text()), repr(empty.Get(0).(string)))
	empty.Set(1, "한")
	fmt.Println(repr(empty.Text()))
	try(func() { empty.Set(0, 65) })
	try(func() { empty.Set(0, "ab") })
	k := multiprocessing.NewArray("u", "한국어")
	var items []string
	for _, c := range k.Slice() {
		items = append(items, strconv.Quote(c.(string)))
	}
	fmt.Println(k.Len(), strings.ReplaceAll("["+strings.Join(items, ", ")+"]", `"`, "'"), k.Get(1))
	fmt.Println(multiprocessing.NewValue("u", "z"))
}
